/**
 * The demo runner on the real registry: first start loads demo content once, `load` twice adds
 * nothing, `remove` leaves no demo row in the tables of the modules with demo content, a restart
 * after removal does not bring it back, STADSVEILIG_DEMO=off loads none; and the admin API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import type { DemoEnv } from '../../core/module-contract.ts';
import type { Database } from '../../db/database.ts';
import { prepareDatabase } from '../../server/first-start.ts';
import { MODULES } from '../index.ts';
import { loginAs } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { testConfig } from '../../../test/helpers/test-config.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { demoStatus, loadDemo, removeDemo } from './demo-service.ts';
import { DEMO_NOTICE } from '../open311/service.ts';

const NOW = new Date('2026-12-02T10:00:00Z');
const NONE = {
  incidents: 0,
  incident_batches: 0,
  signals: 0,
  signal_history: 0,
  survey_results: 0,
  pulse_responses: 0,
  pulse_stories: 0,
  missions: 0,
  partners: 0,
  initiatives: 0,
  enforcement_registrations: 0,
};
/** The tables with a `demo` column, besides signals. */
const MARKED = [
  'survey_results',
  'pulse_responses',
  'pulse_stories',
  'missions',
  'partners',
  'initiatives',
  'enforcement_registrations',
] as const;

