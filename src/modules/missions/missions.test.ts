import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { seedMissionData, YEAR, type MissionDesign } from '../../../test/fixtures/missions/seed.ts';

describe('missions API: create from analysis, read, edit, status, evidence', () => {
  let t: TestApp;
  let design: MissionDesign;
  let analyst: TestSession;
  let viewer: TestSession;
  let partner: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (design = await seedMissionData(database)) });
    [analyst, viewer, partner] = [
      await loginAs(t.app, t.database, 'analyst'),
      await loginAs(t.app, t.database, 'viewer'),
      await loginAs(t.app, t.database, 'partner'),
    ];
  });
  after(() => t.close());

  const api: Api = (...args) => apiClient(t.app)(...args);

  it('creates a mission from analysis evidence, computed and frozen on the server', async () => {
    const res = await api('POST', '/missions', analyst, {
      title: 'Woninginbraak rond de target-buurt',
      problemStatement: 'Inbraken concentreren zich hier op vrijdagavond.',
      scope: { kind: 'buurten', year: YEAR, codes: [design.target] },
      crimeTypes: ['1.1.1'],
      times: { description: 'vrijdagavond', hoursOfWeek: [106, 107] },
      priority: 'high',
      evidence: [
        { kind: 'crime-counts', title: 'CBS 2023', query: { year: 2023 } },
        { kind: 'hottimes', title: 'Hottimes 2023', query: { from: '2023-01-01', to: '2024-01-01' } },
        {
          kind: 'hotcrimes',
          title: 'Hotcrimes',
          query: { from: '2023-01-01', to: '2024-01-01', baselineFrom: '2022-01-01', baselineTo: '2023-01-01' },
        },
        { kind: 'concentration', title: 'Hotshots', query: { from: '2022-01-01', to: '2024-01-01', of: 'offender' } },
        { kind: 'snapshot', title: 'Kaartbeeld', result: { cells: 12 } },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const m = res.json();
    missionId = m.id;
    assert.match(m.number, /^OPG-\d{4}-0001$/);
    assert.equal(m.status, 'idea');
    assert.equal(m.statusHistory.length, 1);
    assert.deepEqual(m.permissions, { read: true, edit: true, transition: true, publish: false, addLog: true });
    assert.equal(m.owner.id, analyst.userId);
    assert.match(
      m.scopeDescription,
      new RegExp(`^buurt \\S.* \\(${design.target}\\), indeling ${YEAR}$`),
      'the buurt by its name in the scope’s indeling',
    );
    assert.equal(
      (await api('GET', '/missions', analyst)).json().missions[0].scopeDescription,
      m.scopeDescription,
      'the list names the buurt too',
    );
    const byKind = Object.fromEntries(m.evidence.map((e: { kind: string }) => [e.kind, e]));
    assert.equal(byKind['crime-counts'].result.rows.length, 1);
    assert.equal(byKind['crime-counts'].result.rows[0].areaCode, design.target);
    assert.equal(byKind.hottimes.result.events, 120, '10 a month in 2023');
    assert.equal(byKind.hotcrimes.result.total, 120);
    assert.equal(byKind.concentration.result.events, 240);
    assert.equal(byKind.concentration.result.distinctIds, 1, 'one pseudonymous offender ref; no ids in the result');
    assert.ok(!JSON.stringify(byKind.concentration.result).includes('O-'));
    assert.deepEqual(
      byKind.hottimes.query.scope,
      { kind: 'buurten', year: YEAR, codes: [design.target] },
      'the scope is frozen with the query',
    );
    assert.equal(byKind.snapshot.rerunnable, false);
  });

  it('re-runs frozen evidence and returns the fresh result next to the frozen one', async () => {
    const m = (await api('GET', `/missions/${missionId}`, viewer)).json();
    const hot = m.evidence.find((e: { kind: string }) => e.kind === 'hottimes');
    const res = await api('POST', `/missions/${missionId}/evidence/${hot.id}/rerun`, viewer);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.frozen.result.events, 120);
    assert.equal(body.fresh.result.events, 120);
    assert.deepEqual(
      body.changes.find((c: { field: string }) => c.field === 'events'),
      { field: 'events', frozen: 120, fresh: 120, difference: 0 },
    );
    const snap = m.evidence.find((e: { kind: string }) => e.kind === 'snapshot');
    assert.equal((await api('POST', `/missions/${missionId}/evidence/${snap.id}/rerun`, viewer)).statusCode, 409);
  });

  it('answers bad input with problem+json naming every invalid field', async () => {
    const res = await api('POST', '/missions', analyst, {
      title: 'x',
      scope: { kind: 'buurten', year: YEAR, codes: ['BU1'] },
      priority: 'asap',
      crimeTypes: ['inbraak'],
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort();
    assert.deepEqual(names, ['body.crimeTypes.0', 'body.priority', 'body.scope.codes.0', 'body.title']);
    const unknown = await api('POST', '/missions', analyst, {
      title: 'Onbekende buurt',
      scope: { kind: 'buurten', year: YEAR, codes: ['BU99999999'] },
      evidence: [
        { kind: 'hottimes', title: 'x', query: { from: 'gisteren' } },
        { kind: 'snapshot', title: 'y' },
      ],
    });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(
      unknown
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.scope.codes.0'],
    );
    const badEvidence = await api('POST', '/missions', analyst, {
      title: 'Foute evidence',
      scope: { kind: 'buurten', year: YEAR, codes: [design.target] },
      evidence: [
        { kind: 'hottimes', title: 'x', query: { from: 'gisteren' } },
        { kind: 'snapshot', title: 'y' },
      ],
    });
    assert.deepEqual(
      badEvidence
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.evidence.0.query.from', 'body.evidence.0.query.to', 'body.evidence.1.result'],
    );
  });

  it('checks authorisation in the service: viewers read, partners see nothing until they take part, anonymous gets 401', async () => {
    assert.equal(
      (await api('POST', '/missions', viewer, { title: 'Mag niet', scope: { kind: 'buurten', year: YEAR, codes: [design.target] } }))
        .statusCode,
      403,
    );
    const seen = (await api('GET', `/missions/${missionId}`, viewer)).json();
    assert.deepEqual(seen.permissions, { read: true, edit: false, transition: false, publish: false, addLog: false });
    assert.deepEqual(seen.allowedTransitions, []);
    assert.equal((await api('PATCH', `/missions/${missionId}`, viewer, { title: 'Nieuw' })).statusCode, 403);
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 404);
    assert.deepEqual((await api('GET', '/missions', partner)).json().missions, []);
    assert.equal((await api('GET', '/missions', null)).statusCode, 401);
  });

  it('edits with optimistic locking and walks the status workflow with checked transitions and history', async () => {
    const m = (await api('GET', `/missions/${missionId}`, analyst)).json();
    const ok = await api('PATCH', `/missions/${missionId}`, analyst, {
      version: m.version,
      startDate: '2024-01-01',
      nextReview: '2000-01-01',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().startDate, '2024-01-01');
    assert.equal(ok.json().reviewOverdue, true);
    assert.equal((await api('PATCH', `/missions/${missionId}`, analyst, { version: m.version, title: 'Oud' })).statusCode, 409);
    assert.equal((await api('POST', `/missions/${missionId}/transitions`, analyst, { to: 'running' })).statusCode, 409);
    const toAnalysis = await api('POST', `/missions/${missionId}/transitions`, analyst, { to: 'analysis' });
    assert.equal(toAnalysis.json().status, 'analysis');
    const blocked = toAnalysis.json().allowedTransitions.find((o: { to: string }) => o.to === 'approach');
    assert.equal(blocked.blockedBy, 'Voeg minstens één doel toe voordat u een aanpak kiest.');
    const refused = await api('POST', `/missions/${missionId}/transitions`, analyst, { to: 'approach' });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /minstens één doel/);
    const back = await api('POST', `/missions/${missionId}/transitions`, analyst, { to: 'idea' });
    assert.equal(back.statusCode, 409, 'going back needs a reason');
    const list = (await api('GET', '/missions?status=analysis', viewer)).json().missions;
    assert.equal(list.length, 1);
    assert.equal(list[0].statusLabel, 'analyse');
    const detail = (await api('GET', `/missions/${missionId}`, viewer)).json();
    assert.deepEqual(
      detail.statusHistory.map((h: { to: string }) => h.to),
      ['idea', 'analysis'],
    );
  });
});
