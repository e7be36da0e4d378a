/** SQL of the demo cases: insert, count and remove the rows marked demo, and the demo procesregisseur's id. */
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { CasesTables } from '../tables.ts';

export async function demoDirectorId(db: Db, gemeente: string): Promise<string | undefined> {
  const row = await db.selectFrom('case_demo_director').select('user_id').where('gemeente_code', '=', gemeente).executeTakeFirst();
  return row?.user_id;
}

export async function saveDemoDirector(db: Db, gemeente: string, userId: string): Promise<void> {
  await db
    .insertInto('case_demo_director')
    .values({ gemeente_code: gemeente, user_id: userId })
    .onConflict((oc) => oc.column('gemeente_code').doUpdateSet({ user_id: userId }))
    .execute();
}

export interface DemoCaseRows {
  case: Insertable<CasesTables['cases']>;
  members: Insertable<CasesTables['case_members']>[];
  household: Insertable<CasesTables['case_household']>[];
  history: Insertable<CasesTables['case_status_history']>[];
}

export async function insertDemoCase(db: Db, rows: DemoCaseRows): Promise<void> {
  await db.insertInto('cases').values(rows.case).execute();
  if (rows.members.length) await db.insertInto('case_members').values(rows.members).execute();
  if (rows.household.length) await db.insertInto('case_household').values(rows.household).execute();
  if (rows.history.length) await db.insertInto('case_status_history').values(rows.history).execute();
}

export async function countDemoCases(db: Db, gemeente: string): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes the demo cases (their members, household, history, links and break-glass go with them: ON DELETE CASCADE). */
export async function deleteDemoCases(db: Db, gemeente: string): Promise<number> {
  const result = await db.deleteFrom('cases').where('gemeente_code', '=', gemeente).where('demo', '=', true).executeTakeFirst();
  return Number(result.numDeletedRows);
}
