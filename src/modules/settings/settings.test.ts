/** Municipality settings: read and change (admins only), safe minimums, applied live, logged, read by another instance. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { testConfig } from '../../../test/helpers/test-config.ts';
import { refreshSettings } from './index.ts';

describe('municipality settings', () => {
  let t: TestApp;
  let admin: TestSession;
  let coord: TestSession;
  before(async () => {
    t = await createTestApp({ config: { minCellCount: 5, perceptionMinRespondents: 50, pulseMinAnswers: 10, mapBackground: 'none' } });
    admin = await loginAs(t.app, t.database, 'admin');
    coord = await loginAs(t.app, t.database, 'coordinator');
  });
  after(async () => t.close());

  const patch = (payload: Record<string, unknown>, s = admin) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers: s.headers, payload });

  it('shows the environment values and the start-up warnings, to admins only', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/settings' })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/settings', headers: { cookie: coord.cookie } })).statusCode, 403);
    assert.equal((await patch({ minCellCount: 6 }, coord)).statusCode, 403);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/settings', headers: { cookie: admin.cookie } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.municipality.code, 'GM0505');
    assert.deepEqual(body.settings, body.environment);
    assert.equal(body.settings.minCellCount, 5);
    assert.deepEqual(body.stored, []);
    const codes = body.warnings.map((w: { code: string }) => w.code);
    // The test database holds no areas, no crime counts, no categories; no SMTP and no public URL are set.
    for (const code of ['no-areas', 'no-registered-crime', 'no-report-categories', 'no-smtp', 'no-public-url'])
      assert.ok(codes.includes(code), code);
  });

  it('refuses a suppression threshold below the safe minimum with a problem naming the field', async () => {
    const res = await patch({ minCellCount: 2, pulseMinAnswers: 1 });
    assert.equal(res.statusCode, 400);
    assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
    const problem = res.json();
    const names = problem.errors.map((e: { name: string }) => e.name).join(' ');
    assert.match(names, /minCellCount/);
    assert.match(names, /pulseMinAnswers/);
    assert.match(JSON.stringify(problem.errors), /at least 3/);
    assert.equal(t.config.minCellCount, 5, 'nothing applied');
    assert.equal((await patch({ mapBackground: 'satellite' })).statusCode, 400);
    assert.equal((await patch({ municipality: 'GM9999' })).statusCode, 400, 'the CBS code cannot be changed here');
  });

  it('applies a change at once, to every reader, and logs old and new value', async () => {
    const res = await patch({
      name: 'Testgemeente',
      mapBackground: 'pdok-brt',
      minCellCount: 7,
      perceptionMinRespondents: 40,
      baseYear: 2022,
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.settings.minCellCount, 7);
    assert.equal(body.environment.minCellCount, 5);
    assert.deepEqual([...body.stored].sort(), ['baseYear', 'mapBackground', 'minCellCount', 'name', 'perceptionMinRespondents']);
    const change = body.changes.find((c: { setting: string }) => c.setting === 'minCellCount');
    assert.deepEqual([change.oldValue, change.newValue], ['5', '7']);
    assert.match(change.changedBy, /^user:/);
    // Readers see it without a restart: the instance facts and the survey's suppression threshold.
    const instance = (await t.app.inject({ method: 'GET', url: '/api/v1/instance' })).json();
    assert.equal(instance.municipality.name, 'Testgemeente');
    assert.equal(instance.map.background, 'pdok-brt');
    assert.ok(instance.map.backgroundTiles);
    const survey = (await t.app.inject({ method: 'GET', url: '/api/v1/perception/survey-results' })).json();
    assert.equal(survey.minRespondents, 40);
    assert.equal(t.config.minCellCount, 7);
  });

  it('puts a setting back to the environment value with null; an unchanged value is not logged', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/settings', headers: { cookie: admin.cookie } })).json().changes
      .length;
    const res = await patch({ minCellCount: null, name: 'Testgemeente' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.settings.minCellCount, 5);
    assert.ok(!body.stored.includes('minCellCount'));
    assert.equal(body.changes.length, before + 1, 'only minCellCount changed');
    assert.deepEqual([body.changes[0].setting, body.changes[0].oldValue, body.changes[0].newValue], ['minCellCount', '7', '5']);
  });

  it('another instance on the same database picks the change up', async () => {
    const other = testConfig({ minCellCount: 5, perceptionMinRespondents: 50, mapBackground: 'none' });
    assert.equal(await refreshSettings(t.database.db, other), true);
    assert.equal(other.perceptionMinRespondents, 40);
    assert.equal(other.mapBackground, 'pdok-brt');
    assert.equal(other.municipalityName, 'Testgemeente');
    assert.equal(await refreshSettings(t.database.db, other), false, 'nothing new to apply');
    assert.equal((await patch({ pulseMinAnswers: 12 })).statusCode, 200);
    assert.equal(await refreshSettings(t.database.db, other), true);
    assert.equal(other.pulseMinAnswers, 12);
  });
});
