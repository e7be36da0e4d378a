/**
 * Goals (KPIs) of a mission: an indicator read through its adapter (indicators/*), a baseline
 * period, a target and a deadline. Baseline and current values are read from live data on every
 * request; progress is computed from them (progress.ts). Custom indicators take measurements.
 */
import { randomUUID } from 'node:crypto';
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { badRequest, conflict } from '../../../core/errors.ts';
import { notFound } from '../not-found.ts';
import { guardedWrite } from '../../../db/guarded-write.ts';
import { requireMissionAccess, type MissionPermissions } from '../access.ts';
import { aggregateContext } from '../aggregate-context.ts';
import type { CreateGoalInput, GoalView } from './schema.ts';
import { wrongDirection } from './direction.ts';
import { measurements } from './indicators/custom.ts';
import { indicatorLabel, readLatest, readOver } from './indicators/index.ts';
import type { Indicator, IndicatorEnv, Reading } from './indicators/types.ts';
import { dateText } from '../../../db/date-text.ts';
import { findMission, type MissionRow } from '../mission-store.ts';
import { today } from '../present.ts';
import { computeProgress, suppressedProgress } from './progress.ts';
import { figureRule, type FigureRule } from '../disclosure.ts';
import type { MissionSettings } from '../settings.ts';
import type { Scope } from '../scope/scope.ts';

interface GoalRow {
  id: string;
  mission_id: string;
  title: string;
  indicator: unknown;
  direction: 'decrease' | 'increase';
  baseline_value: number | null;
  baseline_from: string;
  baseline_to: string;
  target_value: number;
  deadline: string;
}

