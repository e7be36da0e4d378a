/**
 * Formatting of safety indices and survey figures, and the labels of significance tests — pure,
 * unit-tested. Indices: 100 = city average in the base year, higher = more problems.
 */
import type { Combined, DifferenceTest } from './types.ts';

const locale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'nl-NL');

/** A number with at most `digits` decimals in the UI language; '–' for a missing value. */
export function formatNumber(value: number | null | undefined, language: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

/** An index rounded to a whole number (one decimal is false precision for readers). */
export const formatIndex = (index: number | null, language: string) => formatNumber(index === null ? null : Math.round(index), language, 0);

/** '± 4,5' for a 95% margin; empty when unknown. */
export const formatMargin = (margin: number | null, language: string) => (margin === null ? '' : `± ${formatNumber(margin, language)}`);

export type IndexBand = 'none' | 'below' | 'around' | 'above' | 'far-above';

/** Where an index stands against the city (100): within ±10 counts as "around the average". */
export function indexBand(index: number | null): IndexBand {
  if (index === null) return 'none';
  if (index < 90) return 'below';
  if (index <= 110) return 'around';
  return index < 150 ? 'above' : 'far-above';
}

/** Width of an index bar in percent of a scale that runs to `max` (default 250); 100 sits at 40%. */
export function indexBarWidth(index: number | null, max = 250): number {
  if (index === null || index <= 0) return 0;
  return Math.min(100, Math.round((index / max) * 1000) / 10);
}

export type Significance = 'up' | 'down' | 'not-significant' | 'no-margin' | 'no-change';

/** The label of a z-test on the difference between two years. */
export function significanceOf(test: DifferenceTest | null): Significance | null {
  if (!test) return null;
  if (test.significant === null) return 'no-margin';
  if (!test.significant) return test.difference === 0 ? 'no-change' : 'not-significant';
  return test.difference > 0 ? 'up' : 'down';
}

/** The mark shown beside a figure; the words are in the legend and the accessible label. */
export const SIGNIFICANCE_MARK: Record<Significance, string> = {
  up: '▲',
  down: '▼',
  'not-significant': '≈',
  'no-margin': '?',
  'no-change': '=',
};

/** The combined index written out: weights as fractions of 1 and the parts, or null when it cannot be computed. */
export function combinedParts(
  c: Combined,
): { wObjective: number; wSubjective: number; objective: number; subjective: number; combined: number } | null {
  if (c.objective === null || c.subjective === null || c.combined === null) return null;
  return {
    wObjective: c.weightObjective / 100,
    wSubjective: (100 - c.weightObjective) / 100,
    objective: c.objective,
    subjective: c.subjective,
    combined: c.combined,
  };
}

/** "n = 123" or, for a self-selected pulse, the count with "no sample" — the caller adds the words. */
export const formatCount = (n: number | null, language: string) => (n === null ? '–' : formatNumber(n, language, 0));
