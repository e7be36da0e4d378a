/** SQL of a case's plan: goals, interventions, nazorg milestones, and who may be responsible. */
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import type { GoalStatus, InterventionResult, LifeDomain, MilestoneKind, MilestoneStatus, Trajectory } from '../tables.ts';

export interface GoalRow {
  id: string;
  domain: LifeDomain;
  text: string | null;
  status: GoalStatus;
  target_date: string | null;
}

export interface InterventionRow {
  id: string;
  case_id: string;
  domain: LifeDomain | null;
  description: string | null;
  partner_id: string | null;
  responsible_user_id: string | null;
  planned_start: string | null;
  planned_end: string | null;
  done_on: string | null;
  outcome: string | null;
  result: InterventionResult;
}

export type InterventionValues = Omit<InterventionRow, 'id' | 'case_id'>;

export async function planHead(db: Db, caseId: string): Promise<{ trajectory: Trajectory | null; plan_set_at: Date | null } | undefined> {
  return db.selectFrom('cases').select(['trajectory', 'plan_set_at']).where('id', '=', caseId).executeTakeFirst();
}

export function goalRows(db: Db, caseId: string): Promise<GoalRow[]> {
  return db
    .selectFrom('case_goals')
    .select(['id', 'domain', 'text', 'status', dateText('target_date').as('target_date')])
    .where('case_id', '=', caseId)
    .orderBy('sort')
    .orderBy('created_at')
    .execute();
}

export function interventionRows(db: Db, caseId: string, id?: string): Promise<InterventionRow[]> {
  let q = db
    .selectFrom('case_interventions')
    .select([
      'id',
      'case_id',
      'domain',
      'description',
      'partner_id',
      'responsible_user_id',
      dateText('planned_start').as('planned_start'),
      dateText('planned_end').as('planned_end'),
      dateText('done_on').as('done_on'),
      'outcome',
      'result',
    ])
    .where('case_id', '=', caseId);
  if (id) q = q.where('id', '=', id);
  return q.orderBy('created_at').orderBy('id').execute();
}

export function milestoneRows(
  db: Db,
  caseId: string,
): Promise<Array<{ kind: MilestoneKind; status: MilestoneStatus; on_date: string | null }>> {
  return db
    .selectFrom('case_milestones')
    .select(['kind', 'status', dateText('on_date').as('on_date')])
    .where('case_id', '=', caseId)
    .execute();
}

/** The people assigned to the case (director and members), with the organisation they act for. */
export function caseMemberRows(
  db: Db,
  caseId: string,
): Promise<Array<{ user_id: string; member_role: string; partner_id: string | null }>> {
  return db.selectFrom('case_members').select(['user_id', 'member_role', 'partner_id']).where('case_id', '=', caseId).execute();
}

/** The partner organisations of the case: those involved, and those its members act for. */
export async function casePartnerIds(db: Db, caseId: string): Promise<string[]> {
  const [involved, members] = await Promise.all([
    db.selectFrom('case_partners').select('partner_id').where('case_id', '=', caseId).execute(),
    caseMemberRows(db, caseId),
  ]);
  const ids = [...involved.map((r) => r.partner_id), ...members.map((m) => m.partner_id)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Sets the trajectory and replaces the goals (kept ids stay, others are removed), in one transaction. */
export async function replacePlan(
  db: Db,
  caseId: string,
  trajectory: Trajectory | null,
  goals: Array<{ id: string; domain: LifeDomain; text: string; status: GoalStatus; target_date: string | null }>,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('cases').set({ trajectory, updated_at: new Date() }).where('id', '=', caseId).execute();
    await tx.deleteFrom('case_goals').where('case_id', '=', caseId).execute();
    if (goals.length === 0) return;
    await tx
      .insertInto('case_goals')
      .values(goals.map((g, sort) => ({ ...g, case_id: caseId, sort })))
      .execute();
  });
}

export async function insertIntervention(
  db: Db,
  caseId: string,
  id: string,
  values: InterventionValues,
  createdBy: string | null,
): Promise<void> {
  await db
    .insertInto('case_interventions')
    .values({ id, case_id: caseId, ...values, created_by: createdBy })
    .execute();
}

export async function updateIntervention(db: Db, caseId: string, id: string, values: Partial<InterventionValues>): Promise<void> {
  await db
    .updateTable('case_interventions')
    .set({ ...values, updated_at: new Date() })
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .execute();
}

export async function replaceMilestones(
  db: Db,
  caseId: string,
  milestones: Array<{ kind: MilestoneKind; status: MilestoneStatus; on_date: string | null }>,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('case_milestones').where('case_id', '=', caseId).execute();
    if (milestones.length === 0) return;
    await tx
      .insertInto('case_milestones')
      .values(milestones.map((m) => ({ ...m, case_id: caseId })))
      .execute();
  });
}