/** Every demo row of the modules with demo content, per table. */
async function demoRows(database: Database): Promise<Record<keyof typeof NONE, number>> {
  const count = async (q: Promise<{ n: number | string }>) => Number((await q).n);
  const marked = {} as Record<(typeof MARKED)[number], number>;
  for (const table of MARKED) {
    marked[table] = await count(
      database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('demo', '=', true)
        .executeTakeFirstOrThrow(),
    );
  }
  return {
    ...marked,
    incidents: await count(
      database.db
        .selectFrom('incidents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('synthetic', '=', true)
        .executeTakeFirstOrThrow(),
    ),
    incident_batches: await count(
      database.db
        .selectFrom('incident_batches')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('mode', '=', 'synthetic')
        .executeTakeFirstOrThrow(),
    ),
    signals: await count(
      database.db
        .selectFrom('signals')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('demo', '=', true)
        .executeTakeFirstOrThrow(),
    ),
    // This database holds only demo reports, so every history entry is a demo report's.
    signal_history: await count(
      database.db
        .selectFrom('signal_history')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  };
}

describe('demo content', () => {
  let app: TestApp;
  let env: DemoEnv;
  before(async () => {
    app = await createTestApp({ prepare: (database, config) => prepareDatabase(database, config, NOW).then(() => undefined) });
    env = { config: app.config, gemeente: app.config.municipality, now: NOW };
  });
  after(async () => app.close());

  it('is loaded on first start, and loading again adds nothing', async () => {
    const ctx = systemContext(app.database.db, 'test');
    const first = await demoRows(app.database);
    assert.ok(first.incidents > 30_000, JSON.stringify(first));
    assert.equal(first.incident_batches, 1);
    assert.ok(first.signals > 1500 && first.signal_history > first.signals, JSON.stringify(first));
    // A restart runs no loader at all (one state row read): demo rows an admin deleted stay deleted.
    await app.database.db.deleteFrom('partners').where('demo', '=', true).execute();
    const restart = await prepareDatabase(app.database, app.config, NOW);
    assert.deepEqual(
      restart.seeded.filter((line) => line.startsWith('demo:')),
      [],
    );
    assert.equal((await demoRows(app.database)).partners, 0, 'the deleted demo partners are not brought back');
    assert.deepEqual(
      await loadDemo(ctx, MODULES, env).then((r) => r.lines),
      ['network: 12 demo partner organisations, 14 contact persons, 3 agreements'],
      '`demo load` does',
    );
    const again = await loadDemo(ctx, MODULES, env);
    assert.deepEqual(again.lines, []);
    assert.deepEqual(await demoRows(app.database), first);
    const status = await demoStatus(ctx, MODULES, env);
    assert.equal(status.modules.find((m) => m.module === 'incidents')?.rows, first.incidents);
    assert.equal(status.modules.find((m) => m.module === 'signals')?.rows, first.signals);
    assert.ok(first.survey_results > 0 && first.pulse_responses > 0 && first.pulse_stories > 0, JSON.stringify(first));
    assert.equal(first.missions, 2);
    assert.ok(first.partners > 0);
    assert.equal(first.initiatives, 4);
    const perception = first.survey_results + first.pulse_responses + first.pulse_stories;
    assert.equal(status.modules.find((m) => m.module === 'perception')?.rows, perception);
    const youthGroups = status.modules.find((m) => m.module === 'youth-groups')?.rows;
    assert.equal(youthGroups, 1, 'one demo youth group');
    const cases = status.modules.find((m) => m.module === 'cases')?.rows;
    assert.equal(cases, 3, 'three demo PGA cases');
    const decisions = status.modules.find((m) => m.module === 'powers')?.rows;
    assert.equal(decisions, 2, 'two demo decisions (a 13b closure, a 151c camera area)');
    assert.ok(first.enforcement_registrations > 2000, 'synthetic BOA registrations');
    assert.equal(status.modules.find((m) => m.module === 'enforcement')?.rows, first.enforcement_registrations);
    assert.equal(
      status.total,
      first.incidents +
        first.signals +
        perception +
        first.missions +
        first.partners +
        first.initiatives +
        youthGroups +
        cases +
        decisions +
        first.enforcement_registrations,
    );
    assert.equal(status.removedAt, null);
    // The public Open311 feed lists demo reports like real ones, saying they are demo content.
    const feed = await app.app.inject({
      method: 'GET',
      url: '/open311/v2/requests.json?start_date=2026-10-01T00:00:00Z&end_date=2026-12-03T00:00:00Z',
    });
    assert.equal(feed.statusCode, 200, feed.body);
    const requests = feed.json() as { service_notice: string | null }[];
    assert.ok(requests.length > 0 && requests.every((r) => r.service_notice === DEMO_NOTICE), feed.body.slice(0, 300));
  });

  it('mails nobody about demo rows: an expiring demo agreement, a due check-in or review shows on the page only', async () => {
    // The first start ran the modules' housekeeping (reminders) after loading the demo content and the first admin.
    const { runHousekeeping } = await import('../../server/first-start.ts');
    await runHousekeeping(app.database, app.config);
    const admin = await loginAs(app.app, app.database, 'admin');
    const outbox = await app.app.inject({ method: 'GET', url: '/api/v1/mail-outbox', headers: admin.headers });
    assert.equal(outbox.statusCode, 200, outbox.body);
    const counts = outbox.json().counts;
    assert.deepEqual(counts, { pending: 0, sending: 0, sent: 0, failed: 0 }, 'no reminder mail about made-up rows');
    const network = await app.app.inject({ method: 'GET', url: '/api/v1/areas/network-summary', headers: admin.headers });
    assert.equal(network.statusCode, 200, network.body);
  });

  it('gives the early-warning view alerts in the last weeks (the emerging clusters)', async () => {
    const admin = await loginAs(app.app, app.database, 'admin');
    const res = await app.app.inject({ method: 'GET', url: '/api/v1/analysis/alerts', headers: admin.headers });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    const alerts = (res.json() as { alerts: { areaCode: string; crimeType: string; count: number | null; weekStart: string }[] }).alerts;
    // The buurt of each cluster: the most incidents of its type in its last weeks.
    for (const [type, days] of [
      ['1.1.1', 21],
      ['1.2.3', 14],
    ] as const) {
      const top = await app.database.db
        .selectFrom('incidents')
        .select(['buurt_code', (eb) => eb.fn.countAll<number>().as('n')])
        .where('crime_type', '=', type)
        .where('start_time', '>=', new Date(NOW.getTime() - days * 86_400_000))
        .groupBy('buurt_code')
        .orderBy('n', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      const hit = alerts.filter(
        (a) => a.areaCode === top.buurt_code && a.crimeType.startsWith(type.slice(0, 4)) && a.weekStart >= '2026-11-01',
      );
      assert.ok(hit.length > 0, `${type} in ${top.buurt_code}: ${JSON.stringify(alerts.slice(0, 5))}`);
    }
  });

  it('is shown to admins only, and removed through the API, leaving no demo row; a restart does not bring it back', async () => {
    const analyst = await loginAs(app.app, app.database, 'analyst');
    assert.equal((await app.app.inject({ method: 'GET', url: '/api/v1/demo', headers: analyst.headers })).statusCode, 403);
    const admin = await loginAs(app.app, app.database, 'admin');
    const status = await app.app.inject({ method: 'GET', url: '/api/v1/demo', headers: admin.headers });
    assert.equal(status.statusCode, 200);
    assert.ok(status.json().total > 30_000);
    const removed = await app.app.inject({ method: 'POST', url: '/api/v1/demo/remove', headers: admin.headers });
    assert.equal(removed.statusCode, 200, removed.body);
    const body = removed.json() as { removed: { module: string; rows: number }[]; status: { total: number; removedAt: string } };
    assert.ok(body.removed.find((r) => r.module === 'incidents')!.rows > 30_000);
    assert.ok(body.removed.find((r) => r.module === 'signals')!.rows > 1500);
    assert.equal(body.status.total, 0);
    assert.ok(body.status.removedAt);
    assert.deepEqual(await demoRows(app.database), NONE);
    const crimeCounts = await app.database.db.selectFrom('crime_counts').select('area_code').limit(1).execute();
    assert.equal(crimeCounts.length, 1, 'registered crime (real data) stays');
    await prepareDatabase(app.database, app.config, NOW); // a restart
    assert.deepEqual(await demoRows(app.database), NONE);
  });

  it('comes back when an admin loads it', async () => {
    const ctx = systemContext(app.database.db, 'test');
    const loaded = await loadDemo(ctx, MODULES, env);
    assert.ok(loaded.lines.some((l) => l.startsWith('synthetic demo incidents')));
    assert.ok(loaded.lines.some((l) => l.startsWith('demo reports')));
    assert.equal(loaded.status.removedAt, null);
    assert.ok((await demoRows(app.database)).incidents > 30_000);
    await removeDemo(ctx, MODULES, env);
  });
});

describe('STADSVEILIG_DEMO=off', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => database.close());

  it('loads no demo content on first start', async () => {
    const report = await prepareDatabase(database, testConfig({ demo: false }), NOW);
    assert.ok(!report.seeded.some((l) => l.startsWith('demo:')), report.seeded.join('\n'));
    assert.deepEqual(await demoRows(database), NONE);
  });
});
