/**
 * Reads of personal data in missions are in the processing log (Logboek Dataverwerkingen): the
 * owner's name in a mission, the list and the portfolio (data subject: the owner, pseudonymised),
 * and the mission log of meetings and decisions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { SEED_DIR, YEAR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('missions: reads of personal data are logged', () => {
  let t: TestApp;
  let api: Api;
  let owner: TestSession;
  let viewer: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    owner = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    missionId = (
      await api('POST', '/missions', owner, { title: 'Overlast centrum', scope: { kind: 'buurten', year: YEAR, codes: ['BU05050100'] } })
    ).json().id;
    await api('POST', `/missions/${missionId}/log`, owner, {
      kind: 'meeting',
      occurredOn: '2024-03-01',
      title: 'Buurtoverleg',
      body: 'Afspraken met de wijkagent.',
    });
  });
  after(() => t.close());

  const readsBy = (who: TestSession) =>
    t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor', '=', `user:${who.userId}`)
      .where('operation', '=', 'read')
      .where('processing_activity_id', '=', 'missions.manage')
      .execute();

  for (const [what, url] of [
    ['one mission', () => `/missions/${missionId}`],
    ['the list', () => '/missions'],
    ['the portfolio', () => '/missions/portfolio'],
  ] as const) {
    it(`logs the owner's name shown in ${what}`, async () => {
      const before = (await readsBy(viewer)).length;
      const res = await api('GET', url(), viewer);
      assert.equal(res.statusCode, 200, res.body);
      const records = (await readsBy(viewer)).slice(before);
      const owners = records.filter((r) => (r.attributes as { field?: string }).field === 'owner');
      assert.equal(owners.length, 1, JSON.stringify(records));
      assert.equal(owners[0]!.data_subject_type, 'user');
      assert.match(String(owners[0]!.data_subject_pseudonym), /^[0-9a-f]{16,}$/);
      assert.ok(!JSON.stringify(owners[0]).includes(owner.email), 'no address in the log');
      assert.deepEqual((owners[0]!.attributes as { missions: string[] }).missions, [missionId]);
      assert.equal(owners[0]!.trace_id.length, 32);
    });
  }

  it('logs a read of the mission log', async () => {
    const before = (await readsBy(viewer)).length;
    const res = await api('GET', `/missions/${missionId}/log`, viewer);
    assert.equal(res.json().entries.length, 1);
    const [record] = (await readsBy(viewer)).slice(before);
    assert.deepEqual(record!.attributes, { mission: missionId, field: 'log', entries: 1 });
  });
});
