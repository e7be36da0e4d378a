import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import { reloadIncidentColumns } from '../../incidents/columns-service.ts';

const MARCH = 'from=2024-03-01&to=2024-04-01';

describe('analysis views while the incident columns load', () => {
  let api: AnalysisViewsApi;
  before(async () => {
    api = await analysisViewsApi();
  });
  after(async () => api.t.close());

  const health = async () => (await api.t.app.inject({ method: 'GET', url: '/api/v1/health' })).json();

  it('answer analysis-loading (503, Retry-After) until the columns are in; health answers meanwhile', async () => {
    let release: () => void = () => {};
    const pause = new Promise<void>((r) => (release = r));
    const gemeente = api.t.config.municipality;
    const load = reloadIncidentColumns(systemContext(api.t.database.db, 'test'), gemeente, { pause });
    const res = await api.t.app.inject({ method: 'GET', url: `/api/v1/analysis/counts?${MARCH}`, headers: { cookie: api.analyst.cookie } });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().type.endsWith('analysis-loading'), true, res.body);
    assert.match(String(res.headers['content-type']), /problem\+json/);
    assert.equal(res.headers['retry-after'], '3');
    assert.deepEqual(await health(), { status: 'ok', database: api.t.database.engine, incidentColumns: 'loading' });
    const signals = await api.get(`counts?${MARCH}&source=signals`, api.analyst);
    assert.equal(signals.status, 200, 'residents’ reports do not wait for the incident columns');
    release();
    await load;
    assert.equal((await health()).incidentColumns, 'ready');
    const after = await api.get(`counts?${MARCH}`, api.analyst);
    assert.equal(after.status, 200);
    assert.ok(after.body.meta.events > 0);
  });
});
