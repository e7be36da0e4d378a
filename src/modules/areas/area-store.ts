/**
 * Database access for areas. Writes take a Kysely transaction so a whole vintage is stored or
 * nothing is; reads normalise engine differences (pg returns bigint counts as strings).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { AreaRecord, VintageRecord } from './vintages/area-record.ts';
import type { Geometry } from './geometry/geometry-types.ts';
import { bboxOf } from './geometry/geometry-ops.ts';
import type { AreaRelation } from './vintages/relations.ts';
import type { AreaLevel } from './tables.ts';

export type Tx = Transaction<DB> | Kysely<DB>;

const INSERT_CHUNK = 200;
const jsonb = <T>(value: unknown) => sql<T>`${JSON.stringify(value)}::jsonb`;

export async function upsertMunicipality(tx: Tx, code: string, name: string): Promise<void> {
  await tx
    .insertInto('municipalities')
    .values({ code, name })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name }))
    .execute();
}

function areaRow(gemeente: string, year: number, a: AreaRecord) {
  const box = a.geometry ? bboxOf(a.geometry) : null;
  return {
    gemeente_code: gemeente,
    year,
    code: a.code,
    level: a.level,
    name: a.name,
    parent_code: a.parentCode,
    population: a.population,
    population_year: a.populationYear,
    geometry: a.geometry ? jsonb<Geometry>(a.geometry) : null,
    geometry_year: a.geometryYear,
    min_lon: box?.[0] ?? null,
    min_lat: box?.[1] ?? null,
    max_lon: box?.[2] ?? null,
    max_lat: box?.[3] ?? null,
    is_water: a.isWater,
    note: a.note,
    attributes: jsonb<Record<string, unknown>>(a.attributes),
  };
}

/** Stores one vintage (its `area_vintages` row and all its areas). */
export async function insertVintage(tx: Tx, v: VintageRecord): Promise<void> {
  const gm = v.municipality.code;
  await tx
    .insertInto('area_vintages')
    .values({ gemeente_code: gm, year: v.year, source: v.source, population_year: v.populationYear, note: v.note })
    .execute();
  for (let i = 0; i < v.areas.length; i += INSERT_CHUNK) {
    await tx
      .insertInto('areas')
      .values(v.areas.slice(i, i + INSERT_CHUNK).map((a) => areaRow(gm, v.year, a)))
      .execute();
  }
}

/** Removes a vintage, its areas (by cascade) and every relation to or from it. */
export async function deleteVintage(tx: Tx, gemeente: string, year: number): Promise<void> {
  await tx
    .deleteFrom('area_relations')
    .where('gemeente_code', '=', gemeente)
    .where((eb) => eb.or([eb('from_year', '=', year), eb('to_year', '=', year)]))
    .execute();
  await tx.deleteFrom('area_vintages').where('gemeente_code', '=', gemeente).where('year', '=', year).execute();
}

export async function insertRelations(tx: Tx, gemeente: string, relations: AreaRelation[]): Promise<void> {
  for (let i = 0; i < relations.length; i += INSERT_CHUNK) {
    const rows = relations.slice(i, i + INSERT_CHUNK).map((r) => ({
      gemeente_code: gemeente,
      from_year: r.fromYear,
      from_code: r.fromCode,
      to_year: r.toYear,
      to_code: r.toCode,
      relation: r.relation,
      note: r.note,
    }));
    if (rows.length) await tx.insertInto('area_relations').values(rows).execute();
  }
}

/** Removes every relation between vintages of `gemeente` (before they are rebuilt). */
export async function deleteRelations(tx: Tx, gemeente: string): Promise<void> {
  await tx.deleteFrom('area_relations').where('gemeente_code', '=', gemeente).execute();
}

/** The loaded vintage years of `gemeente`, oldest first (within a transaction too). */
export async function vintageYearsOf(tx: Tx, gemeente: string): Promise<number[]> {
  const rows = await tx.selectFrom('area_vintages').select('year').where('gemeente_code', '=', gemeente).orderBy('year').execute();
  return rows.map((r) => Number(r.year));
}

/** The stored name of a municipality, or null when it has none yet. */
export async function municipalityName(db: Tx, code: string): Promise<string | null> {
  const row = await db.selectFrom('municipalities').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? null;
}

