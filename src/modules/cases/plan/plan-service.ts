/**
 * A case's plan: the trajectory, goals per life domain, interventions and the milestones of a
 * nazorg trajectory. Every read and write goes through need-to-know (openCase): directors and
 * members read and change it, a break-glass reader only reads, everyone else is refused (logged).
 * The plan counts as "vastgesteld" when the director sets that status (case-routes); not here.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput, notFound } from '../../../core/errors.ts';
import { partnerNames } from '../../network/index.ts';
import { accountSummaries } from '../../users/index.ts';
import { type CaseAccess, openCase } from '../access/case-access.ts';
import type { InterventionChange, InterventionInput, InterventionView, MilestonesInput, PlanInput, PlanView } from './plan-schema.ts';
import {
  caseMemberRows,
  casePartnerIds,
  goalRows,
  type InterventionRow,
  type InterventionValues,
  insertIntervention,
  interventionRows,
  milestoneRows,
  planHead,
  replaceMilestones,
  replacePlan,
  updateIntervention,
} from './plan-store.ts';
import { MILESTONE_KINDS } from '../tables.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function presentIntervention(r: InterventionRow, partners: Map<string, string>, people: Map<string, { name: string }>): InterventionView {
  const partnerName = r.partner_id ? partners.get(r.partner_id) : undefined;
  const person = r.responsible_user_id ? people.get(r.responsible_user_id) : undefined;
  return {
    id: r.id,
    domain: r.domain,
    description: r.description,
    partner: r.partner_id ? { id: r.partner_id, name: partnerName ?? '—' } : null,
    responsible: r.responsible_user_id ? { id: r.responsible_user_id, name: person?.name ?? '—' } : null,
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    doneOn: r.done_on,
    outcome: r.outcome,
    result: r.result,
  };
}

/** The plan as the caller may see it; call only after openCase. */
async function planOf(ctx: ServiceContext, access: CaseAccess): Promise<PlanView> {
  const id = access.caseId;
  const [head, goals, interventions, milestones, members, partnerIds] = await Promise.all([
    planHead(ctx.db, id),
    goalRows(ctx.db, id),
    interventionRows(ctx.db, id),
    milestoneRows(ctx.db, id),
    caseMemberRows(ctx.db, id),
    casePartnerIds(ctx.db, id),
  ]);
  const allPartnerIds = [...partnerIds, ...interventions.map((i) => i.partner_id).filter((p): p is string => p !== null)];
  const userIds = [...members.map((m) => m.user_id), ...interventions.map((i) => i.responsible_user_id).filter((u): u is string => !!u)];
  const [partners, people] = await Promise.all([partnerNames(ctx.db, allPartnerIds), accountSummaries(ctx.db, userIds)]);
  return {
    caseId: id,
    reference: access.reference,
    trajectory: head?.trajectory ?? null,
    planSetAt: iso(head?.plan_set_at ?? null),
    goals: goals.map((g) => ({ id: g.id, domain: g.domain, text: g.text, status: g.status, targetDate: g.target_date })),
    interventions: interventions.map((r) => presentIntervention(r, partners, people)),
    milestones: MILESTONE_KINDS.map((kind) => {
      const m = milestones.find((x) => x.kind === kind);
      return { kind, status: m?.status ?? 'open', date: m?.on_date ?? null };
    }),
    members: members.map((m) => ({ id: m.user_id, name: people.get(m.user_id)?.name ?? '—', partnerId: m.partner_id })),
    partners: partnerIds.map((p) => ({ id: p, name: partners.get(p) ?? '—' })),
    permissions: { edit: access.mayEdit, via: access.via },
  };
}

export async function getPlan(ctx: ServiceContext, caseId: string): Promise<PlanView> {
  const access = await openCase(ctx, caseId, { operation: 'read', attributes: { part: 'plan' } });
  return planOf(ctx, access);
}

export async function savePlan(ctx: ServiceContext, caseId: string, input: PlanInput): Promise<PlanView> {
  const access = await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'plan', goals: input.goals.length } });
  const known = new Set((await goalRows(ctx.db, caseId)).map((g) => g.id));
  const goals = input.goals.map((g) => ({
    id: g.id && known.has(g.id) ? g.id : randomUUID(),
    domain: g.domain,
    text: g.text,
    status: g.status,
    target_date: g.targetDate ?? null,
  }));
  await replacePlan(ctx.db, caseId, input.trajectory, goals);
  return planOf(ctx, access);
}

