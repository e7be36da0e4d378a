import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCreateQuery } from '../../web/src/pages/missions/create-query.ts';
import en from '../../web/src/pages/analysis/en.json' with { type: 'json' };
import nl from '../../web/src/pages/analysis/nl.json' with { type: 'json' };
import { groupCrimeTypes, toggleType, typeLabel } from '../../web/src/pages/analysis/crime-types.ts';
import { evaluationBody, nextPeriod } from '../../web/src/pages/analysis/evaluation.ts';
import { dataUrlBytes, exportFileName, isPng, standaloneSvg } from '../../web/src/pages/analysis/export-file.ts';
import { formatNumber, formatP, formatShare, lastDay } from '../../web/src/pages/analysis/format.ts';
import { CLASS_COLOURS, classFillExpression, classLegend, hotUnits } from '../../web/src/pages/analysis/hotspot-classes.ts';
import { verdictOf } from '../../web/src/pages/analysis/hotcrimes.ts';
import { kdeRgba } from '../../web/src/pages/analysis/kde-raster.ts';
import { alertMissionLink, missionLink } from '../../web/src/pages/analysis/mission-link.ts';
import { rdRectangleCorners, rdToWgs84 } from '../../web/src/pages/analysis/rd.ts';
import { defaultFilters } from '../../web/src/pages/analysis/state.ts';
import type { HotcrimeRow, HotspotClass, HotspotFeature, HotspotsReply } from '../../web/src/pages/analysis/types.ts';

const feature = (id: string, cls: HotspotClass, corner: [number, number] | null = null, name: string | null = null): HotspotFeature => ({
  type: 'Feature',
  id,
  geometry: null,
  properties: { id, name, count: 9, suppressed: false, stat: 1, z: 3, p: 0.001, pSim: null, q: 0.01, class: cls, quadrant: null, corner },
});
const meta = { from: '2023-01-01', to: '2024-01-01', synthetic: true };

describe('hotspot class legend', () => {
  it('lists every class of the method with its unit count, and colours the map by class', () => {
    const fs = [feature('a', 'hot-99'), feature('b', 'hot-99'), feature('c', 'not-significant'), feature('d', 'cold-95')];
    const legend = classLegend('gistar', fs);
    assert.deepEqual(
      legend.map((l) => l.cls),
      ['hot-99', 'hot-95', 'hot-90', 'cold-90', 'cold-95', 'cold-99', 'not-significant'],
    );
    assert.deepEqual(
      legend.map((l) => l.units),
      [2, 0, 0, 0, 1, 0, 1],
    );
    assert.deepEqual(
      classLegend('local-moran', []).map((l) => l.cls),
      ['HH', 'HL', 'LH', 'LL', 'not-significant'],
    );
    const expr = classFillExpression();
    assert.equal(expr[0], 'match');
    assert.equal(expr[expr.indexOf('hot-99') + 1], CLASS_COLOURS['hot-99']);
    assert.deepEqual(
      hotUnits(fs).map((f) => f.id),
      ['a', 'b'],
    );
  });
});

