/** Queries on target groups; no authorisation or validation here (the service's job). */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Programme, TargetGroupTables } from './tables.ts';

export type TargetGroupRow = Selectable<TargetGroupTables['target_groups']>;

export interface TargetGroupValues {
  key: string;
  name_nl: string;
  name_en: string;
  description: string;
  partner_ids: string[];
  programmes: Programme[];
  area_codes: string[];
  category_slugs: string[];
  crime_types: string[];
  sort_order: number;
  is_default: boolean;
}

/** jsonb comes back parsed on both engines; a string (older drivers) is parsed here. */
const programmesOf = (value: unknown): Programme[] => (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Programme[];

/** The target groups of a municipality in display order. */
export async function targetGroupRows(db: Db, gemeente: string): Promise<TargetGroupRow[]> {
  const rows = await db
    .selectFrom('target_groups')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .orderBy('sort_order')
    .orderBy('name_nl')
    .execute();
  return rows.map((r) => ({ ...r, programmes: programmesOf(r.programmes) }));
}

export async function countTargetGroups(db: Db, gemeente: string): Promise<number> {
  const row = await db
    .selectFrom('target_groups')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function keyTaken(db: Db, gemeente: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('target_groups')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where('key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findTargetGroup(db: Db, gemeente: string, id: string): Promise<TargetGroupRow | undefined> {
  const row = await db
    .selectFrom('target_groups')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, programmes: programmesOf(row.programmes) } : undefined;
}

/** Inserts a group; `skipExisting`: a group with the same key is left as it is (seeding twice adds nothing). */
export async function insertTargetGroup(db: Db, gemeente: string, id: string, v: TargetGroupValues, skipExisting = false): Promise<void> {
  const query = db.insertInto('target_groups').values({ id, gemeente_code: gemeente, ...v, programmes: JSON.stringify(v.programmes) });
  await (skipExisting ? query.onConflict((oc) => oc.columns(['gemeente_code', 'key']).doNothing()) : query).execute();
}

export async function updateTargetGroup(db: Db, gemeente: string, id: string, change: Partial<TargetGroupValues>): Promise<void> {
  const { programmes, ...rest } = change;
  await db
    .updateTable('target_groups')
    .set({ ...rest, ...(programmes ? { programmes: JSON.stringify(programmes) } : {}), updated_at: new Date() })
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .execute();
}
