import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('partners and mission participants', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let analyst: TestSession;
  let partner: TestSession;
  let missionId: string;
  let partnerId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    analyst = await loginAs(t.app, t.database, 'analyst');
    partner = await loginAs(t.app, t.database, 'partner');
    missionId = (
      await api('POST', '/missions', coordinator, {
        title: 'Drugsoverlast centrum',
        scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] },
      })
    ).json().id;
  });
  after(() => t.close());

  it('adds partner organisations (unique names regardless of case) and links only partner-role accounts to them', async () => {
    const p = await api('POST', '/partners', coordinator, { name: 'Politie Zuid-Holland Zuid', kind: 'police', contactRole: 'wijkagent' });
    assert.equal(p.statusCode, 201, p.body);
    assert.deepEqual(p.json(), {
      id: p.json().id,
      name: 'Politie Zuid-Holland Zuid',
      kind: 'police',
      contactRole: 'wijkagent',
      description: null,
      missions: 0,
      active: true,
      areaCodes: [],
      demo: false,
      expiringAgreements: 0,
      own: false,
    });
    partnerId = p.json().id;
    assert.equal((await api('POST', '/partners', coordinator, { name: 'politie zuid-holland zuid', kind: 'police' })).statusCode, 409);
    assert.equal((await api('POST', '/partners', analyst, { name: 'Woonbron', kind: 'housing-corporation' })).statusCode, 403);
    const staff = await api('POST', `/partners/${partnerId}/members`, coordinator, { userId: analyst.userId });
    assert.equal(staff.statusCode, 400);
    assert.deepEqual(
      staff.json().errors.map((e: { name: string }) => e.name),
      ['body.userId'],
    );
    assert.equal((await api('POST', `/partners/${partnerId}/members`, coordinator, { userId: partner.userId })).statusCode, 204);
    assert.equal(
      (await api('POST', `/partners/${partnerId}/members`, coordinator, { userId: partner.userId })).statusCode,
      204,
      'linking twice changes nothing',
    );
  });

  it('lets a partner account see (only) the missions its organisation takes part in', async () => {
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 404, 'not yet a participant');
    assert.equal((await api('GET', `/missions/${missionId}/participants`, partner)).statusCode, 404);
    const joined = await api('POST', `/missions/${missionId}/participants`, coordinator, {
      kind: 'partner',
      partnerId,
      role: 'handhaving en signalering',
    });
    assert.equal(joined.statusCode, 201, joined.body);
    assert.equal(joined.json().name, 'Politie Zuid-Holland Zuid');
    assert.equal(joined.json().partnerKind, 'police');
    assert.equal((await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId })).statusCode, 409);
    await api('POST', `/missions/${missionId}/participants`, coordinator, {
      kind: 'initiative',
      name: 'Buurtpreventie Binnenstad',
      role: 'avondrondes',
    });
    const seen = await api('GET', `/missions/${missionId}`, partner);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().permissions, { read: true, edit: false, transition: false, publish: false, addLog: false });
    assert.equal((await api('GET', '/missions', partner)).json().missions.length, 1);
    assert.equal((await api('GET', `/missions/${missionId}/measures`, partner)).statusCode, 200);
    assert.equal(
      (await api('POST', `/missions/${missionId}/measures`, partner, { title: 'Eigen actie', type: 'preventive' })).statusCode,
      403,
    );
    assert.equal(
      (await api('POST', `/missions/${missionId}/participants`, partner, { kind: 'initiative', name: 'Eigen club' })).statusCode,
      403,
    );
    const names = (await api('GET', `/missions/${missionId}/participants`, partner))
      .json()
      .participants.map((x: { name: string }) => x.name);
    assert.deepEqual(names, ['Politie Zuid-Holland Zuid', 'Buurtpreventie Binnenstad']);
    const partners = (await api('GET', '/partners', partner)).json().partners;
    assert.deepEqual(
      partners.map((x: { name: string; missions: number }) => [x.name, x.missions]),
      [['Politie Zuid-Holland Zuid', 1]],
    );
  });

  it('checks participant input, counts participants on the mission and removes them', async () => {
    const bad = await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'group' });
    assert.deepEqual(
      bad.json().errors.map((x: { name: string }) => x.name),
      ['body.name'],
    );
    const both = await api('POST', `/missions/${missionId}/participants`, coordinator, {
      kind: 'group',
      name: 'Jongeren Statenplein',
      partnerId,
    });
    assert.deepEqual(
      both.json().errors.map((x: { name: string }) => x.name),
      ['body.partnerId'],
    );
    assert.equal((await api('GET', `/missions/${missionId}`, coordinator)).json().counts.participants, 2);
    const [police] = (await api('GET', `/missions/${missionId}/participants`, coordinator)).json().participants;
    assert.equal((await api('DELETE', `/missions/${missionId}/participants/${police.id}`, coordinator)).statusCode, 204);
    assert.equal((await api('DELETE', `/missions/${missionId}/participants/${police.id}`, coordinator)).statusCode, 404);
    assert.equal((await api('GET', `/missions/${missionId}`, coordinator)).json().counts.participants, 1);
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 404, 'no longer taking part');
  });

  it('hides a deactivated partner’s missions from its accounts, and shows them again once it is active', async () => {
    const joined = await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId });
    assert.equal(joined.statusCode, 201, joined.body);
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 200);
    const off = await api('PATCH', `/partners/${partnerId}`, coordinator, { active: false });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 404);
    assert.equal((await api('GET', '/partners', partner)).statusCode, 403, 'no active organisation: no partner list');
    assert.equal((await api('PATCH', `/partners/${partnerId}`, coordinator, { active: true })).statusCode, 200);
    assert.equal((await api('GET', `/missions/${missionId}`, partner)).statusCode, 200);
  });
});