describe('"maak hier een opgave van"', () => {
  it('links grid cells with their RD corners, and the missions page reads them back', () => {
    const href = missionLink({
      unit: 'grid',
      cellSize: 100,
      selected: [feature('104000_425000', 'hot-99', [104000, 425000]), feature('104100_425000', 'hot-95', [104100, 425000])],
      filters: { ...defaultFilters(), crimeTypes: ['1.1.1', '1.2.*'] },
      meta,
      title: 'Hotspot: 2 cellen van 100 m',
    })!;
    assert.equal(
      href,
      '/opgaven/nieuw?cells=104000_425000,104100_425000&cellSize=100&crimeTypes=1.1.1,1.2.*&from=2023-01-01&to=2024-01-01' +
        '&evidence=hotcrimes,hottimes&title=Hotspot%3A+2+cellen+van+100+m&view=hotspots',
    );
    const { params, problems } = parseCreateQuery(href.slice(href.indexOf('?')));
    assert.deepEqual(problems, []);
    assert.deepEqual(params.cells, [
      [104000, 425000],
      [104100, 425000],
    ]);
    assert.deepEqual(params.crimeTypes, ['1.1.1', '1.2.*']);
    assert.equal(params.title, 'Hotspot: 2 cellen van 100 m');
  });
  it('links buurten by code; nothing selected gives no link', () => {
    const href = missionLink({
      unit: 'buurt',
      cellSize: null,
      selected: [feature('BU05050100', 'HH', null, 'Nieuwe Haven')],
      filters: defaultFilters(),
      meta,
      title: 'Hotspot Nieuwe Haven',
    })!;
    assert.deepEqual(parseCreateQuery(href.slice(href.indexOf('?'))).params.buurten, ['BU05050100']);
    assert.equal(missionLink({ unit: 'buurt', cellSize: null, selected: [], filters: defaultFilters(), meta, title: '' }), null);
    assert.equal(
      missionLink({ unit: 'grid', cellSize: 100, selected: [feature('x', 'hot-99')], filters: defaultFilters(), meta, title: '' }),
      null,
      'a cell without corner',
    );
  });
  it('links an alert with its buurt, main type and week', () => {
    const href = alertMissionLink({ areaCode: 'BU05051007', areaName: 'Dubbeldam-Zuid', crimeType: '1.2.*', weekStart: '2023-09-25' });
    const { params, problems } = parseCreateQuery(href.slice(href.indexOf('?')));
    assert.deepEqual(problems, []);
    assert.deepEqual([params.buurten, params.crimeTypes, params.from, params.to], [['BU05051007'], ['1.2.*'], '2023-09-25', '2023-10-02']);
  });
});

describe('exports', () => {
  it('names files after the view and period, marking synthetic data', () => {
    assert.equal(exportFileName('hottimes', meta, 'csv'), 'analyse-hottimes-2023-01-01-2024-01-01-synthetisch.csv');
    assert.equal(exportFileName('hotspots', { ...meta, synthetic: false }, 'png'), 'analyse-hotspots-2023-01-01-2024-01-01.png');
    assert.equal(exportFileName('trends', null, 'png'), 'analyse-trends.png');
  });
  it('wraps a chart in a standalone SVG with background and escaped caption', () => {
    const svg = standaloneSvg('<svg width="10" height="5" class="x"><rect width="10" height="5"/></svg>', 10, 5, 'Hottimes <2023> & co');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="10" height="29" viewBox="0 0 10 29"/);
    assert.match(svg, /Hottimes &lt;2023&gt; &amp; co/);
    assert.match(svg, /<g transform="translate\(0,24\)"><rect width="10" height="5"\/><\/g><\/svg>$/);
  });
  it('reads data URL bytes and recognises a PNG', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';
    assert.equal(isPng(dataUrlBytes(png)), true);
    assert.equal(isPng(dataUrlBytes('data:text/plain;base64,aGVsbG8=')), false);
  });
});

describe('formatting', () => {
  it('never turns a suppressed value into zero', () => {
    assert.equal(formatNumber(null, 'nl'), null);
    assert.equal(formatNumber(0, 'nl'), '0');
    assert.equal(formatNumber(6474, 'nl'), '6.474');
    assert.equal(formatNumber(1.2345, 'en', 2), '1.23');
    assert.equal(formatP(0.0001, 'nl'), '< 0,001');
    assert.equal(formatP(0.0421, 'nl'), '0,042');
    assert.equal(formatShare(0.3015, 'nl'), '30,2%');
    assert.equal(lastDay('2024-01-01'), '2023-12-31');
  });
  it('gives hotcrimes verdicts only for tested types', () => {
    const row = (o: Partial<HotcrimeRow>): HotcrimeRow => ({
      type: '1.1.1',
      current: 30,
      baseline: 10,
      currentRate: 1,
      baselineRate: 0.3,
      rateRatio: 3,
      change: 0.7,
      tested: true,
      p: 0.001,
      q: 0.01,
      levelRank: 1,
      changeRank: 1,
      suppressed: false,
      ...o,
    });
    assert.equal(verdictOf(row({})), 'significantUp');
    assert.equal(verdictOf(row({ rateRatio: 0.5 })), 'significantDown');
    assert.equal(verdictOf(row({ q: 0.2 })), 'notSignificant');
    assert.equal(verdictOf(row({ tested: false })), 'notTested');
    assert.equal(verdictOf(row({ suppressed: true, q: null })), 'suppressed');
  });
});

