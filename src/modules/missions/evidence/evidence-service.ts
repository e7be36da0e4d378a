/**
 * Evidence of a mission: analysis results frozen with their query (see evidence-runner.ts), and
 * re-running a frozen query to put today's answer next to the frozen one.
 */
import { randomUUID } from 'node:crypto';
import { actorLabel, can, type ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput, type FieldError } from '../../../core/errors.ts';
import { notFound } from '../not-found.ts';
import { guardedWrite } from '../../../db/guarded-write.ts';
import type { Db } from '../../../db/database.ts';
import { requireMissionAccess } from '../access.ts';
import { compareResults, frozenScope, isRunnable, parseQuery, runEvidenceQuery, type MissionQueryEnv } from './runner.ts';
import { figureRule } from '../disclosure.ts';
import { findMission, type MissionRow } from '../mission-store.ts';
import { discloseResult } from './disclosure.ts';
import { presentEvidence, type EvidenceRow } from '../present.ts';
import type { CreateMissionInput } from '../schema.ts';
import type { Scope } from '../scope/scope.ts';
import type { MissionSettings } from '../settings.ts';

type EvidenceInput = CreateMissionInput['evidence'][number];

export interface PreparedEvidence {
  kind: EvidenceInput['kind'];
  title: string;
  query: Record<string, unknown>;
  result: unknown;
  note: string | null;
}

export function envOf(row: Pick<MissionRow, 'gemeente_code' | 'scope' | 'crime_types' | 'signal_categories'>): MissionQueryEnv {
  return { gemeente: row.gemeente_code, scope: row.scope as Scope, crimeTypes: row.crime_types, signalCategories: row.signal_categories };
}

/** Validates every item (all field errors at once), then runs the runnable queries and freezes their results. */
export async function prepareEvidence(
  ctx: ServiceContext,
  items: EvidenceInput[],
  env: MissionQueryEnv,
  prefix = 'body.evidence',
): Promise<PreparedEvidence[]> {
  const errors: FieldError[] = [];
  const parsed = items.map((item, i) => {
    if (!isRunnable(item.kind)) {
      if (item.result === undefined) errors.push({ name: `${prefix}.${i}.result`, reason: 'een momentopname heeft een resultaat nodig' });
      return item.query;
    }
    const q = parseQuery(item.kind, item.query, `${prefix}.${i}.query`);
    if (Array.isArray(q)) errors.push(...q);
    return q as Record<string, unknown>;
  });
  if (errors.length) throw invalidInput(errors);
  const out: PreparedEvidence[] = [];
  for (const [i, item] of items.entries()) {
    const query: Record<string, unknown> = {
      ...parsed[i]!,
      scope: env.scope,
      crimeTypes: env.crimeTypes,
      signalCategories: env.signalCategories,
    };
    // a snapshot is the picture its author saw: with analysis:detail it may hold small counts (evidence-disclosure.ts)
    if (!isRunnable(item.kind)) query.capturedWithDetail = can(ctx.actor, 'analysis:detail');
    const result = isRunnable(item.kind) ? await runEvidenceQuery(ctx, item.kind, parsed[i]!, env) : item.result;
    out.push({ kind: item.kind, title: item.title, query, result, note: item.note ?? null });
  }
  return out;
}

export async function insertEvidence(db: Db, missionId: string, items: PreparedEvidence[], actor: string): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('mission_evidence')
    .values(
      items.map((e) => ({
        id: randomUUID(),
        mission_id: missionId,
        kind: e.kind,
        title: e.title,
        query: JSON.stringify(e.query),
        result: JSON.stringify(e.result ?? null),
        note: e.note,
        captured_by: actor,
      })),
    )
    .execute();
}

async function missionOr404(ctx: ServiceContext, gemeente: string, id: string): Promise<MissionRow> {
  const row = await findMission(ctx.db, gemeente, id);
  if (!row) throw notFound('Mission', id);
  return row;
}

export async function addEvidence(ctx: ServiceContext, s: MissionSettings, missionId: string, item: EvidenceInput) {
  const gemeente = s.gemeente;
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const row = await missionOr404(ctx, gemeente, missionId);
  const [prepared] = await prepareEvidence(ctx, [item], envOf(row), 'body');
  await guardedWrite(() => insertEvidence(ctx.db, missionId, [prepared!], actorLabel(ctx.actor)), {
    missing: () => notFound('Mission', missionId),
  });
  const rows = await ctx.db
    .selectFrom('mission_evidence')
    .selectAll()
    .where('mission_id', '=', missionId)
    .orderBy('captured_at', 'desc')
    .limit(1)
    .execute();
  return presentEvidence(rows[0] as EvidenceRow, figureRule(ctx, s, row.scope as Scope));
}

export async function rerunEvidence(ctx: ServiceContext, s: MissionSettings, missionId: string, evidenceId: string) {
  const gemeente = s.gemeente;
  await requireMissionAccess(ctx, gemeente, missionId, 'read');
  const row = await missionOr404(ctx, gemeente, missionId);
  const e = (await ctx.db
    .selectFrom('mission_evidence')
    .selectAll()
    .where('mission_id', '=', missionId)
    .where('id', '=', evidenceId)
    .executeTakeFirst()) as EvidenceRow | undefined;
  if (!e) throw notFound('Evidence', evidenceId);
  if (!isRunnable(e.kind as never)) throw conflict('Dit bewijs is een momentopname zonder query; het kan niet opnieuw worden berekend.');
  const stored = e.query as Record<string, unknown>;
  const env: MissionQueryEnv = {
    ...envOf(row),
    scope: frozenScope(stored, row.scope as Scope),
    crimeTypes: Array.isArray(stored.crimeTypes) ? (stored.crimeTypes as string[]) : row.crime_types,
    signalCategories: Array.isArray(stored.signalCategories) ? (stored.signalCategories as string[]) : row.signal_categories,
  };
  const fresh = await runEvidenceQuery(ctx, e.kind as never, stored, env);
  // the rule of the frozen scope (the one both results are about), applied to both
  const rule = figureRule(ctx, s, env.scope);
  const evidence = presentEvidence(e, rule);
  const freshShown = discloseResult(e.kind, fresh, stored, rule);
  return {
    evidence,
    frozen: { capturedAt: e.captured_at.toISOString(), result: evidence.result },
    fresh: { computedAt: new Date().toISOString(), result: freshShown },
    changes: compareResults(evidence.result, freshShown),
    disclosure: rule.info(),
  };
}
