/**
 * The crime part of an effect evaluation as the caller may see it (disclosure.ts): the eight
 * before/after counts each under the count rule; DiD from the target and comparison counts, WDD
 * from all eight, the pre-trend slopes and the comparison suggestion (levels, slopes, distances,
 * totals) only when every count they come from may be shown.
 */
import type { PoissonDid, WddResult } from '../../analysis/index.ts';
import type { ComparisonSuggestion } from './comparison.ts';
import type { FigureRule } from '../disclosure.ts';

type BeforeAfter = { before: number; after: number };
export interface EffectCounts {
  target: BeforeAfter;
  comparison: BeforeAfter;
  ring: BeforeAfter;
  comparisonRing: BeforeAfter;
}

const both = (c: BeforeAfter) => [c.before, c.after];

export function discloseCounts(counts: EffectCounts, rule: FigureRule) {
  const one = (c: BeforeAfter) => ({ before: rule.count(c.before), after: rule.count(c.after) });
  return {
    target: one(counts.target),
    comparison: one(counts.comparison),
    ring: one(counts.ring),
    comparisonRing: one(counts.comparisonRing),
  };
}

export function discloseStatistics(
  counts: EffectCounts,
  did: PoissonDid,
  wdd: WddResult,
  preTrend: { target: number; comparison: number },
  history: { target: number; comparison: number },
  rule: FigureRule,
) {
  const didFrom = [...both(counts.target), ...both(counts.comparison)];
  return {
    did: rule.derived(didFrom, did),
    wdd: rule.derived([...didFrom, ...both(counts.ring), ...both(counts.comparisonRing)], wdd),
    preTrend: rule.derived([history.target, history.comparison], preTrend),
  };
}

/** The suggestion with each candidate's figures only when its history total may be shown (the target's likewise). */
export function discloseSuggestion(s: ComparisonSuggestion, names: Map<string, string>, rule: FigureRule) {
  const t = s.target;
  const target = {
    units: t.units,
    total: rule.count(t.total),
    level: rule.derived([t.total], t.level),
    slope: rule.derived([t.total], t.slope),
  };
  const ranked = s.ranked.map((c) => ({
    code: c.code,
    name: names.get(c.code) ?? c.code,
    total: rule.count(c.total),
    level: rule.derived([c.total], c.level),
    slope: rule.derived([c.total], c.slope),
    distance: rule.derived([c.total, t.total], c.distance),
  }));
  return { target, scales: s.scales, ranked };
}

/** "12 registraties", or "minder dan 20 registraties" when the caller may not see the number. */
export function eventsText(n: number, atLeast: number, rule: FigureRule): string {
  if (rule.hides(n)) return `minder dan ${atLeast} registraties`;
  return `${n} ${n === 1 ? 'registratie' : 'registraties'}`;
}
