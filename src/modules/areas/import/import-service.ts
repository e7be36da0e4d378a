/**
 * Imports one vintage from a CBS wijk- en buurtkaart file (GeoJSON, CSV with WKB, GeoPackage).
 * Files are read and checked completely before the database is touched; the write is one
 * transaction, so a failure leaves everything as it was. The relations between vintages are
 * rebuilt after every import and seed (`rebuildRelations`).
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput } from '../../../core/errors.ts';
import { invalidateAreaIndex } from '../locate/area-index-cache.ts';
import type { VintageRecord, WijkInput } from '../vintages/area-record.ts';
import { buildVintage } from '../vintages/build-vintage.ts';
import { coordinatesProblem } from '../geometry/geometry-check.ts';
import type { Crs } from '../geometry/crs.ts';
import { buurtenFromSource, wijkenFromSource } from './normalize-source.ts';
import { readAreaFile } from './read-source.ts';
import { relationsBetween } from '../vintages/relations.ts';
import { detectSourceCrs } from './source-crs.ts';
import { sourceError, type SourceFile } from './source-feature.ts';
import {
  areasOf,
  deleteRelations,
  deleteVintage,
  insertRelations,
  insertVintage,
  lockAreas,
  municipalityName,
  upsertMunicipality,
  vintageYearsOf,
  vintagesOf,
  type Tx,
} from '../area-store.ts';

export interface ImportOptions {
  file: string;
  wijkenFile?: string;
  year?: number;
  municipality: string;
  crs?: Crs;
  replace?: boolean;
  layer?: string;
}

export interface ImportSummary {
  municipality: string;
  year: number;
  crs: Crs;
  replaced: boolean;
  counts: { gemeente: number; wijk: number; buurt: number };
  population: number | null;
  withoutGeometry: string[];
}

/** The vintage year: the option, else the `jrstatcode` column (e.g. 2020BU05050100) CBS files carry. */
function yearOf(source: SourceFile, option: number | undefined): number {
  if (option !== undefined) return option;
  const stat = source.features[0]?.properties.jrstatcode ?? source.features[0]?.properties.JRSTATCODE;
  const match = typeof stat === 'string' ? /^(\d{4})(BU|WK|GM)/.exec(stat) : null;
  if (!match) throw sourceError(source.path, null, 'cannot tell the vintage year (no jrstatcode column); pass --year');
  return Number(match[1]);
}

/** Recomputes the relations between every pair of consecutive loaded vintages. */
export async function rebuildRelations(tx: Tx, gemeente: string): Promise<void> {
  await deleteRelations(tx, gemeente);
  const years = await vintageYearsOf(tx, gemeente);
  for (let i = 1; i < years.length; i++) {
    const [from, to] = await Promise.all([areasOf(tx, gemeente, years[i - 1]!, {}), areasOf(tx, gemeente, years[i]!, {})]);
    await insertRelations(tx, gemeente, relationsBetween(years[i - 1]!, from, years[i]!, to));
  }
}

/** Refuses NaN or infinite coordinates (from WKB or a GeoPackage) before the CRS is guessed from them. */
function checkCoordinates(source: SourceFile): void {
  for (const f of source.features) {
    const problem = f.geometry && coordinatesProblem(f.geometry);
    if (problem) throw sourceError(source.path, f.row, problem);
  }
}

async function readVintage(ctx: ServiceContext, o: ImportOptions): Promise<{ vintage: VintageRecord; crs: Crs }> {
  const source = await readAreaFile(o.file, { layer: o.layer });
  checkCoordinates(source);
  const crs = detectSourceCrs(source, o.crs);
  const { municipality, buurten } = buurtenFromSource(source, crs, o.municipality);
  let wijken: Map<string, WijkInput> | undefined;
  if (o.wijkenFile) {
    const wijkSource = await readAreaFile(o.wijkenFile, { layer: o.layer });
    checkCoordinates(wijkSource);
    wijken = wijkenFromSource(wijkSource, detectSourceCrs(wijkSource, o.crs), municipality);
  }
  const year = yearOf(source, o.year);
  if (year < 1900 || year > 2200) throw invalidInput([{ name: 'year', reason: 'must be between 1900 and 2200' }]);
  const name = buurten.find((b) => b.gemeenteName)?.gemeenteName ?? (await municipalityName(ctx.db, municipality)) ?? municipality;
  const vintage = buildVintage({
    municipality: { code: municipality, name },
    year,
    source: `Imported from ${source.path} (${source.format}, ${crs})`,
    populationYear: buurten.some((b) => b.population !== null) ? year : null,
    buurten,
    wijken,
  });
  return { vintage, crs };
}

function summarise(v: VintageRecord, crs: Crs, replaced: boolean): ImportSummary {
  const count = (level: string) => v.areas.filter((a) => a.level === level).length;
  return {
    municipality: v.municipality.code,
    year: v.year,
    crs,
    replaced,
    counts: { gemeente: count('gemeente'), wijk: count('wijk'), buurt: count('buurt') },
    population: v.areas.find((a) => a.level === 'gemeente')?.population ?? null,
    withoutGeometry: v.areas.filter((a) => !a.geometry).map((a) => a.code),
  };
}

/** Imports a buurten file as one vintage. Refuses an existing vintage unless `replace`. */
export async function importAreas(ctx: ServiceContext, o: ImportOptions): Promise<ImportSummary> {
  authorize(ctx, 'areas:import');
  const { vintage, crs } = await readVintage(ctx, o);
  const gm = vintage.municipality.code;
  const replaced = await ctx.db.transaction().execute(async (tx) => {
    await lockAreas(tx, gm);
    const exists = (await vintagesOf(tx, gm)).some((v) => v.year === vintage.year);
    if (exists && !o.replace) throw conflict(`Areas of ${gm} for ${vintage.year} are already loaded; pass --replace to replace them.`);
    if (exists) await deleteVintage(tx, gm, vintage.year);
    await upsertMunicipality(tx, gm, vintage.municipality.name);
    await insertVintage(tx, vintage);
    await rebuildRelations(tx, gm);
    return exists;
  });
  invalidateAreaIndex(ctx.db, gm, vintage.year);
  return summarise(vintage, crs, replaced);
}
