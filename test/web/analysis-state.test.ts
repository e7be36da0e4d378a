import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  apiPath,
  exportFormats,
  option,
  parseState,
  stateToUrl,
  viewForPath,
  withFilters,
  withOption,
  withView,
} from '../../web/src/pages/analysis/state.ts';

describe('analysis state ↔ URL', () => {
  it('opens the hotspot map by default and keeps defaults out of the URL', () => {
    const s = parseState('/analyse', '');
    assert.equal(s.view, 'hotspots');
    assert.deepEqual(s.filters, { from: '', to: '', crimeTypes: [], area: '', source: 'incidents' });
    assert.equal(stateToUrl(s), '/analyse/hotspots');
    assert.equal(apiPath(s), '/api/v1/analysis/hotspots');
  });
  it('round-trips filters and view options', () => {
    const url =
      '/analyse/hotspots?from=2023-01-01&to=2024-01-01&crimeTypes=1.1.1,1.2.*&area=WK050501&unit=buurt&method=local-moran&fdr=0.05&kde=on';
    const [path, search] = url.split('?') as [string, string];
    const s = parseState(path, `?${search}`);
    assert.deepEqual(s.filters.crimeTypes, ['1.1.1', '1.2.*']);
    assert.equal(option(s, 'unit'), 'buurt');
    assert.equal(option(s, 'cellSize'), '100');
    assert.equal(stateToUrl(s), url);
    // kde is a UI option: not sent to the hotspots endpoint.
    assert.equal(
      apiPath(s),
      '/api/v1/analysis/hotspots?from=2023-01-01&to=2024-01-01&crimeTypes=1.1.1,1.2.*&area=WK050501&unit=buurt&method=local-moran&fdr=0.05',
    );
  });
  it('drops invalid values instead of sending them to the API', () => {
    const s = parseState(
      '/analyse/hotspots',
      '?from=2023-02-30x&to=2022-01-01&crimeTypes=1.1.1,DROP;&area=Amsterdam&source=twitter&unit=hexagon&cellSize=7',
    );
    assert.deepEqual(s.filters, { from: '', to: '2022-01-01', crimeTypes: ['1.1.1'], area: '', source: 'incidents' });
    assert.deepEqual(s.options, {});
    const reversed = parseState('/analyse/hottimes', '?from=2023-01-01&to=2022-01-01');
    assert.equal(reversed.filters.to, '', 'an end before the start is dropped');
  });
  it('sends crime types only for incidents, and the source only when it is not the default', () => {
    const s = withFilters(parseState('/analyse/hottimes', '?crimeTypes=1.1.1'), { source: 'signals' });
    assert.equal(apiPath(s), '/api/v1/analysis/hottimes?source=signals');
    assert.equal(stateToUrl(s), '/analyse/hottimes?source=signals');
  });
  it('takes the enforcement source (Handhaving, BOA) from the URL and sends it without crime types', () => {
    const s = parseState('/analyse/hotspots', '?source=enforcement&crimeTypes=1.1.1');
    assert.equal(s.filters.source, 'enforcement');
    assert.equal(apiPath(s), '/api/v1/analysis/hotspots?source=enforcement');
  });
  it('switching views keeps the filters and drops the other view options', () => {
    const s = parseState('/analyse/hotspots', '?area=BU05050100&unit=buurt');
    const t = withView(s, 'near-repeat');
    assert.equal(stateToUrl(t), '/analyse/near-repeat?area=BU05050100');
    const bands = withOption(t, 'spaceBands', '0,200,inf');
    assert.equal(apiPath(bands, { format: 'csv' }), '/api/v1/analysis/near-repeat?area=BU05050100&spaceBands=0,200,inf&format=csv');
    assert.deepEqual(withOption(bands, 'spaceBands', '0,100,200,400').options, {}, 'setting the default removes the option');
  });
  it('maps paths to views and uses related endpoints with the same filters', () => {
    assert.equal(viewForPath('/analyse/hottimes/'), 'hottimes');
    assert.equal(viewForPath('/Analyse/NEAR-REPEAT'), 'near-repeat');
    assert.equal(viewForPath('/analyse/unknown'), 'hotspots');
    const s = parseState('/analyse/trends', '?from=2023-01-01&series=1.2.*&minCount=3');
    assert.equal(apiPath(s), '/api/v1/analysis/trends?from=2023-01-01&minCount=3');
    assert.equal(apiPath(s, { weeks: '13' }, 'alerts'), '/api/v1/analysis/alerts?from=2023-01-01&minCount=3&weeks=13');
    assert.equal(
      parseState('/analyse/trends', '?source=signals&series=afval-dumping').options.series,
      'afval-dumping',
      'a report category as series',
    );
    assert.equal(parseState('/analyse/trends', '?series=1.2.*%3Cx').options.series, undefined);
    assert.deepEqual(exportFormats('hotspots'), ['csv', 'geojson']);
    assert.deepEqual(exportFormats('hottimes'), ['csv']);
  });
});
