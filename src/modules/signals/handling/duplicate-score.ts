/**
 * Which open reports may be the same thing as this one: close by, made about the same time, in the
 * same or a related category (same main category). Pure: distances in RD New metres.
 * Merging follows Signalen's rule: the newer report is merged into the older original.
 */

export const NEARBY_METRES = 250;
export const DUPLICATE_METRES = 150;
export const DUPLICATE_DAYS = 14;
const DAY_MS = 86_400_000;

export interface Candidate {
  id: string;
  parentId: string | null;
  categorySlug: string;
  /** The main category (null for a main category itself). */
  mainCategory: string | null;
  createdAt: Date;
  x: number;
  y: number;
}

export interface DuplicateScore {
  distanceMetres: number;
  /** Whole days between the two reports. */
  daysApart: number;
  /** The candidate was made before this report. */
  earlier: boolean;
  sameCategory: boolean;
  /** 0–100: category 40 (related 20), closeness 30, time 30. */
  score: number;
  /** 'into-this': the candidate (newer) is merged into this one; 'this-into': this (newer) into the candidate. */
  direction: 'into-this' | 'this-into';
}

export const distanceMetres = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.round(Math.hypot(a.x - b.x, a.y - b.y));

/** Split parts of one report are not each other's duplicates, nor of their parent. */
function family(a: Candidate, b: Candidate): boolean {
  return a.parentId === b.id || b.parentId === a.id || (a.parentId !== null && a.parentId === b.parentId);
}

/** The score of `c` as a duplicate of `s`, or null when it is too far, too far apart in time, unrelated or family. */
export function scoreDuplicate(s: Candidate, c: Candidate): DuplicateScore | null {
  if (s.id === c.id || family(s, c)) return null;
  const metres = distanceMetres(s, c);
  const diff = c.createdAt.getTime() - s.createdAt.getTime();
  const days = Math.floor(Math.abs(diff) / DAY_MS);
  const sameCategory = s.categorySlug === c.categorySlug;
  const related = sameCategory || (s.mainCategory ?? s.categorySlug) === (c.mainCategory ?? c.categorySlug);
  if (metres > DUPLICATE_METRES || Math.abs(diff) > DUPLICATE_DAYS * DAY_MS || !related) return null;
  const closeness = 1 - metres / DUPLICATE_METRES;
  const recency = 1 - Math.abs(diff) / (DUPLICATE_DAYS * DAY_MS);
  return {
    distanceMetres: metres,
    daysApart: days,
    earlier: diff < 0,
    sameCategory,
    score: Math.round((sameCategory ? 40 : 20) + 30 * closeness + 30 * recency),
    direction: diff < 0 ? 'this-into' : 'into-this',
  };
}
