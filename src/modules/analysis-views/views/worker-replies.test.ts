import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import { setTableJobMinEvents, viewWorkerStats } from '../worker/pool.ts';

const MARCH = 'from=2024-03-01&to=2024-04-01';
const URLS = [
  `counts?${MARCH}&crimeTypes=1.1.1,2.5.2`,
  `counts?${MARCH}&unit=grid`,
  `counts?${MARCH}&unit=grid&format=csv`,
  `counts?unit=buurt-month`,
  `hottimes?${MARCH}&crimeTypes=1.1.1,2.5.2`,
  `hottimes?${MARCH}&format=csv`,
  `hotspots?${MARCH}`,
  `kde?${MARCH}`,
  `trends?${MARCH}`,
  `counts?${MARCH}&source=signals`,
];

describe('analysis views computed in the worker thread answer as on the request thread', () => {
  let api: AnalysisViewsApi;
  before(async () => {
    api = await analysisViewsApi();
  });
  after(async () => api.t.close());

  it('the same replies (JSON and CSV), for an analyst and a viewer, with the selection and counting in the worker', async () => {
    const inline = [];
    for (const url of URLS) for (const who of [api.analyst, api.viewer]) inline.push(await api.get(url, who));
    const previous = setTableJobMinEvents(0);
    try {
      const jobs = viewWorkerStats().tableJobs;
      let k = 0;
      for (const url of URLS) {
        for (const who of [api.analyst, api.viewer]) {
          const r = await api.get(url, who);
          assert.equal(r.status, 200, `${url}: ${JSON.stringify(r.body)}`);
          assert.deepEqual(r, inline[k++], url);
        }
      }
      // Every incident view of the list went to the worker (the residents' reports stay here: not in shared memory).
      assert.equal(viewWorkerStats().tableJobs - jobs, (URLS.length - 1) * 2);
    } finally {
      setTableJobMinEvents(previous);
    }
  });
});
