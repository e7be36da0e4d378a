/**
 * The signals module's demo content (the platform's demo runner calls it): made-up reports over
 * the year before `env.now` (demo-generator.ts), stored with `demo = true`, their workflow steps
 * as history entries, no contact details, and no mail (they are written here, not through the
 * intake, so nothing reaches the outbox). Removing deletes every demo report; their history,
 * photos, subscriptions, contacts and feedback go with them (ON DELETE CASCADE), links from real
 * reports (parent, merged into) are cleared.
 */
import { sql, type Insertable } from 'kysely';
import type { DemoContent } from '../../../core/module-contract.ts';
import type { ServiceContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { bboxOf, listAreas, wgs84ToRd, type AreaLocator, type BBox } from '../../areas/index.ts';
import { loadCategories, type CategoryRow } from '../config/categories.ts';
import { cachedLocator } from '../records/location.ts';
import { hashToken, newToken } from '../records/tokens.ts';
import type { SignalTables } from '../tables.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';
import { generateDemoSignals, type DemoBuurt, type DemoSignal } from './demo-generator.ts';

export const DEMO_SIGNAL_COUNT = 1800;
const DEMO_SEED = 2026;
const ACTOR = 'system:demo';
const CHUNK = 250;

/** Minutes Europe/Amsterdam is ahead of UTC at about `wallMs` (60 or 120). */
function amsterdamOffset(wallMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(wallMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  return /\+2/.test(name ?? '') ? 120 : 60;
}

/** A point inside the buurt (rejection sampling in its bounding box), rounded to a buurt-level place. */
function pointIn(locator: AreaLocator, code: string, box: BBox, rnd: () => number): [number, number] | null {
  for (let t = 0; t < 2000; t++) {
    const lon = Math.round((box[0] + rnd() * (box[2] - box[0])) * 1e5) / 1e5;
    const lat = Math.round((box[1] + rnd() * (box[3] - box[1])) * 1e5) / 1e5;
    if (locator.locate(lon, lat)?.buurt.code === code) return [lon, lat];
  }
  return null;
}

async function reserveNumbers(db: Db, gemeente: string, year: number, n: number): Promise<number> {
  const row = await sql<{ last_value: number }>`
    INSERT INTO signal_counters (gemeente_code, year, last_value) VALUES (${gemeente}, ${year}, ${n})
    ON CONFLICT (gemeente_code, year) DO UPDATE SET last_value = signal_counters.last_value + ${n}
    RETURNING last_value`.execute(db);
  return Number(row.rows[0]!.last_value) - n + 1;
}

/** One number per report, M-YYYY-NNNNNN by the year of its creation (reserved per year in one statement). */
async function numbersFor(db: Db, gemeente: string, reports: DemoSignal[]): Promise<string[]> {
  const next = new Map<number, number>();
  const years = reports.map((r) => Number(amsterdamDate(r.createdAt).slice(0, 4)));
  for (const y of new Set(years)) next.set(y, await reserveNumbers(db, gemeente, y, years.filter((v) => v === y).length));
  return years.map((y) => {
    const n = next.get(y)!;
    next.set(y, n + 1);
    return `M-${y}-${String(n).padStart(6, '0')}`;
  });
}

async function storeReports(
  db: Db,
  gemeente: string,
  reports: DemoSignal[],
  place: Map<string, { box: BBox; wijk: string | null }>,
  locator: AreaLocator,
  categories: Map<string, CategoryRow>,
) {
  const numbers = await numbersFor(db, gemeente, reports);
  let seed = 7;
  const rnd = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const rows: Insertable<SignalTables['signals']>[] = [];
  const history: Insertable<SignalTables['signal_history']>[] = [];
  for (const [i, r] of reports.entries()) {
    const at = place.get(r.buurtCode)!;
    const point = pointIn(locator, r.buurtCode, at.box, rnd);
    if (!point) continue;
    const [x, y] = wgs84ToRd(point[0], point[1]);
    const category = categories.get(r.categorySlug)!;
    const id = crypto.randomUUID();
    rows.push({
      ...{ gemeente_code: gemeente, id, number: numbers[i]!, tracking_token_hash: hashToken(newToken()), category_slug: r.categorySlug },
      ...{ suggested_category: null, description: r.description, status: r.status, lat: point[1], lon: point[0] },
      ...{ x: Math.round(x), y: Math.round(y), address_text: null, area_year: locator.year, buurt_code: r.buurtCode, wijk_code: at.wijk },
      ...{ source: 'web' as const, department: category.department, demo: true },
      deadline: addWorkingDays(amsterdamDate(r.createdAt), category.handling_days),
      ...{ created_at: r.createdAt, updated_at: r.steps.at(-1)!.at, closed_at: r.closedAt },
    });
    for (const s of r.steps)
      history.push({
        signal_id: id,
        at: s.at,
        actor: ACTOR,
        kind: s.from ? ('status' as const) : ('created' as const),
        from_status: s.from,
        to_status: s.to,
      });
  }
  await db.transaction().execute(async (trx) => {
    for (let k = 0; k < rows.length; k += CHUNK)
      await trx
        .insertInto('signals')
        .values(rows.slice(k, k + CHUNK))
        .execute();
    for (let k = 0; k < history.length; k += CHUNK)
      await trx
        .insertInto('signal_history')
        .values(history.slice(k, k + CHUNK))
        .execute();
  });
  return rows.length;
}

export async function countDemoSignals(ctx: ServiceContext, gemeente: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('signals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Loads the demo reports when the municipality has none, its categories and areas are loaded. */
export async function loadDemoSignals(ctx: ServiceContext, gemeente: string, now: Date): Promise<string[]> {
  if ((await countDemoSignals(ctx, gemeente)) > 0) return [];
  const t0 = performance.now();
  const leaves = (await loadCategories(ctx.db, gemeente)).filter((c) => c.parent_slug !== null && c.active && !c.is_sensitive);
  const locator = await cachedLocator(ctx, gemeente);
  if (!leaves.length || !locator) return [];
  const areas = await listAreas(ctx, gemeente, { level: 'buurt', year: locator.year });
  const place = new Map<string, { box: BBox; wijk: string | null }>();
  const buurten: DemoBuurt[] = [];
  for (const f of areas.features) {
    if (!f.geometry || !f.properties.population) continue;
    place.set(f.properties.code, { box: bboxOf(f.geometry), wijk: f.properties.parentCode });
    buurten.push({ code: f.properties.code, population: f.properties.population });
  }
  const reports = generateDemoSignals({
    seed: DEMO_SEED,
    now,
    count: DEMO_SIGNAL_COUNT,
    categories: leaves.map((c) => ({ slug: c.slug, handlingDays: c.handling_days, nuisance: c.is_nuisance })),
    buurten,
    utcOffsetMinutes: amsterdamOffset,
  });
  const stored = await storeReports(ctx.db, gemeente, reports, place, locator, new Map(leaves.map((c) => [c.slug, c])));
  return [`demo reports: ${stored} over the year before ${amsterdamDate(now)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`];
}

/** Deletes every demo report of `gemeente` with what hangs on it; the number of reports removed. */
export async function removeDemoSignals(ctx: ServiceContext, gemeente: string): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const demo = trx.selectFrom('signals').select('id').where('gemeente_code', '=', gemeente).where('demo', '=', true);
    await trx.updateTable('signals').set({ parent_id: null }).where('parent_id', 'in', demo).execute();
    await trx.updateTable('signals').set({ merged_into_id: null }).where('merged_into_id', 'in', demo).execute();
    await trx.deleteFrom('signal_idempotency').where('signal_id', 'in', demo).execute();
    const removed = await trx.deleteFrom('signals').where('gemeente_code', '=', gemeente).where('demo', '=', true).executeTakeFirst();
    return Number(removed.numDeletedRows);
  });
}

export const signalsDemo: DemoContent = {
  load: (ctx, env) => loadDemoSignals(ctx, env.gemeente, env.now),
  remove: (ctx, env) => removeDemoSignals(ctx, env.gemeente),
  count: (ctx, env) => countDemoSignals(ctx, env.gemeente),
};
