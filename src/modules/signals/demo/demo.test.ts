/**
 * Demo reports: over the year before "now", with the hour-of-week patterns of their kind, placed by
 * population, through the workflow (most closed, some open, a few overdue), with history, no
 * contact details and no mail; marked `demo` in the staff API; removed with all that hangs on them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext, type ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { listAreas, seedAreasIfEmpty } from '../../areas/index.ts';
import { SEED_DIR } from '../../../../test/fixtures/incidents/setup.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { seedSignalDefaultsIfEmpty } from '../config/category-seed.ts';
import { countDemoSignals, DEMO_SIGNAL_COUNT, loadDemoSignals, removeDemoSignals } from './demo-content.ts';
import { kindOf } from './demo-generator.ts';
import { notifyStatus } from '../residents/notify.ts';
import { signalEvents } from '../figures/analysis-export.ts';

const GM = 'GM0505';
const NOW = new Date('2026-12-02T10:00:00Z');
const DAY = 86_400_000;

/** Europe/Amsterdam weekday (0 = Monday) and hour of a time. */
function localHourOfWeek(at: Date): { day: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.find((p) => p.type === 'weekday')!.value);
  return { day, hour: Number(parts.find((p) => p.type === 'hour')!.value) };
}

describe('demo reports', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    database = await openTestDatabase();
    ctx = systemContext(database.db, 'test');
    await seedAreasIfEmpty(ctx, SEED_DIR);
    await seedSignalDefaultsIfEmpty(ctx, GM);
  });
  after(async () => database.close());

  it('are loaded once, over the year before now, without contact details and without mail', async () => {
    const lines = await loadDemoSignals(ctx, GM, NOW);
    assert.match(lines.join('\n'), /demo reports: \d+/);
    assert.deepEqual(await loadDemoSignals(ctx, GM, NOW), [], 'loading again adds nothing');
    const n = await countDemoSignals(ctx, GM);
    assert.ok(n > DEMO_SIGNAL_COUNT * 0.98 && n <= DEMO_SIGNAL_COUNT, String(n));
    const rows = await database.db.selectFrom('signals').selectAll().execute();
    assert.ok(rows.every((r) => r.demo && r.address_text === null && r.buurt_code && r.lat !== null));
    assert.ok(rows.every((r) => r.created_at.getTime() < NOW.getTime() && r.created_at.getTime() > NOW.getTime() - 366 * DAY));
    assert.equal((await database.db.selectFrom('signal_contacts').select('signal_id').execute()).length, 0);
    assert.equal((await database.db.selectFrom('signal_subscriptions').select('id').execute()).length, 0);
    assert.equal((await database.db.selectFrom('mail_outbox').select('id').execute()).length, 0, 'no mail queued');
    assert.ok(rows.every((r) => /demo/i.test(r.description)));
    // The analysis gets them as events like real reports, marked so its replies say "synthetic".
    const events = await signalEvents(ctx, GM);
    assert.equal(events.count, n);
    assert.equal(
      events.demo.reduce((s, v) => s + v, 0),
      n,
    );
  });

  it('follow their kind: nuisance in evenings and weekends, waste in weekday mornings', async () => {
    const rows = await database.db
      .selectFrom('signals')
      .innerJoin('signal_categories as c', (j) =>
        j.onRef('c.slug', '=', 'signals.category_slug').onRef('c.gemeente_code', '=', 'signals.gemeente_code'),
      )
      .select(['signals.category_slug', 'signals.created_at', 'c.is_nuisance'])
      .execute();
    const share = (kind: string, pred: (d: number, h: number) => boolean) => {
      const of = rows
        .filter((r) => kindOf({ slug: r.category_slug, nuisance: r.is_nuisance }) === kind)
        .map((r) => localHourOfWeek(r.created_at));
      return of.filter((t) => pred(t.day, t.hour)).length / of.length;
    };
    const evening = (_d: number, h: number) => h >= 19 || h < 3;
    const morning = (d: number, h: number) => d < 5 && h >= 7 && h < 12;
    const weekend = (d: number) => d === 4 || d === 5;
    assert.ok(share('nuisance', evening) > 2 * share('waste', evening), 'nuisance in the evening');
    assert.ok(share('waste', morning) > 2 * share('nuisance', morning), 'waste in weekday mornings');
    assert.ok(share('nuisance', weekend) > (2 / 7) * 1.3, 'nuisance on Friday and Saturday');
  });

  it('lie in buurten by population', async () => {
    const areas = await listAreas(ctx, GM, { level: 'buurt', year: 2024 });
    const rows = await database.db.selectFrom('signals').select('buurt_code').execute();
    const per = new Map<string, number>();
    for (const r of rows) per.set(r.buurt_code!, (per.get(r.buurt_code!) ?? 0) + 1);
    const pairs = areas.features
      .filter((f) => f.properties.population)
      .map((f) => [f.properties.population!, per.get(f.properties.code) ?? 0]);
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    const mx = mean(pairs.map((p) => p[0]!));
    const my = mean(pairs.map((p) => p[1]!));
    const cov = mean(pairs.map(([x, y]) => (x! - mx) * (y! - my)));
    const sd = (xs: number[], m: number) => Math.sqrt(mean(xs.map((v) => (v - m) ** 2)));
    const r =
      cov /
      (sd(
        pairs.map((p) => p[0]!),
        mx,
      ) *
        sd(
          pairs.map((p) => p[1]!),
          my,
        ));
    assert.ok(r > 0.8, `correlation with population ${r}`);
  });

  it('went through the workflow: most closed, some open, a few overdue, each step in the history', async () => {
    const rows = await database.db.selectFrom('signals').select(['id', 'status', 'closed_at', 'deadline']).execute();
    const closed = rows.filter((r) => r.closed_at !== null);
    const today = '2026-12-02';
    const overdue = rows.filter((r) => r.closed_at === null && r.deadline! < today);
    assert.ok(closed.length / rows.length > 0.8, `closed ${closed.length}`);
    assert.ok(rows.length - closed.length > 20, 'some open');
    assert.ok(overdue.length > 5 && overdue.length < rows.length * 0.1, `overdue ${overdue.length}`);
    const history = await database.db.selectFrom('signal_history').select(['signal_id', 'kind', 'to_status']).execute();
    const done = new Set(history.filter((h) => h.to_status === 'done').map((h) => h.signal_id));
    assert.equal(history.filter((h) => h.kind === 'created').length, rows.length);
    for (const r of rows.filter((s) => s.status === 'done')) assert.ok(done.has(r.id));
    assert.ok(history.every((h) => h.kind === 'created' || h.kind === 'status'));
  });

  it('never trigger mail, even when a resident follows one and its status changes', async () => {
    const s = await database.db
      .selectFrom('signals')
      .select(['id', 'number'])
      .where('status', '=', 'in_progress')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('signal_subscriptions')
      .values({
        id: crypto.randomUUID(),
        gemeente_code: GM,
        kind: 'signal',
        signal_id: s.id,
        email: 'buur@example.test',
        unsubscribe_token_hash: 'x',
        confirmed_at: NOW,
      })
      .execute();
    const env = { gemeente: GM, publicUrl: 'http://localhost' };
    const signal = { id: s.id, number: s.number, categoryName: 'x', deadline: null, category: undefined };
    assert.equal(await notifyStatus(ctx, env, signal, 'done', { text: null, published: false }), 0);
    assert.equal((await database.db.selectFrom('mail_outbox').select('id').execute()).length, 0);
  });

  it('are removed with their history and subscriptions, and nothing else', async () => {
    const removed = await removeDemoSignals(ctx, GM);
    assert.ok(removed > 1000);
    assert.equal((await database.db.selectFrom('signals').select('id').execute()).length, 0);
    assert.equal((await database.db.selectFrom('signal_history').select('id').execute()).length, 0);
    assert.equal((await database.db.selectFrom('signal_subscriptions').select('id').execute()).length, 0);
    assert.ok((await database.db.selectFrom('signal_categories').select('slug').execute()).length > 10, 'categories stay');
  });
});
