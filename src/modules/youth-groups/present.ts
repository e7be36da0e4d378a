/** Rows → API views of the register. No references to PGA cases: a case links to a group (cases module), never the other way. */
import { can, type ServiceContext } from '../../core/context.ts';
import { findMission } from '../missions/index.ts';
import { partnerNames } from '../network/index.ts';
import { accountSummaries } from '../users/index.ts';
import { reviewDue } from './access.ts';
import type { AssessmentRow, GroupRow } from './group-store.ts';
import type { AssessmentView, GroupSummary, GroupView } from './schema.ts';
import { scoresOf } from './shortlist.ts';

export function presentSummary(row: GroupRow, assessments: readonly AssessmentRow[], today: string): GroupSummary {
  const latest = assessments.at(-1);
  return {
    id: row.id,
    name: row.name,
    areaCode: row.area_code,
    classification: latest?.classification ?? null,
    lastAssessedOn: latest?.assessed_on ?? null,
    reviewDate: row.review_date,
    reviewDue: reviewDue(row.review_date, today),
    hangplekken: row.hangplekken,
    demo: row.demo,
  };
}

export function presentAssessment(a: AssessmentRow, names: ReadonlyMap<string, { name: string }>): AssessmentView {
  const assessor = a.assessor_id ? names.get(a.assessor_id) : undefined;
  return {
    id: a.id,
    assessedOn: a.assessed_on,
    assessor: a.assessor_id && assessor ? { id: a.assessor_id, name: assessor.name } : null,
    answers: a.answers,
    scores: scoresOf(a.answers),
    computed: a.computed,
    classification: a.classification,
    deviationReason: a.deviation_reason,
  };
}

/** The assessments, oldest first, with the assessors' names. */
export async function presentAssessments(ctx: ServiceContext, rows: readonly AssessmentRow[]): Promise<AssessmentView[]> {
  const names = await accountSummaries(
    ctx.db,
    rows.flatMap((a) => (a.assessor_id ? [a.assessor_id] : [])),
  );
  return rows.map((a) => presentAssessment(a, names));
}

export async function presentGroup(
  ctx: ServiceContext,
  gemeente: string,
  row: GroupRow,
  assessments: readonly AssessmentRow[],
  today: string,
): Promise<GroupView> {
  const partners = await partnerNames(ctx.db, row.partner_ids);
  const mission = row.mission_id ? await findMission(ctx.db, gemeente, row.mission_id) : undefined;
  const owner = row.owner_id ? (await accountSummaries(ctx.db, [row.owner_id])).get(row.owner_id) : undefined;
  return {
    ...presentSummary(row, assessments, today),
    description: row.description,
    sizeEstimate: row.size_estimate,
    ageMin: row.age_min,
    ageMax: row.age_max,
    measures: row.measures,
    partners: row.partner_ids.flatMap((id) => (partners.has(id) ? [{ id, name: partners.get(id)! }] : [])),
    mission: mission ? { id: mission.id, title: mission.title } : null,
    owner: owner ? { id: owner.id, name: owner.name } : null,
    assessments: await presentAssessments(ctx, assessments),
    canEdit: can(ctx.actor, 'youthgroups:edit'),
  };
}
