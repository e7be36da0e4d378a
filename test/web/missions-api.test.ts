import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiClient } from '../../web/src/api/client.ts';
import { getAlerts } from '../../web/src/pages/missions/api.ts';

const evidence = { baselineWeeks: 52, baselineYears: 3, halfWindow: 3, alpha: 0.01, minCount: 3, method: 'farrington' };
const alert = (count: number | null) => ({
  areaCode: 'BU05050102',
  crimeType: '1.1.1',
  weekStart: '2023-03-06',
  count,
  expected: 0.4,
  upper: 2.1,
  evidence,
});

describe('missions api: early-warning alerts for candidates', () => {
  it('leaves out alerts whose count is suppressed (POST /missions/candidates takes known counts only)', async () => {
    const client: ApiClient = { request: async <T>() => ({ meta: {}, alerts: [alert(5), alert(null)] }) as T };
    const { available, alerts } = await getAlerts(client);
    assert.equal(available, true);
    assert.deepEqual(
      alerts.map((a) => a.count),
      [5],
    );
  });

  it('says the alerts are unavailable when the call fails', async () => {
    const client: ApiClient = {
      request: async () => {
        throw new Error('404');
      },
    };
    assert.deepEqual(await getAlerts(client), { available: false, alerts: [] });
  });
});
