/**
 * URL paths of the beleving (perception) pages. The pulse path is the one the server puts in the
 * questionnaire link and QR code (src/modules/perception/qr.ts). Pure.
 */
export type PerceptionPublicRoute =
  | { page: 'pulse'; buurt: string }
  | { page: 'area'; code: string }
  /** /veiligheid or /buurtpeiling without a code: residents find their buurt first. */
  | { page: 'find'; target: 'area' | 'pulse' };
export type PerceptionStaffRoute =
  | { page: 'home' }
  | { page: 'profile'; code: string }
  | { page: 'discrepancies' }
  | { page: 'moderation' };

export const BELEVING_PATH = '/beleving';
export const MODERATION_PATH = '/beleving/moderatie';
export const DISCREPANCY_PATH = '/beleving/verschillen';
export const profilePath = (code: string) => `/beleving/profiel/${code}`;
export const pulsePath = (buurt: string) => `/buurtpeiling/${buurt}`;
export const publicAreaPath = (code: string) => `/veiligheid/${code}`;
export const FIND_AREA_PATH = '/veiligheid';
export const FIND_PULSE_PATH = '/buurtpeiling';

const BUURT = /^BU\d{8}$/;
const AREA = /^(BU\d{8}|WK\d{6}|GM\d{4})$/;
const clean = (pathname: string) => pathname.replace(/\/+$/, '') || '/';

/** The code after `prefix/` when it matches `pattern` (case-insensitive, returned upper case). */
function codeAfter(path: string, prefix: string, pattern: RegExp): string | null {
  if (!path.toLowerCase().startsWith(`${prefix}/`)) return null;
  const code = path.slice(prefix.length + 1).toUpperCase();
  return pattern.test(code) ? code : null;
}

/** The public beleving page for a path (pulse questionnaire, neighbourhood page), or null. */
export function perceptionPublicRouteFor(pathname: string): PerceptionPublicRoute | null {
  const p = clean(pathname);
  const buurt = codeAfter(p, '/buurtpeiling', BUURT);
  if (buurt) return { page: 'pulse', buurt };
  const code = codeAfter(p, '/veiligheid', AREA);
  if (code) return { page: 'area', code };
  if (p.toLowerCase() === FIND_AREA_PATH) return { page: 'find', target: 'area' };
  if (p.toLowerCase() === FIND_PULSE_PATH) return { page: 'find', target: 'pulse' };
  return null;
}

/** The staff page under /beleving; unknown sub-paths show the start page. */
export function perceptionStaffRouteFor(pathname: string): PerceptionStaffRoute {
  const p = clean(pathname).toLowerCase();
  if (p === MODERATION_PATH) return { page: 'moderation' };
  if (p === DISCREPANCY_PATH) return { page: 'discrepancies' };
  const code = codeAfter(clean(pathname), '/beleving/profiel', AREA);
  if (code) return { page: 'profile', code };
  return { page: 'home' };
}

/** Years offered in year choices: this year and the `count − 1` before it, newest first. */
export function recentYears(now: Date, count = 6): number[] {
  const y = now.getUTCFullYear();
  return Array.from({ length: count }, (_, i) => y - i);
}

/** The year choices with `year` (the one a reply shows) among them, newest first. */
export function withYear(years: readonly number[], year: number): number[] {
  return years.includes(year) ? [...years] : [...years, year].sort((a, b) => b - a);
}

/** A year from `?jaar=` when it is one of `allowed`, else the fallback (null: let the server pick the latest year with data). */
export function yearFromSearch<F extends number | null>(search: string, allowed: readonly number[], fallback: F): number | F {
  const value = Number(new URLSearchParams(search).get('jaar'));
  return allowed.includes(value) ? value : fallback;
}

/** The year of `?jaar=` (any year from 2000 up to next year), else null: the server then picks the latest year with data. */
export function yearInSearch(search: string, now = new Date()): number | null {
  const value = Number(new URLSearchParams(search).get('jaar'));
  return Number.isInteger(value) && value >= 2000 && value <= now.getUTCFullYear() + 1 ? value : null;
}

/** Buurten and wijken whose name contains `query` (case and accents ignored), best first: names that start with it. Pure. */
export function matchAreas<T extends { name: string }>(areas: readonly T[], query: string, limit = 20): T[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const q = fold(query.trim());
  if (!q) return [];
  const hits = areas.filter((a) => fold(a.name).includes(q));
  return hits
    .sort((a, b) => Number(!fold(a.name).startsWith(q)) - Number(!fold(b.name).startsWith(q)) || a.name.localeCompare(b.name, 'nl'))
    .slice(0, limit);
}
