/**
 * Missions (opgaven): create from an analysis view with frozen evidence, read, list, edit, and
 * move through the status workflow (workflow.ts) with history. Authorisation per mission in
 * access.ts; every reply carries the caller's permissions.
 */
import { randomUUID } from 'node:crypto';
import { actorLabel, authorize, can, type ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput } from '../../core/errors.ts';
import { notFound } from './not-found.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { recordProcessing } from '../audit/index.ts';
import { missionPermissions, requireMissionAccess } from './access.ts';
import { missionIdsOfActor } from '../network/index.ts';
import { insertEvidence, prepareEvidence } from './evidence/evidence-service.ts';
import {
  addStatusHistory,
  contentCounts,
  evidenceRows,
  findMission,
  listMissionRows,
  nextMissionNumber,
  statusHistory,
  type MissionFilter,
  type MissionRow,
} from './mission-store.ts';
import { figureRule, type FigureRule } from './disclosure.ts';
import { ownerErrors, scopeErrors } from './mission-validate.ts';
import { presentEvidence, presentSummary, scopeNames, type EvidenceRow } from './present.ts';
import type { CreateMissionInput, MissionDetail, MissionSummary, PatchMissionInput } from './schema.ts';
import type { Scope } from './scope/scope.ts';
import type { MissionSettings } from './settings.ts';
import type { MissionStatus } from './tables.ts';
import { checkTransition, transitionsFrom } from './workflow.ts';

const json = (v: unknown) => JSON.stringify(v ?? null);

/**
 * Replies name each mission's owner (a staff member: display name or e-mail): personal data, so
 * every read is in the processing log — one record per owner shown, with the missions it was shown for.
 */
async function logOwnerReads(ctx: ServiceContext, rows: Pick<MissionRow, 'id' | 'owner_id'>[]): Promise<void> {
  const byOwner = new Map<string, string[]>();
  for (const r of rows) if (r.owner_id) byOwner.set(r.owner_id, [...(byOwner.get(r.owner_id) ?? []), r.id]);
  for (const [owner, missions] of byOwner) {
    await recordProcessing(ctx, {
      activity: 'missions.manage',
      operation: 'read',
      subject: { type: 'user', id: owner },
      attributes: { field: 'owner', missions },
    });
  }
}

/** The early-warning candidate a mission came from, with its counts as the caller may see them. */
function discloseOrigin(origin: unknown, rule: FigureRule): unknown {
  if (!origin || typeof origin !== 'object' || rule.detail) return origin ?? null;
  const o = origin as Record<string, unknown>;
  const count = typeof o.count === 'number' ? o.count : null;
  const derived = Object.fromEntries(
    ['expected', 'excess', 'ratio', 'upper'].filter((k) => k in o).map((k) => [k, rule.derived([count], o[k])]),
  );
  return { ...o, ...('count' in o ? { count: rule.count(count) } : {}), ...derived };
}
/** The owner's account was removed between the check and the write. */
const ownerMissing = () => invalidInput([{ name: 'body.ownerId', reason: 'deze gebruiker bestaat niet (meer)' }]);

export async function getMission(ctx: ServiceContext, s: MissionSettings, id: string): Promise<MissionDetail> {
  const gemeente = s.gemeente;
  const permissions = await requireMissionAccess(ctx, gemeente, id, 'read');
  const row = await findMission(ctx.db, gemeente, id);
  if (!row) throw notFound('Mission', id);
  const [history, evidence, counts, names] = await Promise.all([
    statusHistory(ctx.db, id),
    evidenceRows(ctx.db, id),
    contentCounts(ctx.db, [id]),
    scopeNames(ctx, gemeente, [row.scope]),
  ]);
  const c = counts.get(id)!;
  await logOwnerReads(ctx, [row]);
  const content = { goals: c.goals, measures: c.measures, hasStartDate: row.start_date !== null };
  const rule = figureRule(ctx, s, row.scope as Scope);
  const shownEvidence = evidence.map((e) => presentEvidence(e as EvidenceRow, rule));
  return {
    ...presentSummary(row, permissions, names),
    problemStatement: row.problem_statement,
    crimeTypes: row.crime_types,
    signalCategories: row.signal_categories,
    times: row.times,
    reviewIntervalDays: row.review_interval_days,
    prioritisation: {
      impactScore: row.impact_score,
      impactRationale: row.impact_rationale,
      feasibilityScore: row.feasibility_score,
      feasibilityRationale: row.feasibility_rationale,
    },
    effectSettings: row.effect_settings,
    origin: discloseOrigin(row.origin, rule),
    publicSummary: {
      status: row.public_status,
      title: row.public_title,
      summary: row.public_summary,
      join: row.public_join,
      approvedAt: row.public_approved_at?.toISOString() ?? null,
    },
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    allowedTransitions: permissions.transition ? transitionsFrom(row.status, content) : [],
    statusHistory: history.map((h) => ({ from: h.from_status, to: h.to_status, reason: h.reason, actor: h.actor, at: h.at.toISOString() })),
    evidence: shownEvidence,
    disclosure: rule.info(),
    counts: c,
  };
}

