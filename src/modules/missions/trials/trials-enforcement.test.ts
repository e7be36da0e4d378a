/**
 * A randomised trial over eight buurten with the enforcement source (BOA registrations by feit
 * code, enforcement `enforcementCountsByBuurt`). Baseline [2025-01-01, 2025-01-31) and trial
 * [2025-01-31, 2025-03-02) are both 30 days, so a count is its own value per 30 days.
 * Treated buurten: 3 registrations in the baseline, 1 in the trial (change −2); control: 3 and 3
 * (change 0); registrations of another code never count. By hand: estimate −2, no spread in either
 * arm (interval [−2, −2], df 6) and of the 70 allocations only the observed one and its mirror reach
 * |difference| = 2 → p = 2/70. A coordinator (no analysis:detail) gets the same result with the
 * small counts per buurt hidden.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { importEnforcement } from '../../enforcement/index.ts';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { places, SEED_DIR } from '../../../../test/fixtures/analysis-views/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

describe('a trial on BOA enforcement registrations', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let analyst: TestSession;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    analyst = await loginAs(t.app, t.database, 'analyst');
  });
  after(() => t.close());

  it('counts the feit code per buurt and period and analyses it', async () => {
    const spots = await places(t.database, 8);
    assert.equal(spots.length, 8);
    const missionId = (
      await api('POST', '/missions', coordinator, {
        title: 'Alcohol op straat',
        scope: { kind: 'buurten', year: 2024, codes: [spots[0]!.buurt] },
      })
    ).json().id;
    const measureId = (
      await api('POST', `/missions/${missionId}/measures`, coordinator, {
        title: 'Bordjes met de norm',
        type: 'behavioural',
        design: {
          easy: 'Afvalbak erbij',
          attractive: 'Vrolijk bord',
          social: 'De meeste mensen drinken niet op straat',
          timely: 'Vrijdagavond',
        },
        hypothesis: 'Als de norm zichtbaar is, drinken minder mensen op straat.',
      })
    ).json().id;
    const url = `/missions/${missionId}/measures/${measureId}/trial`;
    const put = await api('PUT', url, coordinator, {
      design: 'randomised',
      units: { kind: 'buurten', codes: spots.map((p) => p.buurt) },
      hypothesis: 'Een bord met de buurtnorm halveert het drinken op straat.',
      indicator: { source: 'enforcement', feitCodes: ['APV 2:48'] },
      expectedDirection: 'decrease',
      baselineFrom: '2025-01-01',
      baselineTo: '2025-01-31',
      trialFrom: '2025-01-31',
      trialTo: '2025-03-02',
    });
    assert.equal(put.statusCode, 200, put.body);
    await api('POST', `${url}/randomise`, coordinator, { seed: '77' });
    const trial = (await api('POST', `${url}/register`, coordinator)).json();
    const arm = new Map<string, string>(trial.allocation.map((u: { code: string; arm: string }) => [u.code, u.arm]));
    const lines = ['tijdstip;feitcode;omschrijving;soort;x;y'];
    for (const p of spots) {
      const trialCount = arm.get(p.buurt) === 'treatment' ? 1 : 3;
      for (let k = 0; k < 3; k++) lines.push(`2025-01-1${k}T20:00:00Z;APV 2:48;;waarschuwing;${p.x};${p.y}`);
      for (let k = 0; k < trialCount; k++) lines.push(`2025-02-1${k}T20:00:00Z;APV 2:48;;bekeuring;${p.x};${p.y}`);
      lines.push(`2025-02-20T20:00:00Z;R397;;bekeuring;${p.x};${p.y}`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-trial-enforcement-'));
    const file = path.join(dir, 'boa.csv');
    fs.writeFileSync(file, lines.join('\n'));
    await importEnforcement(systemContext(t.database.db, 'test'), 'GM0505', { file });
    fs.rmSync(dir, { recursive: true, force: true });

    const res = await api('GET', `${url}/analysis`, analyst);
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json();
    for (const u of a.units) {
      assert.equal(u.values.baseline, 3, u.code);
      assert.equal(u.values.trial, u.arm === 'treatment' ? 1 : 3, u.code);
    }
    assert.equal(a.estimate, -2);
    assert.deepEqual([a.ci.lower, a.ci.upper, a.ci.df], [-2, -2, 6]);
    assert.equal(a.allocationsCompared, 70);
    assert.ok(Math.abs(a.pValue - 2 / 70) < 1e-12);
    assert.match(a.valueUnit, /BOA-registraties per 30 dagen/);
    assert.match(a.method, /feitcodes APV 2:48/);

    // without analysis:detail the small counts per buurt (1 … min − 1) are hidden, the result is not
    const hidden = (await api('GET', `${url}/analysis`, coordinator)).json();
    assert.ok(
      hidden.units.every(
        (u: { values: Record<string, number | null>; change: number | null }) => u.values.baseline === null && u.change === null,
      ),
    );
    assert.equal(hidden.estimate, -2);
    assert.ok(Math.abs(hidden.pValue - 2 / 70) < 1e-12);
    assert.ok(hidden.limitations.some((l: string) => /verborgen/.test(l)));
  });
});