export function goalRows(ctx: ServiceContext, missionIds: string[]): Promise<GoalRow[]> {
  if (missionIds.length === 0) return Promise.resolve([]);
  return ctx.db
    .selectFrom('mission_goals')
    .select([
      'id',
      'mission_id',
      'title',
      'indicator',
      'direction',
      'baseline_value',
      dateText('baseline_from').as('baseline_from'),
      dateText('baseline_to').as('baseline_to'),
      'target_value',
      dateText('deadline').as('deadline'),
    ])
    .where('mission_id', 'in', missionIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute() as Promise<GoalRow[]>;
}

export const envOfMission = (m: MissionRow, goalId: string | null, s: Pick<MissionSettings, 'minRespondents'>): IndicatorEnv => ({
  gemeente: m.gemeente_code,
  scope: m.scope as Scope,
  crimeTypes: m.crime_types,
  signalCategories: m.signal_categories,
  goalId,
  minRespondents: s.minRespondents,
});

/** Counts (registered crime, reports) go through the caller's rule; estimates and measurements are shown as read. */
const shown = (r: Reading | null, rule: FigureRule) => {
  if (!r) return null;
  const value = r.kind === 'count' ? rule.count(r.value) : r.value;
  return { ...r, value, suppressed: value === null };
};

/**
 * One goal with live readings and computed progress. Figures are read as aggregates and shown
 * under `rule`, the caller's disclosure rule for the mission (disclosure.ts).
 */
export async function presentGoal(
  ctx: ServiceContext,
  s: MissionSettings,
  mission: MissionRow,
  g: GoalRow,
  permissions: Pick<MissionPermissions, 'edit'>,
  rule: FigureRule,
  asOf = today(),
): Promise<GoalView> {
  const actx = aggregateContext(ctx);
  const indicator = g.indicator as Indicator;
  const env = envOfMission(mission, g.id, s);
  const [baseline, current] = await Promise.all([
    readOver(actx, env, indicator, g.baseline_from, g.baseline_to),
    readLatest(actx, env, indicator, g.baseline_from, g.baseline_to, asOf),
  ]);
  const [baselineShown, currentShown] = [shown(baseline, rule), shown(current, rule)];
  const dates = { baselineEnd: g.baseline_to, deadline: g.deadline, asOf };
  const progress =
    baselineShown?.suppressed || currentShown?.suppressed
      ? suppressedProgress(dates, rule.note() ?? '')
      : computeProgress({
          ...dates,
          direction: g.direction,
          baseline: baseline?.value ?? null,
          current: current?.value ?? null,
          target: Number(g.target_value),
          kind: baseline?.kind ?? 'count',
          baselineMargin: baseline?.margin ?? null,
          currentMargin: current?.margin ?? null,
        });
  const frozen = g.baseline_value === null ? null : Number(g.baseline_value);
  const ms = indicator.source === 'custom' ? await measurements(ctx, g.id) : [];
  return {
    id: g.id,
    missionId: g.mission_id,
    title: g.title,
    indicator,
    indicatorLabel: indicatorLabel(indicator),
    direction: g.direction,
    baseline: {
      from: g.baseline_from,
      to: g.baseline_to,
      frozenValue: COUNTED.has(indicator.source) ? rule.count(frozen) : frozen,
      reading: baselineShown,
    },
    target: { value: Number(g.target_value), deadline: g.deadline },
    current: currentShown,
    progress: { ...progress, asOf },
    measurements: ms.map((m) => ({
      id: m.id,
      measuredOn: m.measured_on,
      value: m.value,
      source: m.source,
      note: m.note,
      enteredBy: m.entered_by,
    })),
    permissions: { edit: permissions.edit, addMeasurement: permissions.edit && indicator.source === 'custom' },
    disclosure: rule.info(),
  };
}

/** Indicators whose values are counts of events (the rest are survey estimates or entered measurements). */
const COUNTED = new Set<Indicator['source']>(['registered-crime', 'reports']);

/** The baseline the goal form shows before it asks for a target: read from today's data under the caller's rule. */
export async function previewBaseline(
  ctx: ServiceContext,
  s: MissionSettings,
  missionId: string,
  input: { indicator: Indicator; baselineFrom: string; baselineTo: string },
) {
  await requireMissionAccess(ctx, s.gemeente, missionId, 'edit');
  const m = await missionOr404(ctx, s.gemeente, missionId);
  const rule = figureRule(ctx, s, m.scope as Scope);
  const reading = await readOver(aggregateContext(ctx), envOfMission(m, null, s), input.indicator, input.baselineFrom, input.baselineTo);
  return { reading: shown(reading, rule), disclosure: rule.info() };
}

/** Refuses a target on the wrong side of the baseline unless the caller said it is meant (400 naming the field). */
function checkDirection(direction: 'decrease' | 'increase', baseline: number | null, target: number, allowed: boolean | undefined) {
  if (allowed || !wrongDirection(direction, baseline, target)) return;
  const detail =
    direction === 'decrease'
      ? `Lager is beter, maar de streefwaarde ${target} is niet lager dan de nulmeting ${baseline}.`
      : `Hoger is beter, maar de streefwaarde ${target} is niet hoger dan de nulmeting ${baseline}.`;
  throw badRequest(`${detail} Bedoelt u dit echt, stuur dan allowWrongDirection: true.`, [
    { name: 'body.target', reason: 'points the wrong way from the baseline (see direction); allowWrongDirection: true to keep it' },
  ]);
}

async function missionOr404(ctx: ServiceContext, gemeente: string, id: string): Promise<MissionRow> {
  const m = await findMission(ctx.db, gemeente, id);
  if (!m) throw notFound('Mission', id);
  return m;
}

async function goalOr404(ctx: ServiceContext, missionId: string, goalId: string): Promise<GoalRow> {
  const g = (await goalRows(ctx, [missionId])).find((x) => x.id === goalId);
  if (!g) throw notFound('Goal', goalId);
  return g;
}

export async function listGoals(ctx: ServiceContext, s: MissionSettings, missionId: string): Promise<GoalView[]> {
  const p = await requireMissionAccess(ctx, s.gemeente, missionId, 'read');
  const m = await missionOr404(ctx, s.gemeente, missionId);
  const out: GoalView[] = [];
  for (const g of await goalRows(ctx, [missionId])) out.push(await presentGoal(ctx, s, m, g, p, figureRule(ctx, s, m.scope as Scope)));
  return out;
}

export async function getGoal(ctx: ServiceContext, s: MissionSettings, missionId: string, goalId: string): Promise<GoalView> {
  const p = await requireMissionAccess(ctx, s.gemeente, missionId, 'read');
  const m = await missionOr404(ctx, s.gemeente, missionId);
  return presentGoal(ctx, s, m, await goalOr404(ctx, missionId, goalId), p, figureRule(ctx, s, m.scope as Scope));
}

export async function createGoal(ctx: ServiceContext, s: MissionSettings, missionId: string, input: CreateGoalInput): Promise<GoalView> {
  const gemeente = s.gemeente;
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const m = await missionOr404(ctx, gemeente, missionId);
  const id = randomUUID();
  const baseline =
    input.indicator.source === 'custom'
      ? null
      : await readOver(aggregateContext(ctx), envOfMission(m, id, s), input.indicator, input.baselineFrom, input.baselineTo);
  checkDirection(input.direction, baseline?.value ?? null, input.target, input.allowWrongDirection);
  await guardedWrite(
    () =>
      ctx.db
        .insertInto('mission_goals')
        .values({
          id,
          mission_id: missionId,
          title: input.title,
          indicator: JSON.stringify(input.indicator),
          direction: input.direction,
          baseline_value: baseline?.value ?? null,
          baseline_from: input.baselineFrom,
          baseline_to: input.baselineTo,
          target_value: input.target,
          deadline: input.deadline,
        })
        .execute(),
    { missing: () => notFound('Mission', missionId) },
  );
  return getGoal(ctx, s, missionId, id);
}

export async function updateGoal(
  ctx: ServiceContext,
  s: MissionSettings,
  missionId: string,
  goalId: string,
  input: {
    title?: string | undefined;
    target?: number | undefined;
    deadline?: string | undefined;
    allowWrongDirection?: boolean | undefined;
  },
): Promise<GoalView> {
  await requireMissionAccess(ctx, s.gemeente, missionId, 'edit');
  const g = await goalOr404(ctx, missionId, goalId);
  if (input.target !== undefined)
    checkDirection(g.direction, g.baseline_value === null ? null : Number(g.baseline_value), input.target, input.allowWrongDirection);
  if (input.deadline && input.deadline <= g.baseline_to)
    throw conflict('De einddatum van het doel moet na de periode van de nulmeting liggen.');
  await ctx.db
    .updateTable('mission_goals')
    .set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.target !== undefined ? { target_value: input.target } : {}),
      ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', goalId)
    .execute();
  return getGoal(ctx, s, missionId, goalId);
}

