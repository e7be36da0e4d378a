import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

const east = {
  easy: 'Sticker op de bak',
  attractive: 'Compliment van de buurt',
  social: '9 op 10 buren doen het',
  timely: 'Op de ophaaldag',
};
const units = (n: number) => ({
  kind: 'named',
  units: Array.from({ length: n }, (_, i) => ({ code: `BAK-${i + 1}`, label: `Ondergrondse container ${i + 1}` })),
});
const design = (n: number) => ({
  design: 'randomised',
  units: units(n),
  hypothesis: 'Een sticker met de buurtnorm op de container halveert het bijplaatsen van afval.',
  indicator: { source: 'manual', name: 'Bijplaatsingen bij de schouw', unit: 'aantal' },
  expectedDirection: 'decrease',
  baselineFrom: '2025-01-01',
  baselineTo: '2025-03-01',
  trialFrom: '2025-03-01',
  trialTo: '2025-05-01',
});
const close = (a: number, b: number, eps: number) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);

describe('compliance trials of behavioural measures', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let viewer: TestSession;
  let partner: TestSession;
  let outsider: TestSession;
  let missionId: string;
  let measureId: string;
  let trialUrl: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    partner = await loginAs(t.app, t.database, 'partner');
    outsider = await loginAs(t.app, t.database, 'partner', 'ander@partner.test');
    missionId = (
      await api('POST', '/missions', coordinator, {
        title: 'Afval naast containers',
        scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] },
      })
    ).json().id;
    const partnerId = (await api('POST', '/partners', coordinator, { name: 'HVC afvalinzameling', kind: 'other' })).json().id;
    await api('POST', `/partners/${partnerId}/members`, coordinator, { userId: partner.userId });
    await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId });
    const m = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Normsticker op containers',
      type: 'behavioural',
      design: east,
      hypothesis: 'Als de buurtnorm zichtbaar is, plaatsen minder mensen afval bij.',
    });
    assert.equal(m.statusCode, 201, m.body);
    measureId = m.json().id;
    trialUrl = `/missions/${missionId}/measures/${measureId}/trial`;
  });
  after(() => t.close());

  it('only a behavioural measure can have a trial (422 problem otherwise)', async () => {
    const other = await api('POST', `/missions/${missionId}/measures`, coordinator, { title: 'Extra schouw', type: 'preventive' });
    const res = await api('PUT', `/missions/${missionId}/measures/${other.json().id}/trial`, coordinator, design(8));
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().type.endsWith('not-applicable'), true);
    assert.equal((await api('GET', trialUrl, coordinator)).statusCode, 404, 'no trial yet');
  });

  it('refuses a design that cannot be analysed (400 with the field)', async () => {
    const bad = await api('PUT', trialUrl, coordinator, { ...design(8), indicator: { source: 'signals', categories: ['afval'] } });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().errors.some((e: { name: string }) => e.name === 'body.indicator'));
    const dates = await api('PUT', trialUrl, coordinator, { ...design(8), trialFrom: '2025-02-01' });
    assert.equal(dates.statusCode, 400);
  });

  it('randomises with a recorded seed, reproducibly and balanced; only editors may', async () => {
    assert.equal((await api('PUT', trialUrl, coordinator, design(8))).statusCode, 200);
    const measures = (await api('GET', `/missions/${missionId}/measures`, coordinator)).json().measures as {
      id: string;
      hasTrial: boolean;
    }[];
    assert.equal(measures.find((m) => m.id === measureId)!.hasTrial, true, 'the measure says it has a trial');
    assert.ok(measures.filter((m) => m.id !== measureId).every((m) => !m.hasTrial));
    assert.equal((await api('POST', `${trialUrl}/randomise`, viewer, { seed: '1' })).statusCode, 403);
    for (const seed of ['2024-02-30', '18446744073709551616', '-1'])
      assert.equal((await api('POST', `${trialUrl}/randomise`, coordinator, { seed })).statusCode, 400, seed);
    const first = await api('POST', `${trialUrl}/randomise`, coordinator, { seed: '1234567' });
    assert.equal(first.statusCode, 200, first.body);
    const a = first.json();
    assert.equal(a.seed, '1234567');
    assert.ok(a.randomisedAt && a.randomisedBy.startsWith('user:'));
    assert.equal(a.allocation.filter((u: { arm: string }) => u.arm === 'treatment').length, 4);
    const again = (await api('POST', `${trialUrl}/randomise`, coordinator, { seed: '1234567' })).json();
    assert.deepEqual(again.allocation, a.allocation);
    const drawn = (await api('POST', `${trialUrl}/randomise`, coordinator, {})).json();
    assert.match(drawn.seed, /^\d+$/);
    await api('POST', `${trialUrl}/randomise`, coordinator, { seed: '1234567' });
  });

  it('analysis waits for the registration (409)', async () => {
    assert.equal((await api('GET', `${trialUrl}/analysis`, coordinator)).statusCode, 409);
  });

  it('pre-registration locks design, units and allocation (409 transition-not-allowed, in Dutch)', async () => {
    const reg = await api('POST', `${trialUrl}/register`, coordinator);
    assert.equal(reg.statusCode, 200, reg.body);
    assert.ok(reg.json().registeredAt);
    for (const [method, url, body] of [
      ['PUT', trialUrl, design(8)],
      ['POST', `${trialUrl}/randomise`, { seed: '5' }],
      ['POST', `${trialUrl}/register`, undefined],
    ] as const) {
      const res = await api(method, url, coordinator, body);
      assert.equal(res.statusCode, 409, `${method} ${url}`);
      assert.equal(res.json().type.endsWith('transition-not-allowed'), true);
      assert.match(res.json().detail, /geregistreerd/);
    }
    assert.equal((await api('GET', trialUrl, coordinator)).json().seed, '1234567');
  });

  it('partners taking part read the trial and its analysis, other partners learn nothing', async () => {
    assert.equal((await api('GET', trialUrl, partner)).statusCode, 200);
    assert.equal((await api('GET', trialUrl, partner)).json().permissions.edit, false);
    assert.equal(
      (await api('PUT', `${trialUrl}/measurements`, partner, { values: [{ unit: 'BAK-1', period: 'baseline', value: 1 }] })).statusCode,
      403,
    );
    assert.equal((await api('GET', trialUrl, outsider)).statusCode, 404);
    assert.equal((await api('GET', `${trialUrl}/analysis`, outsider)).statusCode, 404);
    assert.equal((await api('GET', trialUrl, null)).statusCode, 401);
  });

  it('analyses manual values: difference in mean change with the Welch interval and the exact p-value, by hand', async () => {
    const allocation = (await api('GET', trialUrl, coordinator)).json().allocation as { code: string; arm: string }[];
    const treated = allocation.filter((u) => u.arm === 'treatment').map((u) => u.code);
    const control = allocation.filter((u) => u.arm === 'control').map((u) => u.code);
    const change = new Map<string, number>([
      ...treated.map((c, i) => [c, [-3, -2, -4, -1][i]!] as const),
      ...control.map((c, i) => [c, [0, 1, -1, 2][i]!] as const),
    ]);
    const values = [...change].flatMap(([unit, d]) => [
      { unit, period: 'baseline', value: 10 },
      { unit, period: 'trial', value: 10 + d },
    ]);
    const bad = await api('PUT', `${trialUrl}/measurements`, coordinator, { values: [{ unit: 'BAK-99', period: 'trial', value: 1 }] });
    assert.equal(bad.statusCode, 400);
    assert.equal((await api('PUT', `${trialUrl}/measurements`, coordinator, { values })).statusCode, 200);
    const res = await api('GET', `${trialUrl}/analysis`, partner);
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json();
    // mean change −2.5 vs 0.5 → −3; both variances 5/3 → se = √(5/6); df = 6; t(0.975; 6) = 2.446912
    close(a.estimate, -3, 1e-12);
    close(a.ci.df, 6, 1e-9);
    close(a.ci.lower, -3 - 2.446912 * Math.sqrt(5 / 6), 1e-5);
    close(a.ci.upper, -3 + 2.446912 * Math.sqrt(5 / 6), 1e-5);
    // of the 70 ways to choose 4 of {−4,−3,−2,−1,−1,0,1,2}, |difference| ≥ 3 needs a sum ≤ −10 or ≥ 2: 2 + 2 ways
    assert.equal(a.pMethod, 'exact');
    assert.equal(a.allocationsCompared, 70);
    close(a.pValue, 4 / 70, 1e-12);
    assert.equal(a.inferencePossible, true);
    assert.equal(a.inExpectedDirection, true);
    assert.equal(a.final, true);
    assert.match(a.method, /zaad \(seed\) 1234567/);
    assert.match(a.method, /Welch/);
    assert.match(a.method, /Randomisatietoets/);
  });

  it('is honest about too few units: no interval, no p-value, only the description', async () => {
    const small = await api('POST', `/missions/${missionId}/measures`, coordinator, {
      title: 'Normsticker klein',
      type: 'behavioural',
      design: east,
      hypothesis: 'Als de buurtnorm zichtbaar is, plaatsen minder mensen afval bij.',
    });
    const url = `/missions/${missionId}/measures/${small.json().id}/trial`;
    await api('PUT', url, coordinator, design(6));
    await api('POST', `${url}/randomise`, coordinator, { seed: '42' });
    await api('POST', `${url}/register`, coordinator);
    const values = Array.from({ length: 6 }, (_, i) => [
      { unit: `BAK-${i + 1}`, period: 'baseline', value: 5 },
      { unit: `BAK-${i + 1}`, period: 'trial', value: i },
    ]).flat();
    await api('PUT', `${url}/measurements`, coordinator, { values });
    const a = (await api('GET', `${url}/analysis`, viewer)).json();
    assert.equal(a.inferencePossible, false);
    assert.equal(a.ci, null);
    assert.equal(a.pValue, null);
    assert.equal(a.arms.length, 2);
    assert.equal(typeof a.estimate, 'number');
    assert.match(a.method, /niet mogelijk/);
  });
});