/** Missions the caller may read: all for staff with missions:read, participating ones for partners. */
export async function listMissions(
  ctx: ServiceContext,
  gemeente: string,
  f: MissionFilter & { area?: string } = {},
): Promise<MissionSummary[]> {
  if (ctx.actor.kind === 'anonymous') authorize(ctx, 'missions:read');
  const ids = can(ctx.actor, 'missions:read') ? undefined : await missionIdsOfActor(ctx);
  const rows = await listMissionRows(ctx.db, gemeente, { ...f, ...(ids ? { ids } : {}) });
  const inArea = f.area ? rows.filter((r) => (r.scope as { kind: string; codes?: string[] }).codes?.includes(f.area!)) : rows;
  const out: MissionSummary[] = [];
  await logOwnerReads(ctx, inArea);
  const names = await scopeNames(
    ctx,
    gemeente,
    inArea.map((r) => r.scope),
  );
  for (const r of inArea) out.push(presentSummary(r, await missionPermissions(ctx, r.id, ids), names));
  return out;
}

export async function createMission(ctx: ServiceContext, s: MissionSettings, input: CreateMissionInput): Promise<MissionDetail> {
  const gemeente = s.gemeente;
  authorize(ctx, 'missions:edit');
  const errors = [...(await scopeErrors(ctx, gemeente, input.scope)), ...(await ownerErrors(ctx, input.ownerId))];
  if (errors.length) throw invalidInput(errors);
  const env = { gemeente, scope: input.scope, crimeTypes: input.crimeTypes, signalCategories: input.signalCategories };
  const evidence = await prepareEvidence(ctx, input.evidence, env);
  const id = randomUUID();
  const actor = actorLabel(ctx.actor);
  const ownerId = input.ownerId !== undefined ? input.ownerId : ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await guardedWrite(
    () =>
      ctx.db.transaction().execute(async (tx) => {
        const number = await nextMissionNumber(tx, gemeente, new Date().getUTCFullYear());
        await tx
          .insertInto('missions')
          .values({
            gemeente_code: gemeente,
            id,
            number,
            title: input.title,
            problem_statement: input.problemStatement,
            scope: json(input.scope),
            crime_types: json(input.crimeTypes),
            signal_categories: json(input.signalCategories),
            times: json(input.times),
            owner_id: ownerId,
            priority: input.priority,
            start_date: input.startDate ?? null,
            next_review: input.nextReview ?? null,
            review_interval_days: input.reviewIntervalDays ?? null,
            impact_score: input.impactScore ?? null,
            impact_rationale: input.impactRationale ?? null,
            feasibility_score: input.feasibilityScore ?? null,
            feasibility_rationale: input.feasibilityRationale ?? null,
            effect_settings: '{}',
            origin: input.origin ? json(input.origin) : null,
            created_by: actor,
          })
          .execute();
        await addStatusHistory(tx, id, null, 'idea', null, actor);
        await insertEvidence(tx, id, evidence, actor);
      }),
    { missing: ownerMissing },
  );
  if (ownerId)
    await recordProcessing(ctx, {
      activity: 'missions.manage',
      operation: 'create',
      subject: { type: 'user', id: ownerId },
      attributes: { mission: id, field: 'owner' },
    });
  return getMission(ctx, s, id);
}

