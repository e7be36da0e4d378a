/**
 * Shortlist assessments of a group: the classification over time. The rule (shortlist.ts) computes
 * the class; the assessor may record another with a reason. The assessor is the acting staff user.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { recordProcessing } from '../audit/index.ts';
import type { RegisterEnv } from './group-service.ts';
import { type AssessmentRow, assessmentRows, groupRows, insertAssessment } from './group-store.ts';
import { groupNotFound } from './not-found.ts';
import { presentAssessments } from './present.ts';
import type { AssessmentInput, AssessmentView } from './schema.ts';
import { classify } from './shortlist.ts';

async function requireGroup(ctx: ServiceContext, env: RegisterEnv, id: string): Promise<void> {
  const [row] = await groupRows(ctx.db, env.gemeente, { id });
  if (!row) throw groupNotFound(id);
}

export async function listAssessments(ctx: ServiceContext, env: RegisterEnv, groupId: string): Promise<AssessmentView[]> {
  authorize(ctx, 'youthgroups:read');
  await requireGroup(ctx, env, groupId);
  const rows = await assessmentRows(ctx.db, [groupId]);
  await recordProcessing(ctx, {
    activity: 'youthgroups.register',
    operation: 'read',
    subject: { type: 'youth-group', id: groupId },
    attributes: { assessments: rows.length },
  });
  return presentAssessments(ctx, rows);
}

/** The answers given (codes and values checked by the schema; a missing item counts 0). */
const answersGiven = (answers: Readonly<Record<string, number | undefined>>): Record<string, number> =>
  Object.fromEntries(Object.entries(answers).filter((e): e is [string, number] => e[1] !== undefined));

export async function addAssessment(
  ctx: ServiceContext,
  env: RegisterEnv,
  groupId: string,
  input: AssessmentInput,
): Promise<AssessmentView> {
  authorize(ctx, 'youthgroups:edit');
  await requireGroup(ctx, env, groupId);
  if (input.assessedOn > env.today) throw invalidInput([{ name: 'body.assessedOn', reason: 'een beoordeling ligt niet in de toekomst' }]);
  const answers = answersGiven(input.answers);
  const computed = classify(answers);
  const classification = input.classification ?? computed;
  if (classification !== computed && !input.deviationReason)
    throw invalidInput([
      { name: 'body.deviationReason', reason: `de regel geeft '${computed}'; geef een reden om '${classification}' vast te leggen` },
    ]);
  const row: AssessmentRow = {
    id: randomUUID(),
    group_id: groupId,
    assessed_on: input.assessedOn,
    assessor_id: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    answers,
    computed,
    classification,
    deviation_reason: classification !== computed ? (input.deviationReason ?? null) : null,
  };
  await insertAssessment(ctx.db, row);
  await recordProcessing(ctx, {
    activity: 'youthgroups.register',
    operation: 'create',
    subject: { type: 'youth-group', id: groupId },
    attributes: { assessment: row.id, classification },
  });
  const [view] = await presentAssessments(ctx, [row]);
  return view!;
}
