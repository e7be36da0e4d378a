/** The method and caveat texts written next to every effect figure. */
import type { PoissonDid, WddResult } from '../analysis/service.ts';

export interface MethodFacts {
  scopeText: string;
  before: { from: string; to: string };
  after: { from: string; to: string };
  comparisonCount: number;
  comparisonSuggested: boolean;
  ringText: string;
  crimeText: string;
}

export function methodText(f: MethodFacts): string {
  return [
    `Maryland level 3: before/after with a comparison area. Registered crime (${f.crimeText}, incident level) in ${f.scopeText},`,
    `before ${f.before.from} – ${f.before.to} versus after ${f.after.from} – ${f.after.to} (periods of equal length, right-open).`,
    `Comparison: ${f.comparisonCount} buurt(en) ${f.comparisonSuggested ? 'suggested automatically by similar level and trend in the 24 months before the start (distance on log level and log slope)' : 'chosen by the analyst'}.`,
    'Effect: Poisson difference-in-differences, IRR = (T_after/T_before)/(C_after/C_before) with a 95% Wald interval exp(log IRR ± 1.96·√(1/T0+1/T1+1/C0+1/C1)).',
    `Displacement/diffusion: weighted displacement difference (Wheeler & Ratcliffe 2018) with ${f.ringText}.`,
  ].join(' ');
}

export function caveats(did: PoissonDid | null, wdd: WddResult | null, preSlopes: { target: number; comparison: number } | null): string[] {
  const out = ['Registered crime depends on reporting and police activity; a measure that raises reporting can look like an increase.',
    'Other changes in the same period and area (other measures, events, new buildings) are not separated from this measure.'];
  if (did?.continuityCorrected) out.push('A zero count was corrected by adding 0.5 to all four cells (Haldane–Anscombe).');
  if (preSlopes && Math.abs(preSlopes.target - preSlopes.comparison) > 0.25) {
    out.push(`The pre-period trends differ (log slope per year ${preSlopes.target.toFixed(2)} vs ${preSlopes.comparison.toFixed(2)}): the parallel-trends premise is doubtful; consider another comparison.`);
  }
  if (wdd && wdd.displacement > 0) out.push('The ring around the target rose relative to the comparison ring: possible displacement.');
  if (wdd && wdd.displacement < 0) out.push('The ring around the target fell relative to the comparison ring: possible diffusion of benefits.');
  return out;
}
