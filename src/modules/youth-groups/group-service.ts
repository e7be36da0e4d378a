/**
 * The register of youth groups: list, read, register and change a group. Every read is logged in
 * the processing log (a sensitive register). Groups hold no case references: cases link to groups.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput } from '../../core/errors.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { recordProcessing } from '../audit/index.ts';
import { assessmentRows, type GroupValues, groupNameTaken, groupRows, insertGroup, updateGroup } from './group-store.ts';
import { groupNotFound } from './not-found.ts';
import { presentGroup, presentSummary } from './present.ts';
import { checkReferences } from './references.ts';
import type { GroupChange, GroupInput, GroupSummary, GroupView } from './schema.ts';

export interface RegisterEnv {
  gemeente: string;
  /** YYYY-MM-DD, for "review due". */
  today: string;
}

const subject = (id: string) => ({ type: 'youth-group', id });

export async function listGroups(ctx: ServiceContext, env: RegisterEnv, area?: string): Promise<GroupSummary[]> {
  authorize(ctx, 'youthgroups:read');
  const rows = await groupRows(ctx.db, env.gemeente, { area });
  const assessments = await assessmentRows(
    ctx.db,
    rows.map((r) => r.id),
  );
  await recordProcessing(ctx, {
    activity: 'youthgroups.register',
    operation: 'read',
    attributes: { area: area ?? null, groups: rows.length },
  });
  return rows.map((r) =>
    presentSummary(
      r,
      assessments.filter((a) => a.group_id === r.id),
      env.today,
    ),
  );
}

/** One group with its assessments (logged). */
export async function getGroup(ctx: ServiceContext, env: RegisterEnv, id: string): Promise<GroupView> {
  authorize(ctx, 'youthgroups:read');
  const [row] = await groupRows(ctx.db, env.gemeente, { id });
  if (!row) throw groupNotFound(id);
  const assessments = await assessmentRows(ctx.db, [id]);
  await recordProcessing(ctx, { activity: 'youthgroups.register', operation: 'read', subject: subject(id) });
  return presentGroup(ctx, env.gemeente, row, assessments, env.today);
}

function valuesOf(input: GroupChange): Partial<GroupValues> {
  const v: Partial<GroupValues> = {};
  if (input.name !== undefined) v.name = input.name;
  if (input.areaCode !== undefined) v.area_code = input.areaCode;
  if (input.description !== undefined) v.description = input.description || null;
  if (input.sizeEstimate !== undefined) v.size_estimate = input.sizeEstimate;
  if (input.ageMin !== undefined) v.age_min = input.ageMin;
  if (input.ageMax !== undefined) v.age_max = input.ageMax;
  if (input.hangplekken !== undefined) v.hangplekken = input.hangplekken;
  if (input.measures !== undefined) v.measures = input.measures;
  if (input.partnerIds !== undefined) v.partner_ids = [...new Set<string>(input.partnerIds)];
  if (input.missionId !== undefined) v.mission_id = input.missionId;
  if (input.ownerId !== undefined) v.owner_id = input.ownerId;
  if (input.reviewDate !== undefined) v.review_date = input.reviewDate;
  return v;
}

const nameTaken = (name: string) => conflict(`Er is al een jeugdgroep met de naam '${name}'.`);
const ownerGone = () => invalidInput([{ name: 'body.ownerId', reason: 'deze medewerker bestaat niet (meer)' }]);

export async function createGroup(ctx: ServiceContext, env: RegisterEnv, input: GroupInput): Promise<GroupView> {
  authorize(ctx, 'youthgroups:edit');
  await checkReferences(ctx, env.gemeente, input);
  if (await groupNameTaken(ctx.db, env.gemeente, input.name)) throw nameTaken(input.name);
  const id = randomUUID();
  const values = {
    description: null,
    size_estimate: null,
    age_min: null,
    age_max: null,
    hangplekken: [],
    measures: [],
    partner_ids: [],
    mission_id: null,
    owner_id: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    review_date: null,
    ...valuesOf(input),
  } as GroupValues;
  await guardedWrite(() => insertGroup(ctx.db, env.gemeente, id, values), { missing: ownerGone, duplicate: () => nameTaken(input.name) });
  await recordProcessing(ctx, { activity: 'youthgroups.register', operation: 'create', subject: subject(id) });
  return getGroup(ctx, env, id);
}

export async function changeGroup(ctx: ServiceContext, env: RegisterEnv, id: string, change: GroupChange): Promise<GroupView> {
  authorize(ctx, 'youthgroups:edit');
  const [row] = await groupRows(ctx.db, env.gemeente, { id });
  if (!row) throw groupNotFound(id);
  await checkReferences(ctx, env.gemeente, change);
  if (change.name !== undefined && (await groupNameTaken(ctx.db, env.gemeente, change.name, id))) throw nameTaken(change.name);
  const ageMin = change.ageMin !== undefined ? change.ageMin : row.age_min;
  const ageMax = change.ageMax !== undefined ? change.ageMax : row.age_max;
  if (ageMin != null && ageMax != null && ageMin > ageMax)
    throw invalidInput([{ name: 'body.ageMax', reason: 'must not be below ageMin' }]);
  await guardedWrite(() => updateGroup(ctx.db, env.gemeente, id, valuesOf(change)), {
    missing: ownerGone,
    duplicate: () => nameTaken(change.name ?? row.name),
  });
  await recordProcessing(ctx, {
    activity: 'youthgroups.register',
    operation: 'update',
    subject: subject(id),
    attributes: { fields: Object.keys(change) },
  });
  return getGroup(ctx, env, id);
}
