import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';

describe('mission log', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let partner: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    partner = await loginAs(t.app, t.database, 'partner');
    missionId = (
      await api('POST', '/missions', coordinator, {
        title: 'Drugsoverlast centrum',
        scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] },
      })
    ).json().id;
    const partnerId = (await api('POST', '/partners', coordinator, { name: 'Politie Zuid-Holland Zuid', kind: 'police' })).json().id;
    await api('POST', `/partners/${partnerId}/members`, coordinator, { userId: partner.userId });
    await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId });
  });
  after(() => t.close());

  it('keeps a log of decisions and meetings that taking partners read but do not write', async () => {
    const e = await api('POST', `/missions/${missionId}/log`, coordinator, {
      kind: 'decision',
      occurredOn: '2024-02-01',
      title: 'Driehoek: sluiting akkoord',
      body: 'Burgemeester besluit tot sluiting.',
    });
    assert.equal(e.statusCode, 201, e.body);
    assert.match(e.json().actor, /^user:/);
    assert.equal(
      (await api('POST', `/missions/${missionId}/log`, partner, { kind: 'note', occurredOn: '2024-02-02', title: 'Mag niet' })).statusCode,
      403,
    );
    await api('POST', `/missions/${missionId}/log`, coordinator, { kind: 'meeting', occurredOn: '2024-03-01', title: 'Wijkoverleg' });
    const entries = (await api('GET', `/missions/${missionId}/log`, partner)).json().entries;
    assert.deepEqual(
      entries.map((x: { title: string }) => x.title),
      ['Wijkoverleg', 'Driehoek: sluiting akkoord'],
      'newest first',
    );
    const bad = await api('POST', `/missions/${missionId}/log`, coordinator, { kind: 'minutes', occurredOn: '2024-13-01', title: 'X' });
    assert.deepEqual(
      bad
        .json()
        .errors.map((x: { name: string }) => x.name)
        .sort(),
      ['body.kind', 'body.occurredOn', 'body.title'],
    );
    assert.equal((await api('GET', `/missions/${missionId}`, coordinator)).json().counts.logEntries, 2);
  });
});