export async function deleteGoal(ctx: ServiceContext, gemeente: string, missionId: string, goalId: string): Promise<void> {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  await goalOr404(ctx, missionId, goalId);
  await ctx.db.deleteFrom('mission_goals').where('id', '=', goalId).execute();
}

export async function addMeasurement(
  ctx: ServiceContext,
  s: MissionSettings,
  missionId: string,
  goalId: string,
  input: { measuredOn: string; value: number; source: string; note?: string | undefined },
): Promise<GoalView> {
  await requireMissionAccess(ctx, s.gemeente, missionId, 'edit');
  const g = await goalOr404(ctx, missionId, goalId);
  if ((g.indicator as Indicator).source !== 'custom')
    throw conflict('Alleen doelen met een eigen meting krijgen ingevoerde metingen; de andere worden uit de gegevens gelezen.');
  await guardedWrite(
    () =>
      ctx.db
        .insertInto('goal_measurements')
        .values({
          id: randomUUID(),
          goal_id: goalId,
          measured_on: input.measuredOn,
          value: input.value,
          source: input.source,
          note: input.note ?? null,
          entered_by: actorLabel(ctx.actor),
        })
        .execute(),
    { missing: () => notFound('Goal', goalId) },
  );
  return getGoal(ctx, s, missionId, goalId);
}
