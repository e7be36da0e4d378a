/**
 * The areas service: what routes, the CLI and other modules call. Areas are public aggregate
 * data (CBS), so reading needs no login; importing needs `areas:import` (see import/import-service.ts).
 */
import type { ServiceContext } from '../../core/context.ts';
import { notFound, notFoundBecause } from '../../core/errors.ts';
import { areaFeature, areaSummary, type AreaFeature, type AreaSummary } from './present.ts';
import {
  areaCodesOf,
  isAreaCode,
  areaNamesOf,
  areaNodesOf,
  areasOf,
  areaSummaries,
  relationsOf,
  vintagesOf,
  type AreaNode,
  type RelationRow,
  type VintageRow,
} from './area-store.ts';
import type { AreaLevel } from './tables.ts';

export const AREA_LEVELS: readonly AreaLevel[] = ['gemeente', 'wijk', 'buurt'];

/** The vintage for `year`, or the newest when `year` is omitted; 404 listing the loaded years otherwise. */
export async function resolveVintage(ctx: ServiceContext, gemeente: string, year?: number): Promise<VintageRow> {
  const vintages = await vintagesOf(ctx.db, gemeente);
  if (vintages.length === 0) throw notFoundBecause(`No areas are loaded for ${gemeente}.`);
  const found = year === undefined ? vintages[0] : vintages.find((v) => v.year === year);
  if (!found) {
    throw notFoundBecause(`No areas for year ${year}. Available years: ${vintages.map((v) => v.year).join(', ')}.`);
  }
  return found;
}

export interface AreaCollection {
  type: 'FeatureCollection';
  year: number;
  level: AreaLevel;
  features: AreaFeature[];
}

/** All areas of one level in a vintage (default: buurten of the newest vintage) as GeoJSON. */
export async function listAreas(
  ctx: ServiceContext,
  gemeente: string,
  q: { level?: AreaLevel; year?: number } = {},
): Promise<AreaCollection> {
  const vintage = await resolveVintage(ctx, gemeente, q.year);
  const level = q.level ?? 'buurt';
  const rows = await areasOf(ctx.db, gemeente, vintage.year, { level });
  return { type: 'FeatureCollection', year: vintage.year, level, features: rows.map((r) => areaFeature(r)) };
}

/** Names of area codes in the vintage `year` (codes not in that vintage are left out); cheap, for labels. */
export function areaNames(ctx: ServiceContext, gemeente: string, year: number, codes: readonly string[]): Promise<Map<string, string>> {
  return areaNamesOf(ctx.db, gemeente, year, codes);
}

/** The years of the loaded vintages, newest first (empty when no areas are loaded). */
export async function vintageYears(ctx: ServiceContext, gemeente: string): Promise<number[]> {
  return (await vintagesOf(ctx.db, gemeente)).map((v) => v.year);
}

/** Every area of the vintage `year` (all levels, no geometry) with its parent code: for sums and checks of codes. */
export function areaHierarchy(ctx: ServiceContext, gemeente: string, year: number): Promise<AreaNode[]> {
  return areaNodesOf(ctx.db, gemeente, year);
}

/**
 * The codes of the municipality's areas in any loaded vintage (optionally of one level): for
 * checking codes other modules are given (a survey file, a buurt to follow) without reading `areas`.
 */
export function knownAreaCodes(ctx: Pick<ServiceContext, 'db'>, gemeente: string, level?: AreaLevel): Promise<Set<string>> {
  return areaCodesOf(ctx.db, gemeente, level);
}

/**
 * Whether one code names an area of a municipality at a level in any loaded vintage (CBS redraws
 * buurten: a code of an older indeling still names a place), e.g. a buurt subscription in signals.
 */
export function isKnownArea(ctx: Pick<ServiceContext, 'db'>, gemeente: string, level: AreaLevel, code: string): Promise<boolean> {
  return isAreaCode(ctx.db, gemeente, level, code);
}

export interface AreaDetail extends AreaFeature {
  parent: AreaSummary | null;
  children: AreaSummary[];
  relations: RelationRow[];
}

export async function getArea(ctx: ServiceContext, gemeente: string, code: string, year?: number): Promise<AreaDetail> {
  const vintage = await resolveVintage(ctx, gemeente, year);
  const [row] = await areasOf(ctx.db, gemeente, vintage.year, { code });
  if (!row) throw notFound(`Area ${vintage.year}`, code);
  const [parentRows, children, relations] = await Promise.all([
    row.parent_code ? areasOf(ctx.db, gemeente, vintage.year, { code: row.parent_code }) : Promise.resolve([]),
    areasOf(ctx.db, gemeente, vintage.year, { parent: code }),
    relationsOf(ctx.db, gemeente, code),
  ]);
  return {
    ...areaFeature(row, true),
    parent: parentRows[0] ? areaSummary(parentRows[0]) : null,
    children: children.map(areaSummary),
    relations,
  };
}

export interface VintageInfo {
  year: number;
  source: string;
  populationYear: number | null;
  note: string | null;
  loadedAt: string;
  counts: Record<AreaLevel, number>;
  /** Sum of buurt populations. */
  population: number | null;
  areasWithoutGeometry: string[];
}

/** Every loaded vintage, newest first, with counts per level and the buurt population total. */
export async function listVintages(ctx: ServiceContext, gemeente: string): Promise<VintageInfo[]> {
  const [vintages, areas] = await Promise.all([vintagesOf(ctx.db, gemeente), areaSummaries(ctx.db, gemeente)]);
  return vintages.map((v) => {
    const mine = areas.filter((a) => a.year === v.year);
    const buurten = mine.filter((a) => a.level === 'buurt' && a.population !== null);
    return {
      ...v,
      counts: {
        gemeente: 0,
        wijk: 0,
        buurt: 0,
        ...Object.fromEntries(AREA_LEVELS.map((l) => [l, mine.filter((a) => a.level === l).length])),
      },
      population: buurten.length ? buurten.reduce((s, a) => s + a.population!, 0) : null,
      areasWithoutGeometry: mine.filter((a) => !a.hasGeometry).map((a) => a.code),
    };
  });
}
