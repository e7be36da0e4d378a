/** The Knox table's grid: rows = distance bands, columns = time bands, from the API's flat cell list. Pure. */
import { formatNumber, formatP } from './format.ts';
import type { KnoxCell } from './types.ts';

export interface KnoxGrid {
  space: [string, string][];
  time: [string, string][];
  /** cells[row][col] */
  cells: (KnoxCell | null)[][];
}

export function knoxGrid(bandsSpace: readonly string[], bandsTime: readonly string[], cells: readonly KnoxCell[]): KnoxGrid {
  const pairs = (b: readonly string[]) => b.slice(1).map((to, i) => [b[i]!, to] as [string, string]);
  const space = pairs(bandsSpace);
  const time = pairs(bandsTime);
  const find = (s: [string, string], t: [string, string]) =>
    cells.find((c) => c.space[0] === s[0] && c.space[1] === s[1] && c.time[0] === t[0] && c.time[1] === t[1]) ?? null;
  return { space, time, cells: space.map((s) => time.map((t) => find(s, t))) };
}

/** A near-repeat signal: more pairs than expected at p < alpha. */
export const isNearRepeat = (c: KnoxCell | null, alpha = 0.05) =>
  !!c && c.knoxRatio !== null && c.p !== null && c.knoxRatio > 1 && c.p < alpha;

/** Normalises typed band breaks ("0, 100,200 ,Inf") to the API form, or null when invalid. */
export function parseBands(text: string): string | null {
  const parts = text
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const nums = parts.map((p, i) => (p === 'inf' && i === parts.length - 1 ? Infinity : Number(p)));
  if (nums.some((n) => Number.isNaN(n) || n < 0) || nums.some((n, i) => i > 0 && !(n > nums[i - 1]!))) return null;
  return parts.map((p) => (p === 'inf' ? 'inf' : String(Number(p)))).join(',');
}

/** Below this many events the Knox table says nothing (as the server's MIN_DEFAULT_EVENTS). */
export const MIN_KNOX_EVENTS = 30;

export type KnoxConclusion =
  | { kind: 'too-few'; events: number | null }
  | { kind: 'untested' }
  | { kind: 'none' }
  | { kind: 'significant'; space: [string, string]; time: [string, string]; ratio: number; p: number };

/**
 * The plain-language conclusion of a Knox table. Rule: with fewer than MIN_KNOX_EVENTS events (or
 * a suppressed count) nothing is concluded; without permutations there are no p-values; otherwise
 * the closest significant cell (ratio > 1 and p < 0.05, finite bands only) — the smallest distance
 * band first, then the shortest time band — is the conclusion; no such cell: no sign of near-repeat.
 * Closest, not strongest: the near-repeat claim is about "close in space and time", and the p-values
 * are not corrected for the number of cells, so one cell among many may be significant by chance.
 */
export function knoxConclusion(grid: KnoxGrid, events: number | null, permutations: number): KnoxConclusion {
  if (events === null || events < MIN_KNOX_EVENTS) return { kind: 'too-few', events };
  if (permutations < 1) return { kind: 'untested' };
  for (let i = 0; i < grid.space.length; i++) {
    for (let j = 0; j < grid.time.length; j++) {
      const c = grid.cells[i]![j] ?? null;
      if (grid.space[i]![1] === 'Infinity' || grid.time[j]![1] === 'Infinity' || !isNearRepeat(c)) continue;
      return { kind: 'significant', space: grid.space[i]!, time: grid.time[j]!, ratio: c!.knoxRatio!, p: c!.p! };
    }
  }
  return { kind: 'none' };
}

/** Plain names of the crime types the sentence can name ("na een woninginbraak"); others are "een feit". */
export const CONCLUSION_EVENT_KEYS: Readonly<Record<string, string>> = { '1.1.1': 'homeBurglary', '1.1.2': 'shedBurglary' };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The conclusion as one sentence in the page language (texts under analysis.nearRepeat). */
export function conclusionText(c: KnoxConclusion, crimeTypes: readonly string[] | null, t: Translate, lang: string): string {
  const only = crimeTypes?.length === 1 ? crimeTypes[0]! : '';
  const event = t(`analysis.nearRepeat.event.${CONCLUSION_EVENT_KEYS[only] ?? 'other'}`);
  const range = (b: [string, string], unit: 'm' | 'd') =>
    b[0] === '0'
      ? t(`analysis.nearRepeat.within.${unit}`, { to: b[1] })
      : t(`analysis.nearRepeat.between.${unit}`, { from: b[0], to: b[1] });
  if (c.kind === 'significant')
    return t('analysis.nearRepeat.conclusion.significant', {
      space: range(c.space, 'm'),
      time: range(c.time, 'd'),
      event,
      ratio: formatNumber(c.ratio, lang, 1),
      p: formatP(c.p, lang),
    });
  if (c.kind === 'too-few') return t('analysis.nearRepeat.conclusion.tooFew', { events: c.events ?? '–' });
  return t(`analysis.nearRepeat.conclusion.${c.kind}`);
}
