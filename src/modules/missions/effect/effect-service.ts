/**
 * Effect of a mission (or one of its measures) at Maryland level 3: registered crime before/after
 * in the target against comparison buurten (suggested, or chosen in the mission's effect
 * settings), Poisson difference-in-differences (analysis `poissonDid`) and displacement/diffusion in
 * a buffer ring (analysis `weightedDisplacementDifference`); perceived-safety goals by the
 * difference of survey estimates with their margins. "Not enough data yet" comes with its reasons.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { notFound } from '../not-found.ts';
import { poissonDid, weightedDisplacementDifference } from '../../analysis/index.ts';
import { requireMissionAccess } from '../access.ts';
import { aggregateContext } from '../aggregate-context.ts';
import { ringOf } from '../../analysis/index.ts';
import { seriesFeatures, suggestComparison } from './comparison.ts';
import { countsOf, labelledData, seriesOf, type Periods } from './data.ts';
import { caveats, methodText } from './method.ts';
import { eventCoverage } from '../event-points.ts';
import { goalRows } from '../goals/goal-service.ts';
import { perceptionEffects } from './perception.ts';
import { measureRows } from '../measures/measure-service.ts';
import { findMission } from '../mission-store.ts';
import { describeScope, type Scope } from '../scope/scope.ts';
import { figureRule, type FigureRule } from '../disclosure.ts';
import { discloseCounts, discloseStatistics, discloseSuggestion, eventsText } from './disclosure.ts';
import type { MissionSettings } from '../settings.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const weeksText = (n: number) => `${n} ${n === 1 ? 'week' : 'weken'}`;

export interface Settings {
  comparison?: string[] | null;
  ringMetres?: number;
  minWeeksAfter?: number;
  minCount?: number;
  historyMonths?: number;
}

export function periodsFor(start: number, end: number, historyMonths: number): Periods {
  const length = end - start;
  const h = new Date(start);
  const historyFrom = Date.UTC(h.getUTCFullYear(), h.getUTCMonth() - historyMonths, 1);
  return {
    history: { from: historyFrom, to: start, months: historyMonths + (h.getUTCDate() > 1 ? 1 : 0) },
    before: { from: start - length, to: start },
    after: { from: start, to: end },
  };
}

async function subject(ctx: ServiceContext, gemeente: string, missionId: string, measureId?: string) {
  const m = await findMission(ctx.db, gemeente, missionId);
  if (!m) throw notFound('Mission', missionId);
  if (!measureId) return { mission: m, scope: m.scope as Scope, start: m.start_date, title: m.title };
  const measure = (await measureRows(ctx, [missionId])).find((r) => r.id === measureId);
  if (!measure) throw notFound('Measure', measureId);
  return { mission: m, scope: (measure.scope ?? m.scope) as Scope, start: measure.start_date, title: measure.title };
}

export async function missionEffect(ctx: ServiceContext, ms: MissionSettings, missionId: string, measureId?: string, now = new Date()) {
  const gemeente = ms.gemeente;
  await requireMissionAccess(ctx, gemeente, missionId, 'read');
  const actx = aggregateContext(ctx);
  const s = await subject(ctx, gemeente, missionId, measureId);
  const settings = (s.mission.effect_settings ?? {}) as Settings;
  const perception = await perceptionEffects(actx, s.mission, await goalRows(ctx, [missionId]), s.start, ms.minRespondents);
  // the rule of the evaluated area: the measure's own scope when it has one
  const rule = figureRule(ctx, ms, s.scope);
  const base = { missionId, measureId: measureId ?? null, subject: s.title, perception, disclosure: rule.info() };
  const window = await dataWindow(actx, gemeente, s.start, settings.minWeeksAfter ?? 12, now);
  if ('reasons' in window)
    return { ...base, status: 'not-enough-data' as const, reasons: window.reasons, crime: null, method: null, caveats: [] };
  const { start, end } = window;
  const periods = periodsFor(start, end, settings.historyMonths ?? 24);
  const crime = await crimeEffect(actx, { gemeente, crimeTypes: s.mission.crime_types }, s.scope, settings, periods, rule);
  return { ...base, ...crime, disclosure: rule.info() };
}

/**
 * The window an effect can be measured in: from the start to the end of the data (or now), with
 * the reasons it cannot be (no start, no incident-level data, too few weeks after, too little before).
 */
export async function dataWindow(
  ctx: ServiceContext,
  gemeente: string,
  startDay: string | null,
  minWeeks: number,
  now: Date,
): Promise<{ start: number; end: number } | { reasons: string[] }> {
  const reasons: string[] = [];
  const coverage = await eventCoverage(ctx, gemeente);
  if (!startDay) reasons.push('Er is geen startdatum ingesteld: het effect wordt gemeten vanaf de start van de aanpak.');
  if (!coverage)
    reasons.push(
      'Er zijn geen criminaliteitsgegevens op incidentniveau geïmporteerd. De jaarcijfers van het CBS zijn te grof voor een voor- en nameting met een vergelijkingsgebied.',
    );
  if (!startDay || !coverage) return { reasons };
  const start = dayMs(startDay);
  const end = Math.min(now.getTime(), Math.floor(coverage.last / DAY) * DAY + DAY);
  const weeks = Math.floor((end - start) / (7 * DAY));
  if (weeks < minWeeks)
    reasons.push(
      `Na de start op ${startDay} zijn er pas ${weeksText(Math.max(0, weeks))} aan gegevens; er zijn minstens ${weeksText(minWeeks)} nodig.`,
    );
  else if (start - (end - start) < coverage.first - 31 * DAY)
    reasons.push(
      `De gegevens beginnen op ${iso(coverage.first)}: te laat voor een periode vóór de start die even lang is als de periode erna.`,
    );
  return reasons.length ? { reasons } : { start, end };
}

