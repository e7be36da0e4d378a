/**
 * Parsing and checking of survey-result CSV rows. Format (one estimate per row, header required,
 * `;` or `,` as delimiter, decimal comma or point):
 *
 *   indicator;area;year;value;n;margin            (margin = half-width of the 95% CI)
 *   indicator;area;year;value;n;ciLower;ciUpper   (margin is taken as (ciUpper − ciLower) / 2)
 *
 * Aliases: indicatorCode, areaCode, respondents. Empty value / n / margin (or CBS '.') = not
 * published. Every problem is reported as line + column + reason.
 */
import type { RowProblem } from '../../../core/import-report.ts';
import { short } from '../../../core/import-text.ts';
import type { IndicatorUnit } from '../tables.ts';

export interface SurveyRow {
  indicator_code: string;
  area_code: string;
  year: number;
  value: number | null;
  respondents: number | null;
  margin: number | null;
}

const ALIASES: Record<string, string> = {
  indicator: 'indicator',
  indicatorcode: 'indicator',
  area: 'area',
  areacode: 'area',
  year: 'year',
  value: 'value',
  n: 'n',
  respondents: 'n',
  margin: 'margin',
  cilower: 'ciLower',
  ciupper: 'ciUpper',
};

/** Maps the file's header names onto canonical names; returns the missing required columns too. */
export function mapHeader(header: string[]): { columns: Record<string, string>; missing: string[] } {
  const columns: Record<string, string> = {};
  for (const h of header) {
    const canonical = ALIASES[h.trim().toLowerCase()];
    if (canonical) columns[canonical] = h;
  }
  const missing = ['indicator', 'area', 'year', 'value', 'n'].filter((c) => !columns[c]);
  if (!columns.margin && !(columns.ciLower && columns.ciUpper)) missing.push('margin (or ciLower + ciUpper)');
  return { columns, missing };
}

/** '20,6' / '20.6' / '' / '.' → 20.6 / 20.6 / null / null; anything else → NaN. */
export function parseDecimal(raw: string | undefined): number | null {
  const v = (raw ?? '').trim();
  if (v === '' || v === '.' || v.toUpperCase() === 'NA') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(v)) return Number.NaN;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

/** The largest respondent count stored (the column is a PostgreSQL integer). */
const MAX_RESPONDENTS = 2_147_483_647;

const RANGE: Record<IndicatorUnit, [number, number]> = { percent: [0, 100], mark: [1, 10], score: [0, 10] };

export interface RowCheckContext {
  units: Map<string, IndicatorUnit>;
  isKnownArea: (code: string) => boolean;
  columns: Record<string, string>;
}

function checkValue(p: RowProblem[], line: number, column: string, v: number | null, unit: IndicatorUnit | undefined): void {
  if (v === null || !unit) return;
  const [lo, hi] = RANGE[unit];
  if (v < lo || v > hi) p.push({ line, column, reason: `${v} is outside ${lo}–${hi} for unit '${unit}'` });
}

function marginOf(rec: Record<string, string>, cols: Record<string, string>, line: number, p: RowProblem[]): number | null {
  if (cols.margin) {
    const m = parseDecimal(rec[cols.margin]);
    if (Number.isNaN(m) || (m !== null && m < 0))
      p.push({ line, column: cols.margin, reason: `'${short(rec[cols.margin] ?? '')}' is not a margin ≥ 0` });
    return Number.isNaN(m) ? null : m;
  }
  const lo = parseDecimal(rec[cols.ciLower!]);
  const hi = parseDecimal(rec[cols.ciUpper!]);
  if (Number.isNaN(lo) || Number.isNaN(hi) || (lo !== null) !== (hi !== null) || (lo !== null && hi! < lo)) {
    p.push({
      line,
      column: `${cols.ciLower}/${cols.ciUpper}`,
      reason: 'ciLower and ciUpper must both be numbers with ciLower ≤ ciUpper, or both empty',
    });
    return null;
  }
  return lo === null ? null : Math.round(((hi! - lo) / 2) * 1e6) / 1e6;
}

export function checkSurveyRow(rec: Record<string, string>, line: number, c: RowCheckContext): { row?: SurveyRow; problems: RowProblem[] } {
  const p: RowProblem[] = [];
  const cols = c.columns;
  const indicator = (rec[cols.indicator!] ?? '').trim();
  const area = (rec[cols.area!] ?? '').trim().toUpperCase();
  const yearRaw = (rec[cols.year!] ?? '').trim();
  const unit = c.units.get(indicator);
  if (!unit)
    p.push({ line, column: cols.indicator!, reason: `unknown indicator '${short(indicator)}' (see GET /api/v1/perception/indicators)` });
  if (!c.isKnownArea(area))
    p.push({ line, column: cols.area!, reason: `unknown area code '${short(area)}' (not an area of this municipality, NL01 or PVnn)` });
  const year = /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : Number.NaN;
  if (!(year >= 1990 && year <= 2200)) p.push({ line, column: cols.year!, reason: `'${short(yearRaw)}' is not a year` });
  const value = parseDecimal(rec[cols.value!]);
  if (Number.isNaN(value)) p.push({ line, column: cols.value!, reason: `'${short(rec[cols.value!] ?? '')}' is not a number` });
  else checkValue(p, line, cols.value!, value, unit);
  const n = (rec[cols.n!] ?? '').trim();
  if (n !== '' && n !== '.' && !(/^\d+$/.test(n) && Number(n) <= MAX_RESPONDENTS)) {
    p.push({ line, column: cols.n!, reason: `'${short(n)}' is not a whole number of respondents ≥ 0 (at most ${MAX_RESPONDENTS})` });
  }
  const margin = marginOf(rec, cols, line, p);
  if (p.length) return { problems: p };
  const respondents = n === '' || n === '.' ? null : Number(n);
  return { problems: p, row: { indicator_code: indicator, area_code: area, year, value, respondents, margin } };
}