describe('crime types filter', () => {
  const types = [
    { code: '0.0.0', title: 'Totaal', description: null },
    { code: '1.2.3', title: 'Fiets', description: null },
    { code: '1.1.1', title: 'Woning', description: null },
    { code: '1.2.1', title: 'Auto', description: null },
  ];
  it('groups by main type, leaves out the total, and toggles groups against members', () => {
    assert.deepEqual(
      groupCrimeTypes(types).map((g) => [g.code, g.types.map((t) => t.code)]),
      [
        ['1.1.*', ['1.1.1']],
        ['1.2.*', ['1.2.1', '1.2.3']],
      ],
    );
    assert.deepEqual(toggleType(['1.2.1', '1.1.1'], '1.2.*'), ['1.1.1', '1.2.*']);
    assert.deepEqual(toggleType(['1.2.*'], '1.2.3'), ['1.2.3']);
    assert.deepEqual(toggleType(['1.2.3'], '1.2.3'), []);
    const titles = new Map(types.map((t) => [t.code, t.title]));
    assert.equal(typeLabel('1.2.3', titles), 'Fiets (1.2.3)');
    assert.equal(typeLabel('1.2.*', titles), 'Auto e.a. (1.2.*)');
    assert.equal(typeLabel('9.9.*', titles), '9.9.*');
  });
});

describe('KDE overlay and evaluation', () => {
  it('places the RD raster within a metre of proj4 (the API bbox of the Dordrecht grid)', () => {
    const [w, s] = rdToWgs84(102000, 414400);
    const [e, n] = rdToWgs84(120400, 426400);
    // API (proj4): bbox [4.620263897404619, 51.715835596715586, 4.885311692471881, 51.82513329768111]
    assert.ok(Math.abs(w - 4.6202639) < 2e-5 && Math.abs(s - 51.7158356) < 1e-5, `${w} ${s}`);
    assert.ok(Math.abs(e - 4.8853117) < 2e-5 && Math.abs(n - 51.8251333) < 1e-5, `${e} ${n}`);
    const corners = rdRectangleCorners([102000, 414400, 120400, 426400]);
    assert.deepEqual(corners[3], rdToWgs84(102000, 414400), 'bottom-left last');
  });
  it('turns the raster into pixels with the southern row at the bottom; suppressed grey, zero transparent', () => {
    const { pixels, max } = kdeRgba([0, 4, null, 2], 2, 2);
    assert.equal(max, 4);
    // Image row 0 = API row 1 (northern): [null, 2]
    assert.deepEqual([...pixels.subarray(0, 4)], [200, 200, 200, 110]);
    assert.equal(pixels[7], Math.round(60 + 160 * 0.5));
    assert.equal(pixels[11], 0, 'zero density is transparent');
    assert.equal(pixels[15], 220, 'the maximum is the most opaque');
  });
  it('evaluates selected cells against the next period with the analysed one as baseline', () => {
    assert.deepEqual(nextPeriod('2022-01-01', '2023-01-01'), { from: '2023-01-01', to: '2024-01-01' });
    assert.deepEqual(nextPeriod('2023-01-01', '2024-01-01'), { from: '2024-01-01', to: '2025-01-01' }, 'a leap year stays a whole year');
    assert.deepEqual(nextPeriod('2023-03-01', '2023-03-15'), { from: '2023-03-15', to: '2023-03-29' });
    const reply = { unit: 'grid', cellSize: 100, meta: { from: '2022-01-01', to: '2023-01-01' } } as unknown as HotspotsReply;
    const body = evaluationBody(
      reply,
      { ...defaultFilters(), crimeTypes: ['1.1.1'] },
      [feature('a', 'hot-99', [104000, 425000])],
      nextPeriod('2022-01-01', '2023-01-01'),
    );
    assert.deepEqual(body, {
      from: '2023-01-01',
      to: '2024-01-01',
      source: 'incidents',
      selection: { unit: 'grid', cellSize: 100, cells: [[104000, 425000]] },
      baselineFrom: '2022-01-01',
      baselineTo: '2023-01-01',
      crimeTypes: ['1.1.1'],
    });
  });
});

describe('analysis texts', () => {
  const keys = (o: object, p = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  it('has the same keys in Dutch and English', () => {
    assert.deepEqual(keys(nl).sort(), keys(en).sort());
    assert.equal(nl.meta.synthetic, 'synthetische demodata');
  });
});
