/**
 * CBS StatLine period keys: `2023JJ00` (year), `2023KW02` (quarter), `2023MM07` (month).
 */
import type { PeriodKind } from '../tables.ts';

export interface CbsPeriod {
  key: string;
  kind: PeriodKind;
  year: number;
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
}

export function parseCbsPeriod(raw: string): CbsPeriod | null {
  const key = raw.trim();
  const m = /^(\d{4})(JJ|KW|MM)(\d{2})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[3]);
  if (m[2] === 'JJ') return n === 0 ? { key, kind: 'year', year, start: `${year}-01-01` } : null;
  if (m[2] === 'KW')
    return n >= 1 && n <= 4 ? { key, kind: 'quarter', year, start: `${year}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01` } : null;
  return n >= 1 && n <= 12 ? { key, kind: 'month', year, start: `${year}-${String(n).padStart(2, '0')}-01` } : null;
}
