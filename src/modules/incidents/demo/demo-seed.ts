/**
 * Demo content: synthetic incidents from 2021 up to "now" (see generator.ts), generated
 * from the registered 2023 totals per buurt in `crime_counts` and the national 47025NED series,
 * stored as one `incident_batches` row of mode 'synthetic' with source 'synthetic' and
 * `synthetic = true` on every row. Only when the municipality has no incidents at all.
 * Removing them (`removeSyntheticIncidents`) deletes those rows and batches and nothing else.
 */
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { bulkSessionOf } from '../../../db/database-types.ts';
import { bboxOf, type BBox } from '../../areas/index.ts';
import { getAreaLocator } from '../../areas/index.ts';
import { listAreas } from '../../areas/index.ts';
import { appendImportedEvents, reloadIncidentColumns } from '../columns-service.ts';
import { TOTAL_CRIME } from '../crime-types.ts';
import { storeEventBatch } from '../import/store-events.ts';
import { readNationalCrime } from '../cbs-counts/national-crime.ts';
import { generateSyntheticIncidents, type SyntheticBuurt, type SyntheticInput } from './generator.ts';

export const SYNTHETIC_SOURCE = 'synthetic';
export const SYNTHETIC_SEED = 2023;
export const SYNTHETIC_FIRST_YEAR = 2021;
const BASE_YEAR = 2023;

/** The years from the first synthetic year through the year of `until` (at least through the base year). */
export function syntheticYears(until: Date): number[] {
  const last = Math.max(BASE_YEAR, until.getUTCFullYear());
  return Array.from({ length: last - SYNTHETIC_FIRST_YEAR + 1 }, (_, i) => SYNTHETIC_FIRST_YEAR + i);
}

export interface SyntheticSeedResult {
  incidents: number;
  perYear: Record<number, number>;
  placedInWijk: string[];
  seconds: number;
}

/** The registered buurt totals of the base year and their indeling; null when none are loaded. */
async function baseCounts(ctx: ServiceContext, gemeente: string): Promise<{ areaYear: number; counts: Map<string, number> } | null> {
  const rows = await ctx.db
    .selectFrom('crime_counts')
    .select(['area_code', 'area_year', 'count'])
    .where('gemeente_code', '=', gemeente)
    .where('crime_type', '=', TOTAL_CRIME)
    .where('period', '=', `${BASE_YEAR}JJ00`)
    .where('area_level', '=', 'buurt')
    .execute();
  if (rows.length === 0) return null;
  return { areaYear: rows[0]!.area_year, counts: new Map(rows.map((r) => [r.area_code, r.count ?? 0])) };
}

/** Everything the generator needs from the database and the shipped national file. */
export async function syntheticInput(
  ctx: ServiceContext,
  gemeente: string,
  seed = SYNTHETIC_SEED,
  until = new Date(),
): Promise<SyntheticInput | null> {
  const base = await baseCounts(ctx, gemeente);
  if (!base) return null;
  const [buurtFc, wijkFc, locator, national, types] = await Promise.all([
    listAreas(ctx, gemeente, { level: 'buurt', year: base.areaYear }),
    listAreas(ctx, gemeente, { level: 'wijk', year: base.areaYear }),
    getAreaLocator(ctx, gemeente, base.areaYear),
    readNationalCrime(),
    ctx.db.selectFrom('crime_types').select('code').execute(),
  ]);
  const buurten: SyntheticBuurt[] = buurtFc.features.map((f) => ({
    code: f.properties.code,
    wijkCode: f.properties.parentCode,
    population: f.properties.population,
    bbox: f.geometry ? bboxOf(f.geometry) : null,
  }));
  const wijkBoxes = new Map<string, BBox>(wijkFc.features.filter((f) => f.geometry).map((f) => [f.properties.code, bboxOf(f.geometry!)]));
  return {
    seed,
    years: syntheticYears(until),
    until: until.getTime(),
    baseYear: BASE_YEAR,
    counts: base.counts,
    areaYear: base.areaYear,
    buurten,
    wijkBoxes,
    national,
    crimeTypes: new Set(types.map((t) => t.code)),
    locate: (lon, lat) => {
      const hit = locator.locate(lon, lat);
      return hit ? { buurtCode: hit.buurt.code, wijkCode: hit.wijk?.code ?? null } : null;
    },
  };
}

export async function seedSyntheticIncidentsIfEmpty(
  ctx: ServiceContext,
  gemeente: string,
  until = new Date(),
): Promise<SyntheticSeedResult | null> {
  const t0 = performance.now();
  const any = await ctx.db.selectFrom('incidents').select('id').where('gemeente_code', '=', gemeente).limit(1).executeTakeFirst();
  if (any) return null;
  const input = await syntheticInput(ctx, gemeente, SYNTHETIC_SEED, until);
  const bulk = bulkSessionOf(ctx.db);
  if (!input || !bulk) return null;
  const generated = generateSyntheticIncidents(input);
  const stored = await bulk((s) =>
    storeEventBatch(s, {
      gemeente,
      source: SYNTHETIC_SOURCE,
      fileName: null,
      mode: 'synthetic',
      actor: actorLabel(ctx.actor),
      batch: generated.batch,
      bad: [],
      rowsRead: generated.batch.length,
    }),
  );
  await appendImportedEvents(ctx, gemeente, generated.batch, stored, true);
  return {
    incidents: stored.inserted.length,
    perYear: generated.perYear,
    placedInWijk: generated.placedInWijk,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** Deletes the synthetic incidents and their batches of `gemeente`; the number of incidents removed. */
export async function removeSyntheticIncidents(ctx: ServiceContext, gemeente: string): Promise<number> {
  const removed = await ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.deleteFrom('incidents').where('gemeente_code', '=', gemeente).where('synthetic', '=', true).executeTakeFirst();
    await trx.deleteFrom('incident_batches').where('gemeente_code', '=', gemeente).where('mode', '=', 'synthetic').execute();
    return Number(rows.numDeletedRows);
  });
  await reloadIncidentColumns(ctx, gemeente);
  return removed;
}

/** The number of synthetic incidents of `gemeente`. */
export async function countSyntheticIncidents(ctx: ServiceContext, gemeente: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .where('synthetic', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
