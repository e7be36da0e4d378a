import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('mission measures, partners, participants and log', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let partner: TestSession;
  let missionId: string;
  let partnerId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    partner = await loginAs(t.app, t.database, 'partner');
    missionId = (await api('POST', '/missions', coordinator, { title: 'Drugsoverlast centrum', scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] } })).json().id;
  });
  after(() => t.close());

  it('records administrative powers with their legal basis and behavioural measures with EAST design', async () => {
    const power = await api('POST', `/missions/${missionId}/measures`, coordinator, { title: 'Sluiting drugspand', type: 'administrative-power', powerKind: 'sluiting', startDate: '2024-03-01', costEur: 1500 });
    assert.equal(power.statusCode, 201, power.body);
    assert.equal(power.json().legalBasis.startsWith('art. 13b Opiumwet'), true);
    assert.equal(power.json().powerLabel, 'Sluiting woning of lokaal');
    const east = { easy: 'QR-code op de paal', attractive: 'persoonlijke brief', social: '8 op 10 buren sluiten af', timely: 'bij de eerste donkere avonden' };
    const behavioural = await api('POST', `/missions/${missionId}/measures`, coordinator, { title: 'Nudge: deur op slot', type: 'behavioural', design: east, hypothesis: 'Als bewoners herinnerd worden, dalen inbraken zonder braak.' });
    assert.equal(behavioural.statusCode, 201, behavioural.body);
    assert.deepEqual(behavioural.json().design, east);
    const bad = await api('POST', `/missions/${missionId}/measures`, coordinator, { title: 'Camera', type: 'administrative-power', startDate: '2024-05-01', endDate: '2024-04-01' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { name: string }) => e.name).sort(), ['body.endDate', 'body.powerKind']);
    const noEast = await api('POST', `/missions/${missionId}/measures`, coordinator, { title: 'Nudge', type: 'behavioural', powerKind: 'bibob' });
    assert.deepEqual(noEast.json().errors.map((e: { name: string }) => e.name).sort(), ['body.design', 'body.hypothesis', 'body.powerKind']);
    const patched = await api('PATCH', `/missions/${missionId}/measures/${power.json().id}`, coordinator, { status: 'running' });
    assert.equal(patched.json().status, 'running');
    const badPatch = await api('PATCH', `/missions/${missionId}/measures/${power.json().id}`, coordinator, { type: 'behavioural' });
    assert.deepEqual(badPatch.json().errors.map((e: { name: string }) => e.name).sort(), ['body.design', 'body.hypothesis', 'body.powerKind']);
  });

  it('lets a partner account see (only) the missions its organisation takes part in', async () => {
    const p = await api('POST', '/partners', coordinator, { name: 'Politie Zuid-Holland Zuid', kind: 'police', contactRole: 'wijkagent' });
    assert.equal(p.statusCode, 201, p.body);
    partnerId = p.json().id;
    assert.equal((await api('POST', '/partners', coordinator, { name: 'politie zuid-holland zuid', kind: 'police' })).statusCode, 409);
    assert.equal((await api('POST', `/partners/${partnerId}/members`, coordinator, { userId: partner.userId })).statusCode, 204);
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 404, 'not yet a participant');
    const joined = await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId, role: 'handhaving en signalering' });
    assert.equal(joined.statusCode, 201, joined.body);
    assert.equal(joined.json().name, 'Politie Zuid-Holland Zuid');
    assert.equal((await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId })).statusCode, 409);
    await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'initiative', name: 'Buurtpreventie Binnenstad', role: 'avondrondes' });
    const seen = await api('GET', `/missions/${missionId}`, partner);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().permissions, { read: true, edit: false, transition: false, publish: false, addLog: false });
    assert.equal((await api('GET', '/missions', partner)).json().missions.length, 1);
    assert.equal((await api('GET', `/missions/${missionId}/measures`, partner)).json().measures.length, 2);
    assert.equal((await api('POST', `/missions/${missionId}/measures`, partner, { title: 'Eigen actie', type: 'preventive' })).statusCode, 403);
    const partners = (await api('GET', '/partners', partner)).json().partners;
    assert.deepEqual(partners.map((x: { name: string; missions: number }) => [x.name, x.missions]), [['Politie Zuid-Holland Zuid', 1]]);
  });

  it('keeps a log of decisions and meetings; checks participant input', async () => {
    const e = await api('POST', `/missions/${missionId}/log`, coordinator, { kind: 'decision', occurredOn: '2024-02-01', title: 'Driehoek: sluiting akkoord', body: 'Burgemeester besluit tot sluiting.' });
    assert.equal(e.statusCode, 201, e.body);
    assert.match(e.json().actor, /^user:/);
    assert.equal((await api('POST', `/missions/${missionId}/log`, partner, { kind: 'note', occurredOn: '2024-02-02', title: 'Mag niet' })).statusCode, 403);
    const entries = (await api('GET', `/missions/${missionId}/log`, partner)).json().entries;
    assert.deepEqual(entries.map((x: { title: string }) => x.title), ['Driehoek: sluiting akkoord']);
    const bad = await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'group' });
    assert.deepEqual(bad.json().errors.map((x: { name: string }) => x.name), ['body.name']);
    const detail = (await api('GET', `/missions/${missionId}`, coordinator)).json();
    assert.deepEqual(detail.counts, { goals: 0, measures: 2, participants: 2, logEntries: 1 });
  });
});
