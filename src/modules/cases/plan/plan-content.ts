/**
 * The plan and meeting content of a case for the module's other parts: erasing its free texts at
 * retention (keep the skeleton for figures), everything stored on the person for the subject access
 * export, and goal outcomes per life domain for the aggregate figures. Callers have opened the case
 * (or run as the system); nothing here checks access or logs.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import { goalRows, interventionRows, milestoneRows } from './plan-store.ts';
import type { GoalStatus, LifeDomain } from '../tables.ts';

/** Erases the free texts of the case's plan and meetings (goals, interventions, item notes, decisions, actions); returns the rows changed. */
export async function erasePlanAndMeetingTexts(db: Db, caseId: string): Promise<number> {
  const results = await Promise.all([
    db.updateTable('case_goals').set({ text: null }).where('case_id', '=', caseId).where('text', 'is not', null).executeTakeFirst(),
    db
      .updateTable('case_interventions')
      .set({ description: null, outcome: null })
      .where('case_id', '=', caseId)
      .where((eb) => eb.or([eb('description', 'is not', null), eb('outcome', 'is not', null)]))
      .executeTakeFirst(),
    db
      .updateTable('case_meeting_items')
      .set({ notes: null })
      .where('case_id', '=', caseId)
      .where('notes', 'is not', null)
      .executeTakeFirst(),
    db
      .updateTable('case_meeting_decisions')
      .set({ text: null })
      .where('case_id', '=', caseId)
      .where('text', 'is not', null)
      .executeTakeFirst(),
    db
      .updateTable('case_meeting_actions')
      .set({ text: null })
      .where('case_id', '=', caseId)
      .where('text', 'is not', null)
      .executeTakeFirst(),
  ]);
  return results.reduce((n, r) => n + Number(r.numUpdatedRows), 0);
}

/** Everything the plan and the meetings hold on the case's person, for the subject access export (AVG art. 15). */
export async function planSubjectAccessPart(db: Db, caseId: string) {
  const [goals, interventions, milestones, items, decisions, actions] = await Promise.all([
    goalRows(db, caseId),
    interventionRows(db, caseId),
    milestoneRows(db, caseId),
    db
      .selectFrom('case_meeting_items as i')
      .innerJoin('case_meetings as m', 'm.id', 'i.meeting_id')
      .select(['m.id', 'm.title', 'm.starts_at', 'i.notes'])
      .where('i.case_id', '=', caseId)
      .orderBy('m.starts_at')
      .execute(),
    db.selectFrom('case_meeting_decisions').select(['id', 'meeting_id', 'text', 'created_at']).where('case_id', '=', caseId).execute(),
    db
      .selectFrom('case_meeting_actions')
      .select(['decision_id', 'text', dateText('deadline').as('deadline'), 'done_at'])
      .where('case_id', '=', caseId)
      .execute(),
  ]);
  return {
    key: 'plan' as const,
    goals,
    interventions: interventions.map(({ case_id: _c, ...i }) => i),
    milestones,
    meetings: items.map((m) => ({
      title: m.title,
      startsAt: new Date(m.starts_at).toISOString(),
      notes: m.notes,
      decisions: decisions
        .filter((d) => d.meeting_id === m.id)
        .map((d) => ({
          text: d.text,
          at: new Date(d.created_at).toISOString(),
          actions: actions.filter((a) => a.decision_id === d.id).map(({ decision_id: _d, ...a }) => a),
        })),
    })),
  };
}

/** Goals per life domain and status over a set of cases (for the figures; counts only). */
export async function goalOutcomesByDomain(
  db: Db,
  caseIds: readonly string[],
): Promise<Array<{ domain: LifeDomain; status: GoalStatus; goals: number }>> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('case_goals')
    .select(['domain', 'status', sql<string>`count(*)`.as('goals')])
    .where('case_id', 'in', caseIds)
    .groupBy(['domain', 'status'])
    .orderBy('domain')
    .orderBy('status')
    .execute();
  return rows.map((r) => ({ domain: r.domain, status: r.status, goals: Number(r.goals) }));
}