/** Serialises writers of one municipality's areas within the transaction (PostgreSQL advisory lock). */
export async function lockAreas(tx: Tx, gemeente: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${5050_0001}, ${Number(gemeente.slice(2))})`.execute(tx);
}

export async function countAreas(db: Tx, gemeente: string): Promise<number> {
  const row = await db
    .selectFrom('areas')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface VintageRow {
  year: number;
  source: string;
  populationYear: number | null;
  note: string | null;
  loadedAt: string;
}

export async function vintagesOf(db: Db, gemeente: string): Promise<VintageRow[]> {
  const rows = await db
    .selectFrom('area_vintages')
    .select(['year', 'source', 'population_year', 'note', 'loaded_at'])
    .where('gemeente_code', '=', gemeente)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({
    year: Number(r.year),
    source: r.source,
    populationYear: r.population_year === null ? null : Number(r.population_year),
    note: r.note,
    loadedAt: new Date(r.loaded_at).toISOString(),
  }));
}

export interface AreaSummaryRow {
  year: number;
  code: string;
  level: AreaLevel;
  population: number | null;
  hasGeometry: boolean;
}

export async function areaSummaries(db: Db, gemeente: string): Promise<AreaSummaryRow[]> {
  const rows = await db
    .selectFrom('areas')
    .select(['year', 'code', 'level', 'population', sql<boolean>`geometry IS NOT NULL`.as('has_geometry')])
    .where('gemeente_code', '=', gemeente)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    year: Number(r.year),
    code: r.code,
    level: r.level,
    population: r.population === null ? null : Number(r.population),
    hasGeometry: r.has_geometry,
  }));
}

/** Names of the given area codes in one vintage (no geometry read). */
export async function areaNamesOf(db: Db, gemeente: string, year: number, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('areas')
    .select(['code', 'name'])
    .where('gemeente_code', '=', gemeente)
    .where('year', '=', year)
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The codes of `gemeente`'s areas in any loaded vintage, optionally of one level. */
export async function areaCodesOf(db: Db, gemeente: string, level?: AreaLevel): Promise<Set<string>> {
  let q = db.selectFrom('areas').select('code').distinct().where('gemeente_code', '=', gemeente);
  if (level) q = q.where('level', '=', level);
  return new Set((await q.execute()).map((r) => r.code));
}

export interface AreaNode {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  population: number | null;
}

/** Every area of one vintage without its geometry: code, name, level, parent, population. */
export async function areaNodesOf(db: Db, gemeente: string, year: number): Promise<AreaNode[]> {
  const rows = await db
    .selectFrom('areas')
    .select(['code', 'name', 'level', 'parent_code', 'population'])
    .where('gemeente_code', '=', gemeente)
    .where('year', '=', year)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    population: r.population === null ? null : Number(r.population),
  }));
}

const AREA_COLUMNS = [
  'code',
  'level',
  'name',
  'parent_code',
  'year',
  'population',
  'population_year',
  'geometry',
  'geometry_year',
  'min_lon',
  'min_lat',
  'max_lon',
  'max_lat',
  'is_water',
  'note',
] as const;

export type AreaRow = Awaited<ReturnType<typeof areasOf>>[number];

export async function areasOf(db: Db, gemeente: string, year: number, filter: { level?: AreaLevel; parent?: string; code?: string }) {
  let q = db.selectFrom('areas').select(AREA_COLUMNS).where('gemeente_code', '=', gemeente).where('year', '=', year);
  if (filter.level) q = q.where('level', '=', filter.level);
  if (filter.parent) q = q.where('parent_code', '=', filter.parent);
  if (filter.code) q = q.where('code', '=', filter.code);
  return q.orderBy('code').execute();
}

export interface RelationRow {
  fromYear: number;
  fromCode: string;
  toYear: number;
  toCode: string | null;
  relation: string;
}

export async function relationsOf(db: Db, gemeente: string, code: string): Promise<RelationRow[]> {
  const rows = await db
    .selectFrom('area_relations')
    .select(['from_year', 'from_code', 'to_year', 'to_code', 'relation'])
    .where('gemeente_code', '=', gemeente)
    .where((eb) => eb.or([eb('from_code', '=', code), eb('to_code', '=', code)]))
    .orderBy('from_year')
    .execute();
  return rows.map((r) => ({
    fromYear: Number(r.from_year),
    fromCode: r.from_code,
    toYear: Number(r.to_year),
    toCode: r.to_code,
    relation: r.relation,
  }));
}

/** Whether a code names an area of a municipality at a level in any loaded vintage. */
export async function isAreaCode(db: Db, gemeente: string, level: AreaLevel, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('areas')
    .select('code')
    .where('gemeente_code', '=', gemeente)
    .where('level', '=', level)
    .where('code', '=', code)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