/** What the crime part needs of its subject (a mission, or any place): the municipality and the crime types. */
export interface CrimeSubject {
  gemeente: string;
  crimeTypes: string[];
}

/** The crime part of an effect for any scope (a mission's, or a place's: see place-effect.ts). */
export async function crimeEffect(ctx: ServiceContext, m: CrimeSubject, scope: Scope, settings: Settings, p: Periods, rule: FigureRule) {
  const ringMetres = settings.ringMetres ?? 200;
  const d = await labelledData(ctx, m.gemeente, scope, m.crimeTypes, ringMetres, p);
  const { labeller } = d;
  const excluded = new Set([...labeller.targetBuurten, ...labeller.ringBuurten]);
  const candidates = [...labeller.buurtNames.keys()]
    .filter((c) => !excluded.has(c))
    .map((code) => ({ code, series: d.monthly.get(code) ?? new Float64Array(p.history.months) }));
  const suggestion = suggestComparison({ series: seriesOf(d, ['target'], p.history.months), units: labeller.units }, candidates);
  const chosen = settings.comparison?.filter((c) => !excluded.has(c)) ?? suggestion.chosen.map((c) => c.code);
  const comparisonRing = ringOf(labeller.adjacency, chosen, [...excluded]);
  const counts = {
    target: countsOf(d, ['target']),
    comparison: countsOf(d, chosen),
    ring: countsOf(d, ['ring']),
    comparisonRing: countsOf(d, comparisonRing),
  };
  const minCount = settings.minCount ?? 20;
  const reasons: string[] = [];
  if (chosen.length === 0)
    reasons.push(
      'Geen enkele buurt buiten het doelgebied en de ring eromheen heeft geregistreerde criminaliteit van deze soorten om mee te vergelijken.',
    );
  const need = `${minCount} ${minCount === 1 ? 'registratie' : 'registraties'}`;
  if (counts.target.before + counts.target.after < minCount)
    reasons.push(
      `Het doelgebied heeft vóór en na de start samen ${eventsText(counts.target.before + counts.target.after, minCount, rule)}; er zijn minstens ${need} nodig.`,
    );
  if (chosen.length && counts.comparison.before + counts.comparison.after < minCount)
    reasons.push(`De vergelijkingsbuurten hebben vóór en na de start samen minder dan ${need}.`);
  const periods = { before: { from: iso(p.before.from), to: iso(p.before.to) }, after: { from: iso(p.after.from), to: iso(p.after.to) } };
  const ring =
    scope.kind === 'buurten'
      ? { kind: 'buurten' as const, codes: [...labeller.ringBuurten].sort(), metres: null }
      : { kind: 'distance' as const, codes: [], metres: ringMetres };
  const comparison = {
    codes: chosen,
    names: chosen.map((c) => labeller.buurtNames.get(c) ?? c),
    suggested: !settings.comparison,
    ringCodes: comparisonRing,
    suggestion: discloseSuggestion(suggestion, labeller.buurtNames, rule),
  };
  const crimeBase = { periods, counts: discloseCounts(counts, rule), comparison, ring };
  if (reasons.length)
    return {
      status: 'not-enough-data' as const,
      reasons,
      crime: { ...crimeBase, did: null, wdd: null, preTrend: null },
      method: null,
      caveats: [],
    };
  const did = poissonDid(counts.target, counts.comparison);
  const wdd = weightedDisplacementDifference({
    target: counts.target,
    control: counts.comparison,
    displacement: counts.ring,
    displacementControl: counts.comparisonRing,
  });
  const comparisonHistory = seriesFeatures(seriesOf(d, chosen, p.history.months), chosen.length);
  const shown = discloseStatistics(
    counts,
    did,
    wdd,
    { target: suggestion.target.slope, comparison: comparisonHistory.slope },
    { target: suggestion.target.total, comparison: comparisonHistory.total },
    rule,
  );
  const ringText =
    ring.kind === 'buurten'
      ? `als ring de ${ring.codes.length === 1 ? 'buurt' : `${ring.codes.length} buurten`} die aan het doelgebied ${ring.codes.length === 1 ? 'grenst' : 'grenzen'}`
      : `een ring van ${ringMetres} m rond het doelgebied`;
  const method = methodText({
    scopeText: describeScope(scope, labeller.buurtNames),
    before: periods.before,
    after: periods.after,
    comparisonCount: chosen.length,
    comparisonSuggested: !settings.comparison,
    ringText,
    crimeText: m.crimeTypes.length ? m.crimeTypes.join(', ') : 'alle soorten',
  });
  return {
    status: 'ok' as const,
    reasons: [],
    crime: { ...crimeBase, ...shown },
    method,
    caveats: caveats(shown.did, shown.wdd, shown.preTrend),
  };
}
