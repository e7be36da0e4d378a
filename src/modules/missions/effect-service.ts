/**
 * Effect of a mission (or one of its measures) at Maryland level 3: registered crime before/after
 * in the target against comparison buurten (suggested, or chosen in the mission's effect
 * settings), Poisson difference-in-differences (analysis `poissonDid`) and displacement/diffusion in
 * a buffer ring (analysis `weightedDisplacementDifference`); perceived-safety goals by the
 * difference of survey estimates with their margins. "Not enough data yet" comes with its reasons.
 */
import type { ServiceContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { poissonDid, weightedDisplacementDifference } from '../analysis/service.ts';
import { requireMissionAccess } from './access.ts';
import { aggregateContext } from './aggregate-context.ts';
import { ringOf } from './adjacency.ts';
import { seriesFeatures, suggestComparison } from './comparison.ts';
import { countsOf, labelledData, seriesOf, type Periods } from './effect-data.ts';
import { caveats, methodText } from './effect-method.ts';
import { eventCoverage } from './event-points.ts';
import { goalRows } from './goal-service.ts';
import { perceptionEffects } from './effect-perception.ts';
import { measureRows } from './measure-service.ts';
import { findMission, type MissionRow } from './mission-store.ts';
import { describeScope, type Scope } from './scope.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

interface Settings { comparison?: string[] | null; ringMetres?: number; minWeeksAfter?: number; minCount?: number; historyMonths?: number }

function periodsFor(start: number, end: number, historyMonths: number): Periods {
  const length = end - start;
  const h = new Date(start);
  const historyFrom = Date.UTC(h.getUTCFullYear(), h.getUTCMonth() - historyMonths, 1);
  return { history: { from: historyFrom, to: start, months: historyMonths + (h.getUTCDate() > 1 ? 1 : 0) }, before: { from: start - length, to: start }, after: { from: start, to: end } };
}

async function subject(ctx: ServiceContext, gemeente: string, missionId: string, measureId?: string) {
  const m = await findMission(ctx.db, gemeente, missionId);
  if (!m) throw notFound('Mission', missionId);
  if (!measureId) return { mission: m, scope: m.scope as Scope, start: m.start_date, title: m.title };
  const measure = (await measureRows(ctx, [missionId])).find((r) => r.id === measureId);
  if (!measure) throw notFound('Measure', measureId);
  return { mission: m, scope: (measure.scope ?? m.scope) as Scope, start: measure.start_date, title: measure.title };
}

export async function missionEffect(ctx: ServiceContext, gemeente: string, missionId: string, measureId?: string, now = new Date()) {
  await requireMissionAccess(ctx, missionId, 'read');
  const actx = aggregateContext(ctx);
  const s = await subject(ctx, gemeente, missionId, measureId);
  const settings = (s.mission.effect_settings ?? {}) as Settings;
  const perception = await perceptionEffects(actx, s.mission, await goalRows(ctx, [missionId]), s.start);
  const base = { missionId, measureId: measureId ?? null, subject: s.title, perception };
  const reasons: string[] = [];
  const coverage = await eventCoverage(actx, gemeente);
  if (!s.start) reasons.push('No start date is set: the effect is measured from the start of the approach.');
  if (!coverage) reasons.push('No incident-level crime events are imported. CBS yearly counts are too coarse for a before/after with a comparison area.');
  if (reasons.length) return { ...base, status: 'not-enough-data' as const, reasons, crime: null, method: null, caveats: [] };
  const start = dayMs(s.start!);
  const end = Math.min(now.getTime(), Math.floor(coverage!.last / DAY) * DAY + DAY);
  const minWeeks = settings.minWeeksAfter ?? 12;
  const weeks = Math.floor((end - start) / (7 * DAY));
  if (weeks < minWeeks) reasons.push(`Only ${Math.max(0, weeks)} week(s) of data after the start on ${s.start}; at least ${minWeeks} are needed.`);
  else if (start - (end - start) < coverage!.first - 31 * DAY) reasons.push(`The data start on ${iso(coverage!.first)}: too late for a before period as long as the after period.`);
  if (reasons.length) return { ...base, status: 'not-enough-data' as const, reasons, crime: null, method: null, caveats: [] };
  return { ...base, ...(await crimeEffect(actx, s.mission, s.scope, settings, periodsFor(start, end, settings.historyMonths ?? 24))) };
}

async function crimeEffect(ctx: ServiceContext, m: MissionRow, scope: Scope, settings: Settings, p: Periods) {
  const ringMetres = settings.ringMetres ?? 200;
  const d = await labelledData(ctx, m.gemeente_code, scope, m.crime_types, ringMetres, p);
  const { labeller } = d;
  const excluded = new Set([...labeller.targetBuurten, ...labeller.ringBuurten]);
  const candidates = [...labeller.buurtNames.keys()].filter((c) => !excluded.has(c)).map((code) => ({ code, series: d.monthly.get(code) ?? new Float64Array(p.history.months) }));
  const suggestion = suggestComparison({ series: seriesOf(d, ['target'], p.history.months), units: labeller.units }, candidates);
  const chosen = settings.comparison?.filter((c) => !excluded.has(c)) ?? suggestion.chosen.map((c) => c.code);
  const comparisonRing = ringOf(labeller.adjacency, chosen, [...excluded]);
  const counts = { target: countsOf(d, ['target']), comparison: countsOf(d, chosen), ring: countsOf(d, ['ring']), comparisonRing: countsOf(d, comparisonRing) };
  const minCount = settings.minCount ?? 20;
  const reasons: string[] = [];
  if (chosen.length === 0) reasons.push('No buurt outside the target and its ring has registered crime of these types to compare with.');
  if (counts.target.before + counts.target.after < minCount) reasons.push(`The target has ${counts.target.before + counts.target.after} events before and after together; at least ${minCount} are needed.`);
  if (chosen.length && counts.comparison.before + counts.comparison.after < minCount) reasons.push(`The comparison area has fewer than ${minCount} events before and after together.`);
  const periods = { before: { from: iso(p.before.from), to: iso(p.before.to) }, after: { from: iso(p.after.from), to: iso(p.after.to) } };
  const ring = scope.kind === 'buurten' ? { kind: 'buurten' as const, codes: [...labeller.ringBuurten].sort(), metres: null } : { kind: 'distance' as const, codes: [], metres: ringMetres };
  const comparison = {
    codes: chosen, names: chosen.map((c) => labeller.buurtNames.get(c) ?? c), suggested: !settings.comparison, ringCodes: comparisonRing,
    suggestion: { target: suggestion.target, scales: suggestion.scales, ranked: suggestion.ranked.map((c) => ({ ...c, name: labeller.buurtNames.get(c.code) ?? c.code })) },
  };
  const crimeBase = { periods, counts, comparison, ring };
  if (reasons.length) return { status: 'not-enough-data' as const, reasons, crime: { ...crimeBase, did: null, wdd: null, preTrend: null }, method: null, caveats: [] };
  const did = poissonDid(counts.target, counts.comparison);
  const wdd = weightedDisplacementDifference({ target: counts.target, control: counts.comparison, displacement: counts.ring, displacementControl: counts.comparisonRing });
  const preTrend = { target: suggestion.target.slope, comparison: seriesFeatures(seriesOf(d, chosen, p.history.months), chosen.length).slope };
  const ringText = ring.kind === 'buurten' ? `the ${ring.codes.length} buurten adjacent to the target as ring` : `a ring of ${ringMetres} m around the target`;
  const method = methodText({
    scopeText: describeScope(scope, labeller.buurtNames), before: periods.before, after: periods.after, comparisonCount: chosen.length,
    comparisonSuggested: !settings.comparison, ringText, crimeText: m.crime_types.length ? m.crime_types.join(', ') : 'all types',
  });
  return { status: 'ok' as const, reasons: [], crime: { ...crimeBase, did, wdd, preTrend }, method, caveats: caveats(did, wdd, preTrend) };
}
