/** The Knox table's grid: rows = distance bands, columns = time bands, from the API's flat cell list. Pure. */
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
