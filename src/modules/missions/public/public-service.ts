/**
 * Public summaries of missions: written by staff, approved by a coordinator (missions:publish),
 * shown without login. Only approved missions, and only: public title and text, how to join, the
 * status, the area and the goals with computed progress — never owners, log, cases or personal data.
 * Any change to an approved text makes it a draft again until it is re-approved.
 */
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { conflict } from '../../../core/errors.ts';
import { notFound } from '../not-found.ts';
import { requireMissionAccess } from '../access.ts';
import { goalRows, presentGoal } from '../goals/goal-service.ts';
import { findMission, listMissionRows, type MissionRow } from '../mission-store.ts';
import { geometryLoader } from '../scope/geometry-loader.ts';
import { scopeNames, scopeText } from '../present.ts';
import type { Scope } from '../scope/scope.ts';
import { figureRule } from '../disclosure.ts';
import type { MissionSettings } from '../settings.ts';
import { STATUS_LABELS } from '../workflow.ts';

export async function savePublicSummary(
  ctx: ServiceContext,
  gemeente: string,
  id: string,
  input: { title: string; summary: string; join: string },
) {
  await requireMissionAccess(ctx, gemeente, id, 'edit');
  await ctx.db
    .updateTable('missions')
    .set({
      public_title: input.title,
      public_summary: input.summary,
      public_join: input.join,
      public_status: 'draft',
      public_approved_by: null,
      public_approved_at: null,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('gemeente_code', '=', gemeente)
    .execute();
}

export async function approvePublicSummary(ctx: ServiceContext, gemeente: string, id: string, approve: boolean) {
  await requireMissionAccess(ctx, gemeente, id, 'publish');
  const m = await findMission(ctx.db, gemeente, id);
  if (!m) throw notFound('Mission', id);
  if (approve && m.public_status !== 'draft')
    throw conflict('Schrijf eerst een publieke samenvatting; alleen een concept kan worden goedgekeurd.');
  await ctx.db
    .updateTable('missions')
    .set(
      approve
        ? { public_status: 'approved', public_approved_by: actorLabel(ctx.actor), public_approved_at: new Date() }
        : { public_status: m.public_summary ? 'draft' : 'none', public_approved_by: null, public_approved_at: null },
    )
    .where('id', '=', id)
    .execute();
}

async function presentPublic(ctx: ServiceContext, s: MissionSettings, m: MissionRow, geometryOf: ReturnType<typeof geometryLoader>) {
  const goals = [];
  // public pages: the strictest rule, whoever looks (disclosure.ts)
  const rule = figureRule(ctx, s, m.scope as Scope, { public: true });
  for (const g of await goalRows(ctx, [m.id])) {
    const v = await presentGoal(ctx, s, m, g, { edit: false }, rule);
    const suppressed = Boolean(v.baseline.reading?.suppressed || v.current?.suppressed);
    goals.push({
      title: v.title,
      indicator: v.indicatorLabel,
      baseline: v.baseline.reading?.value ?? null,
      current: v.current?.value ?? null,
      target: v.target.value,
      deadline: v.target.deadline,
      progress: { status: v.progress.status, fraction: v.progress.fraction, explanation: v.progress.explanation },
      suppressed,
    });
  }
  return {
    id: m.id,
    number: m.number,
    title: m.public_title ?? m.title,
    summary: m.public_summary ?? '',
    join: m.public_join ?? '',
    status: m.status,
    statusLabel: STATUS_LABELS[m.status].nl,
    area: scopeText(m.scope, await scopeNames(ctx, m.gemeente_code, [m.scope])),
    geometry: await geometryOf(m.scope as Scope),
    goals,
    approvedAt: m.public_approved_at?.toISOString() ?? null,
    demo: m.demo,
  };
}

export async function publicMissions(ctx: ServiceContext, s: MissionSettings) {
  const geometryOf = geometryLoader(ctx, s.gemeente);
  const out = [];
  for (const m of await listMissionRows(ctx.db, s.gemeente, { publicOnly: true })) out.push(await presentPublic(ctx, s, m, geometryOf));
  return out;
}

export async function publicMission(ctx: ServiceContext, s: MissionSettings, id: string) {
  const m = await findMission(ctx.db, s.gemeente, id);
  if (m?.public_status !== 'approved') throw notFound('Public mission', id);
  return presentPublic(ctx, s, m, geometryLoader(ctx, s.gemeente));
}
