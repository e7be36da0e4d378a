/**
 * Disclosure control for survey estimates and pulse aggregates. An estimate based on fewer than
 * `minN` respondents is suppressed: its value is withheld (null) while n and the margin are still
 * returned, so a reader sees *why* there is no figure. When the source did not publish n (CBS
 * StatLine tables), the source's own publication rules already apply: the value is shown and
 * `respondentsKnown: false` says so.
 */

export interface Estimate {
  value: number | null;
  respondents: number | null;
  /** Half-width of the 95% confidence interval, in the unit of the value. */
  margin: number | null;
}

export interface PublishedEstimate extends Estimate {
  suppressed: boolean;
  respondentsKnown: boolean;
  /** value ± margin, when both are present and the value is not suppressed. */
  ci: { lower: number; upper: number } | null;
  note: string | null;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

export function publishEstimate(e: Estimate, minN: number): PublishedEstimate {
  const respondentsKnown = e.respondents !== null;
  const suppressed = respondentsKnown && e.respondents! < minN && e.value !== null;
  const value = suppressed ? null : e.value;
  const ci = value !== null && e.margin !== null ? { lower: round(value - e.margin), upper: round(value + e.margin) } : null;
  let note: string | null = null;
  if (suppressed) note = `Onderdrukt: ${e.respondents} respondenten, minimum is ${minN}.`;
  else if (!respondentsKnown) note = 'Aantal respondenten niet gepubliceerd door de bron; de bron past eigen publicatieregels toe.';
  else if (e.value === null) note = 'Geen waarde gepubliceerd door de bron.';
  return { value, respondents: e.respondents, margin: e.margin, suppressed, respondentsKnown, ci, note };
}

/** Pulse aggregates: withheld below `minAnswers`; the count itself is always shown. */
export function publishCount<T>(n: number, minAnswers: number, compute: () => T): { n: number; suppressed: boolean; value: T | null } {
  return n < minAnswers ? { n, suppressed: true, value: null } : { n, suppressed: false, value: compute() };
}
