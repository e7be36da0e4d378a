/**
 * National registered crime per crime type and year (CBS/Politie 47025NED, whole Netherlands),
 * from data/cbs/politie_cbs_47025NED_NL_misdrijven_per_soort_2012_2023.csv. Rows are
 * `incident_type_code,year,incident_count` with the code as "1.1.1 Diefstal/inbraak woning" or
 * "Totaal misdrijven"; here keyed by the bare code ("1.1.1") and `0.0.0` for the total.
 */
import path from 'node:path';
import { projectRoot } from '../../../core/config.ts';
import { TOTAL_CRIME } from '../crime-types.ts';
import { readCsvRows } from '../csv-rows.ts';

export const NATIONAL_CRIME_FILE = path.join(projectRoot, 'data', 'cbs', 'politie_cbs_47025NED_NL_misdrijven_per_soort_2012_2023.csv');

/** year → code → count (the total under `0.0.0`). */
export type NationalCrime = Map<number, Map<string, number>>;

export async function readNationalCrime(file = NATIONAL_CRIME_FILE): Promise<NationalCrime> {
  const out: NationalCrime = new Map();
  for await (const { line, record } of readCsvRows(file)) {
    const label = (record.incident_type_code ?? '').trim();
    const code = label.startsWith('Totaal') ? TOTAL_CRIME : /^(\d+\.\d+\.\d+)\s/.exec(label)?.[1];
    const year = Number(record.year);
    const count = Number(record.incident_count);
    if (!code || !Number.isInteger(year) || !Number.isFinite(count)) throw new Error(`${path.basename(file)}:${line}: unreadable row`);
    let byCode = out.get(year);
    if (!byCode) out.set(year, (byCode = new Map()));
    byCode.set(code, count);
  }
  return out;
}

/** National total of `year` relative to `base` (e.g. 2021 vs 2023: 742,992 / 802,043 = 0.926). */
export function nationalTrend(national: NationalCrime, year: number, base: number): number {
  const a = national.get(year)?.get(TOTAL_CRIME);
  const b = national.get(base)?.get(TOTAL_CRIME);
  if (!a || !b) throw new Error(`no national total for ${year} or ${base}`);
  return a / b;
}

/**
 * Splits `total` into whole numbers proportional to `weights` that sum to `total` exactly
 * (largest-remainder / Hamilton method; ties go to the earlier key).
 */
export function apportion<K>(total: number, weights: [K, number][]): Map<K, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const out = new Map<K, number>();
  if (sum <= 0 || total <= 0) {
    for (const [k] of weights) out.set(k, 0);
    return out;
  }
  const exact = weights.map(([k, w], i) => ({ k, i, q: (total * w) / sum }));
  let given = 0;
  for (const e of exact) {
    out.set(e.k, Math.floor(e.q));
    given += Math.floor(e.q);
  }
  const byRemainder = [...exact].sort((a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)) || a.i - b.i);
  for (let j = 0; j < total - given; j++) out.set(byRemainder[j]!.k, out.get(byRemainder[j]!.k)! + 1);
  return out;
}
