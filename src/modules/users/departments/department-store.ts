/** Queries on departments and department_members; no authorisation or auditing here. */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export type DepartmentKind = 'afdeling' | 'team';

export interface DepartmentRow {
  id: string;
  name: string;
  kind: DepartmentKind;
  email: string | null;
  active: boolean;
}

export interface MemberRow {
  department_id: string;
  user_id: string;
  email: string;
  display_name: string | null;
}

const COLUMNS = ['id', 'name', 'kind', 'email', 'active'] as const;

export function listDepartmentRows(db: Db, gemeente: string): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').select(COLUMNS).where('gemeente_code', '=', gemeente).orderBy(sql`lower(name)`).execute();
}

export function findDepartment(db: Db, gemeente: string, id: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').select(COLUMNS).where('gemeente_code', '=', gemeente).where('id', '=', id).executeTakeFirst();
}

/** Another department of the municipality with this name (case-insensitive), if any. */
export function findDepartmentByName(db: Db, gemeente: string, name: string, exceptId?: string): Promise<DepartmentRow | undefined> {
  let query = db
    .selectFrom('departments')
    .select(COLUMNS)
    .where('gemeente_code', '=', gemeente)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertDepartment(db: Db, gemeente: string, row: DepartmentRow): Promise<void> {
  await db
    .insertInto('departments')
    .values({ id: row.id, gemeente_code: gemeente, name: row.name, kind: row.kind, email: row.email, active: row.active })
    .execute();
}

export async function updateDepartment(db: Db, gemeente: string, row: DepartmentRow): Promise<void> {
  await db
    .updateTable('departments')
    .set({ name: row.name, kind: row.kind, email: row.email, active: row.active, updated_at: new Date() })
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', row.id)
    .execute();
}

export async function countDepartments(db: Db, gemeente: string): Promise<number> {
  const row = await db
    .selectFrom('departments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The members of the municipality's departments, with who they are. */
export function listMemberRows(db: Db, gemeente: string): Promise<MemberRow[]> {
  return db
    .selectFrom('department_members as m')
    .innerJoin('departments as d', 'd.id', 'm.department_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.department_id', 'm.user_id', 'u.email', 'u.display_name'])
    .where('d.gemeente_code', '=', gemeente)
    .orderBy('u.email')
    .execute();
}

/** Adds the member; false when they already were one. */
export async function insertMember(db: Db, departmentId: string, userId: string): Promise<boolean> {
  const result = await db
    .insertInto('department_members')
    .values({ department_id: departmentId, user_id: userId })
    .onConflict((oc) => oc.columns(['department_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return result !== undefined;
}

/** Removes the member; false when they were not one. */
export async function deleteMember(db: Db, departmentId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('department_members')
    .where('department_id', '=', departmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Per account id (all, or the one given), the names of its active departments (for the users list). */
export async function departmentNamesOfUsers(db: Db, userId?: string): Promise<Map<string, string[]>> {
  let query = db
    .selectFrom('department_members as m')
    .innerJoin('departments as d', 'd.id', 'm.department_id')
    .select(['m.user_id', 'd.name'])
    .where('d.active', '=', true);
  if (userId) query = query.where('m.user_id', '=', userId);
  const rows = await query.orderBy(sql`lower(d.name)`).execute();
  const byUser = new Map<string, string[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.name]);
  return byUser;
}
