import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { seedMissionData, YEAR, type MissionDesign } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

describe('mission effect (Maryland level 3) on the synthetic design', () => {
  let t: TestApp;
  let api: Api;
  let design: MissionDesign;
  let analyst: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (design = await seedMissionData(database)) });
    api = apiClient(t.app);
    analyst = await loginAs(t.app, t.database, 'analyst');
    missionId = (
      await api('POST', '/missions', analyst, {
        title: 'Inbraak',
        scope: { kind: 'buurten', year: YEAR, codes: [design.target] },
        crimeTypes: ['1.1.1'],
      })
    ).json().id;
  });
  after(() => t.close());

  it('answers "not enough data" with the reason before a start date is set', async () => {
    const e = (await api('GET', `/missions/${missionId}/effect`, analyst)).json();
    assert.equal(e.status, 'not-enough-data');
    assert.equal(e.reasons[0], 'Er is geen startdatum ingesteld: het effect wordt gemeten vanaf de start van de aanpak.');
    assert.equal(e.crime, null);
  });

  it('suggests the twins as comparison and computes the Poisson DiD and WDD by hand', async () => {
    await api('PATCH', `/missions/${missionId}`, analyst, { startDate: '2024-01-01' });
    const res = await api('GET', `/missions/${missionId}/effect`, analyst);
    assert.equal(res.statusCode, 200, res.body);
    const e = res.json();
    assert.equal(e.status, 'ok', JSON.stringify(e.reasons));
    // after = [2024-01-01, 2024-12-16) (data end), before = the 350 days before: 2023-01-16 … 2023-12-31 → 11 monthly events on the 15th (Feb–Dec)
    assert.deepEqual(e.crime.periods, {
      before: { from: '2023-01-16', to: '2024-01-01' },
      after: { from: '2024-01-01', to: '2024-12-16' },
    });
    assert.deepEqual(e.crime.comparison.codes, design.twins.slice(0, 3), 'three twins: distance 0, ties by code');
    assert.equal(e.crime.comparison.suggested, true);
    assert.deepEqual(e.crime.ring.codes, design.ring);
    // T: 11·10 = 110 → 12·6 = 72; C: 3·11·10 = 330 → 3·12·10 = 360
    assert.deepEqual(e.crime.counts.target, { before: 110, after: 72 });
    assert.deepEqual(e.crime.counts.comparison, { before: 330, after: 360 });
    // IRR = (72/110)/(360/330) = 0.6; SE = √(1/110 + 1/72 + 1/330 + 1/360) = √0.028838 = 0.169818
    close(e.crime.did.irr, 0.6);
    close(e.crime.did.se, Math.sqrt(1 / 110 + 1 / 72 + 1 / 330 + 1 / 360));
    close(e.crime.did.ciLow, Math.exp(Math.log(0.6) - 1.959964 * e.crime.did.se), 1e-5);
    close(e.crime.did.ciHigh, Math.exp(Math.log(0.6) + 1.959964 * e.crime.did.se), 1e-5);
    // ring: 5 a month in every adjacent buurt → ΔR = (12 − 11)·5·|ring|
    const r = design.ring.length;
    assert.deepEqual(e.crime.counts.ring, { before: 55 * r, after: 60 * r });
    const dc = e.crime.counts.comparisonRing;
    assert.equal(e.crime.wdd.local, 72 - 110 - (360 - 330));
    assert.equal(e.crime.wdd.displacement, 5 * r - (dc.after - dc.before));
    assert.equal(e.crime.wdd.variance, 110 + 72 + 330 + 360 + 115 * r + dc.before + dc.after);
    close(e.crime.preTrend.target, 0);
    assert.match(e.method, /^Maryland-niveau 3: voor- en nameting met een vergelijkingsgebied\./);
    assert.match(e.method, /verschil-in-verschillen \(Poisson\), incidence rate ratio \(IRR\)/);
    assert.match(e.method, /95%-betrouwbaarheidsinterval/);
    assert.match(e.method, /weighted displacement difference \(Wheeler & Ratcliffe 2018\)/);
    assert.match(e.method, /vóór 2023-01-16 – 2024-01-01 tegenover na 2024-01-01 – /);
    assert.match(e.method, /automatisch voorgesteld/);
    assert.ok(
      e.caveats.some((c: string) => /aangiftebereidheid/.test(c)),
      'the reporting caveat is there, in Dutch',
    );
    assert.ok(e.caveats.length >= 2);
  });

  it('uses the analyst’s comparison from the effect settings, and evaluates one measure', async () => {
    const patched = await api('PATCH', `/missions/${missionId}`, analyst, { effectSettings: { comparison: [design.big[0]] } });
    assert.equal(patched.statusCode, 200, patched.body);
    const e = (await api('GET', `/missions/${missionId}/effect`, analyst)).json();
    assert.equal(e.crime.comparison.suggested, false);
    assert.deepEqual(e.crime.counts.comparison, { before: 330, after: 360 }, '30 a month: 11·30 → 12·30');
    assert.match(e.method, /Vergelijking: 1 buurt, gekozen door de analist\./);
    const bad = await api('PATCH', `/missions/${missionId}`, analyst, { effectSettings: { comparison: ['BU99999999'] } });
    assert.deepEqual(
      bad.json().errors.map((x: { name: string }) => x.name),
      ['body.effectSettings.comparison.0'],
    );
    const m = (
      await api('POST', `/missions/${missionId}/measures`, analyst, { title: 'Late start', type: 'preventive', startDate: '2024-11-01' })
    ).json();
    const em = (await api('GET', `/missions/${missionId}/effect?measureId=${m.id}`, analyst)).json();
    assert.equal(em.status, 'not-enough-data');
    assert.equal(em.reasons[0], 'Na de start op 2024-11-01 zijn er pas 6 weken aan gegevens; er zijn minstens 12 weken nodig.');
  });

  it('shows a viewer the same effect figures when every count is above the disclosure minimum', async () => {
    const viewer = await loginAs(t.app, t.database, 'viewer');
    const [a, v] = [
      (await api('GET', `/missions/${missionId}/effect`, analyst)).json(),
      (await api('GET', `/missions/${missionId}/effect`, viewer)).json(),
    ];
    assert.equal(v.status, 'ok');
    assert.deepEqual(v.crime.counts, a.crime.counts);
    assert.deepEqual(v.crime.did, a.crime.did);
    assert.deepEqual(v.crime.wdd, a.crime.wdd);
    assert.notEqual(v.crime.did, null);
    assert.equal(v.disclosure.detail, false);
  });
});