/** The partner must exist and the responsible person must be assigned to the case. */
async function checkResponsible(ctx: ServiceContext, caseId: string, input: InterventionChange): Promise<void> {
  if (input.partnerId) {
    const found = await partnerNames(ctx.db, [input.partnerId]);
    if (!found.has(input.partnerId)) throw invalidInput([{ name: 'body.partnerId', reason: 'deze partner bestaat niet' }]);
  }
  if (input.responsibleUserId) {
    const members = await caseMemberRows(ctx.db, caseId);
    if (!members.some((m) => m.user_id === input.responsibleUserId))
      throw invalidInput([{ name: 'body.responsibleUserId', reason: 'alleen iemand die aan de casus is toegewezen' }]);
  }
}

function valuesOf(input: InterventionChange): Partial<InterventionValues> {
  const v: Partial<InterventionValues> = {};
  if (input.domain !== undefined) v.domain = input.domain;
  if (input.description !== undefined) v.description = input.description;
  if (input.partnerId !== undefined) v.partner_id = input.partnerId;
  if (input.responsibleUserId !== undefined) v.responsible_user_id = input.responsibleUserId;
  if (input.plannedStart !== undefined) v.planned_start = input.plannedStart;
  if (input.plannedEnd !== undefined) v.planned_end = input.plannedEnd;
  if (input.doneOn !== undefined) v.done_on = input.doneOn;
  if (input.outcome !== undefined) v.outcome = input.outcome || null;
  if (input.result !== undefined) v.result = input.result;
  return v;
}

async function interventionView(ctx: ServiceContext, caseId: string, id: string): Promise<InterventionView> {
  const [row] = await interventionRows(ctx.db, caseId, id);
  if (!row) throw notFound('Intervention', id);
  const [partners, people] = await Promise.all([
    partnerNames(ctx.db, row.partner_id ? [row.partner_id] : []),
    accountSummaries(ctx.db, row.responsible_user_id ? [row.responsible_user_id] : []),
  ]);
  return presentIntervention(row, partners, people);
}

export async function addIntervention(ctx: ServiceContext, caseId: string, input: InterventionInput): Promise<InterventionView> {
  await openCase(ctx, caseId, { operation: 'create', attributes: { part: 'intervention' } });
  await checkResponsible(ctx, caseId, input);
  const id = randomUUID();
  const values: InterventionValues = {
    domain: null,
    partner_id: null,
    responsible_user_id: null,
    planned_start: null,
    planned_end: null,
    done_on: null,
    outcome: null,
    result: 'onbekend',
    description: input.description,
    ...valuesOf(input),
  };
  await insertIntervention(ctx.db, caseId, id, values, ctx.actor.kind === 'user' ? ctx.actor.userId : null);
  return interventionView(ctx, caseId, id);
}

export async function changeIntervention(
  ctx: ServiceContext,
  caseId: string,
  id: string,
  input: InterventionChange,
): Promise<InterventionView> {
  await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'intervention', intervention: id } });
  const [row] = await interventionRows(ctx.db, caseId, id);
  if (!row) throw notFound('Intervention', id);
  const start = input.plannedStart !== undefined ? input.plannedStart : row.planned_start;
  const end = input.plannedEnd !== undefined ? input.plannedEnd : row.planned_end;
  if (start && end && end < start) throw invalidInput([{ name: 'body.plannedEnd', reason: 'ligt vóór de geplande start' }]);
  await checkResponsible(ctx, caseId, input);
  await updateIntervention(ctx.db, caseId, id, valuesOf(input));
  return interventionView(ctx, caseId, id);
}

export async function saveMilestones(ctx: ServiceContext, caseId: string, input: MilestonesInput): Promise<PlanView> {
  const access = await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'milestones' } });
  const head = await planHead(ctx.db, caseId);
  if (head?.trajectory !== 'nazorg') throw conflict('Mijlpalen horen bij een nazorgtraject; kies eerst het traject nazorg.');
  await replaceMilestones(
    ctx.db,
    caseId,
    input.milestones.map((m) => ({ kind: m.kind, status: m.status, on_date: m.date ?? null })),
  );
  return planOf(ctx, access);
}