const COLUMN_OF: Record<string, string> = {
  title: 'title',
  problemStatement: 'problem_statement',
  scope: 'scope',
  crimeTypes: 'crime_types',
  signalCategories: 'signal_categories',
  times: 'times',
  ownerId: 'owner_id',
  priority: 'priority',
  startDate: 'start_date',
  nextReview: 'next_review',
  reviewIntervalDays: 'review_interval_days',
  impactScore: 'impact_score',
  impactRationale: 'impact_rationale',
  feasibilityScore: 'feasibility_score',
  feasibilityRationale: 'feasibility_rationale',
  effectSettings: 'effect_settings',
};
const JSON_FIELDS = new Set(['scope', 'crimeTypes', 'signalCategories', 'times', 'effectSettings']);

export async function updateMission(ctx: ServiceContext, s: MissionSettings, id: string, input: PatchMissionInput): Promise<MissionDetail> {
  const gemeente = s.gemeente;
  await requireMissionAccess(ctx, gemeente, id, 'edit');
  const row = await findMission(ctx.db, gemeente, id);
  if (!row) throw notFound('Mission', id);
  if (input.version !== undefined && input.version !== row.version)
    throw conflict(
      `De opgave is intussen door iemand anders gewijzigd (versie ${row.version}, u bewerkte versie ${input.version}). Laad de pagina opnieuw en probeer het nog eens.`,
    );
  const errors = [...(await scopeErrors(ctx, gemeente, input.scope)), ...(await ownerErrors(ctx, input.ownerId))];
  if (input.effectSettings?.comparison && row.scope && (row.scope as { kind: string }).kind) {
    const year = ((input.scope ?? row.scope) as { year?: number }).year;
    if (year)
      errors.push(
        ...(
          await scopeErrors(
            ctx,
            gemeente,
            { kind: 'buurten', year, codes: input.effectSettings.comparison },
            'body.effectSettings.comparison',
          )
        ).map((e) => ({ ...e, name: e.name.replace('comparison.codes', 'comparison') })),
      );
  }
  if (errors.length) throw invalidInput(errors);
  const set: Record<string, unknown> = { updated_at: new Date(), version: row.version + 1 };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'version' || value === undefined) continue;
    set[COLUMN_OF[key]!] = JSON_FIELDS.has(key) ? json(value) : value;
  }
  const updated = await guardedWrite(
    () =>
      ctx.db
        .updateTable('missions')
        .set(set as never)
        .where('id', '=', id)
        .where('version', '=', row.version)
        .executeTakeFirst(),
    { missing: ownerMissing },
  );
  if (Number(updated.numUpdatedRows) === 0)
    throw conflict('De opgave is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.');
  if (input.ownerId)
    await recordProcessing(ctx, {
      activity: 'missions.manage',
      operation: 'update',
      subject: { type: 'user', id: input.ownerId },
      attributes: { mission: id, field: 'owner' },
    });
  return getMission(ctx, s, id);
}

export async function transitionMission(
  ctx: ServiceContext,
  s: MissionSettings,
  id: string,
  to: MissionStatus,
  reason?: string,
): Promise<MissionDetail> {
  const gemeente = s.gemeente;
  await requireMissionAccess(ctx, gemeente, id, 'edit');
  const row = await findMission(ctx.db, gemeente, id);
  if (!row) throw notFound('Mission', id);
  const c = (await contentCounts(ctx.db, [id])).get(id)!;
  const refused = checkTransition(row.status, to, reason, { goals: c.goals, measures: c.measures, hasStartDate: row.start_date !== null });
  if (refused) throw conflict(refused);
  const actor = actorLabel(ctx.actor);
  await guardedWrite(
    () =>
      ctx.db.transaction().execute(async (tx) => {
        const res = await tx
          .updateTable('missions')
          .set({ status: to, updated_at: new Date(), version: row.version + 1 })
          .where('id', '=', id)
          .where('status', '=', row.status)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0)
          throw conflict('De status is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.');
        await addStatusHistory(tx, id, row.status, to, reason?.trim() || null, actor);
      }),
    { missing: () => notFound('Mission', id) },
  );
  return getMission(ctx, s, id);
}
