/**
 * Compliance trials of behavioural measures: design (PUT), randomisation with a recorded seed,
 * pre-registration (after which the design, units, allocation and periods are fixed), manual
 * indicator values, and the analysis. Access is the mission's: read as the mission is read
 * (partners taking part too), write with missions:edit.
 */
import { randomBytes } from 'node:crypto';
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { invalidInput, notApplicable, notFoundBecause, transitionNotAllowed } from '../../../core/errors.ts';
import { requireMissionAccess } from '../access.ts';
import { measureRows } from '../measures/measure-service.ts';
import { notFound } from '../not-found.ts';
import { allocate, type TrialUnit } from './allocation.ts';
import { trialPeriods } from './periods.ts';
import { parseSeed } from './prng.ts';
import type { MeasurementsInput, TrialInput, TrialView } from './schema.ts';
import { findTrial, saveAllocation, saveDesign, saveMeasurements, saveRegistration, type TrialRow } from './trial-store.ts';

export const LOCKED =
  'De proef is vooraf geregistreerd: ontwerp, hypothese, indicator, eenheden, loting en perioden liggen vast en kunnen niet meer veranderen.';

export function unitsOf(t: Pick<TrialRow, 'units'>): TrialUnit[] {
  return t.units.kind === 'buurten' ? t.units.codes.map((code) => ({ code, label: code })) : t.units.units;
}

async function behaviouralMeasure(ctx: ServiceContext, missionId: string, measureId: string) {
  const m = (await measureRows(ctx, [missionId])).find((r) => r.id === measureId);
  if (!m) throw notFound('Measure', measureId);
  if (m.type !== 'behavioural')
    throw notApplicable('Alleen een gedragsmaatregel (type behavioural, met EAST-ontwerp) kan als proef worden uitgevoerd.');
  return m;
}

export async function trialOr404(ctx: ServiceContext, measureId: string): Promise<TrialRow> {
  const t = await findTrial(ctx, measureId);
  if (!t) throw notFoundBecause(`Maatregel '${measureId}' heeft (nog) geen proef.`);
  return t;
}

function present(t: TrialRow, edit: boolean, labels: Map<string, string>): TrialView {
  const measurements = Object.entries(t.measurements ?? {}).flatMap(([unit, byPeriod]) =>
    Object.entries(byPeriod).map(([period, value]) => ({ unit, period, value })),
  );
  return {
    measureId: t.measure_id,
    missionId: t.mission_id,
    design: t.design,
    steps: t.steps,
    units: t.units,
    hypothesis: t.hypothesis,
    indicator: t.indicator,
    expectedDirection: t.expected_direction,
    baselineFrom: t.baseline_from,
    baselineTo: t.baseline_to,
    trialFrom: t.trial_from,
    trialTo: t.trial_to,
    periods: trialPeriods(t),
    seed: t.seed,
    allocation: t.allocation?.map((u) => ({ ...u, label: labels.get(u.code) ?? u.label })) ?? null,
    randomisedAt: t.randomised_at ? new Date(t.randomised_at).toISOString() : null,
    randomisedBy: t.randomised_by,
    registeredAt: t.registered_at ? new Date(t.registered_at).toISOString() : null,
    registeredBy: t.registered_by,
    measurements,
    permissions: { edit },
  };
}

const noLabels = new Map<string, string>();

export async function getTrial(ctx: ServiceContext, gemeente: string, missionId: string, measureId: string): Promise<TrialView> {
  const p = await requireMissionAccess(ctx, gemeente, missionId, 'read');
  await behaviouralMeasure(ctx, missionId, measureId);
  return present(await trialOr404(ctx, measureId), p.edit, noLabels);
}

export async function putTrial(ctx: ServiceContext, gemeente: string, missionId: string, measureId: string, input: TrialInput) {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  await behaviouralMeasure(ctx, missionId, measureId);
  const before = await findTrial(ctx, measureId);
  if (before?.registered_at) throw transitionNotAllowed(LOCKED);
  await saveDesign(ctx, missionId, measureId, input);
  return present(await trialOr404(ctx, measureId), true, noLabels);
}

export async function randomiseTrial(ctx: ServiceContext, gemeente: string, missionId: string, measureId: string, seed?: string) {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  await behaviouralMeasure(ctx, missionId, measureId);
  const t = await trialOr404(ctx, measureId);
  if (t.registered_at) throw transitionNotAllowed(LOCKED);
  const seedText = seed ?? randomBytes(8).readBigUInt64BE().toString();
  await saveAllocation(ctx, measureId, seedText, allocate(unitsOf(t), t, parseSeed(seedText)), actorLabel(ctx.actor));
  const after = await trialOr404(ctx, measureId);
  if (after.registered_at) throw transitionNotAllowed(LOCKED);
  return present(after, true, noLabels);
}

export async function registerTrial(ctx: ServiceContext, gemeente: string, missionId: string, measureId: string) {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  await behaviouralMeasure(ctx, missionId, measureId);
  const t = await trialOr404(ctx, measureId);
  if (t.registered_at)
    throw transitionNotAllowed(`De proef is al vooraf geregistreerd op ${new Date(t.registered_at).toISOString().slice(0, 10)}.`);
  if (!t.allocation) throw transitionNotAllowed('Eerst loten: registreren legt de loting vast, en die is er nog niet.');
  if (!(await saveRegistration(ctx, measureId, actorLabel(ctx.actor)))) throw transitionNotAllowed(LOCKED);
  return present(await trialOr404(ctx, measureId), true, noLabels);
}

export async function putMeasurements(
  ctx: ServiceContext,
  gemeente: string,
  missionId: string,
  measureId: string,
  input: MeasurementsInput,
): Promise<TrialView> {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  await behaviouralMeasure(ctx, missionId, measureId);
  const t = await trialOr404(ctx, measureId);
  if (t.indicator.source !== 'manual')
    throw notApplicable(
      'Deze proef telt zijn indicator zelf (meldingen, incidenten of handhaving); handmatige waarden horen bij een handmatige indicator.',
    );
  const units = new Set(unitsOf(t).map((u) => u.code));
  const periods = new Set(trialPeriods(t).map((p) => p.key));
  const errors = input.values.flatMap((v, i) => [
    ...(units.has(v.unit) ? [] : [{ name: `body.values.${i}.unit`, reason: 'geen eenheid van deze proef' }]),
    ...(periods.has(v.period)
      ? []
      : [{ name: `body.values.${i}.period`, reason: `geen periode van deze proef (${[...periods].join(', ')})` }]),
  ]);
  if (errors.length) throw invalidInput(errors);
  const next = structuredClone(t.measurements ?? {});
  for (const v of input.values) {
    const byPeriod = (next[v.unit] ??= {});
    if (v.value === null) delete byPeriod[v.period];
    else byPeriod[v.period] = v.value;
  }
  await saveMeasurements(ctx, measureId, next);
  return present(await trialOr404(ctx, measureId), true, noLabels);
}

export { behaviouralMeasure };
