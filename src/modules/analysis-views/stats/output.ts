/** Output of the `stats` commands: JSON (default) or CSV to stdout; NaN becomes null / empty. */
import { CliError } from '../../../core/errors.ts';

export type Format = 'json' | 'csv';

export function parseFormat(value: string | undefined, tabular: boolean): Format {
  const f = (value ?? 'json').toLowerCase();
  if (f !== 'json' && f !== 'csv') throw new CliError(`--format must be json or csv, got '${value}'`);
  if (f === 'csv' && !tabular) throw new CliError('--format csv is only available for tabular results');
  return f;
}

const clean = (v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

const compact = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => clean(v));

/** JSON; an object's members go one per line with compact values (tables stay one row per line). */
export function writeJson(value: unknown): void {
  if (value === null || typeof value !== 'object') return void process.stdout.write(`${compact(value)}\n`);
  if (Array.isArray(value)) {
    const flat = value.every((v) => v === null || typeof v !== 'object');
    return void process.stdout.write(flat ? `${compact(value)}\n` : `[\n${value.map((v) => `  ${compact(v)}`).join(',\n')}\n]\n`);
  }
  const lines = Object.entries(value).map(
    ([k, v]) =>
      `  ${JSON.stringify(k)}: ${Array.isArray(v) && v.some(Array.isArray) ? `[\n${v.map((row) => `    ${compact(row)}`).join(',\n')}\n  ]` : compact(v)}`,
  );
  process.stdout.write(`{\n${lines.join(',\n')}\n}\n`);
}

function csvCell(v: unknown): string {
  const c = clean(v);
  if (c === null || c === undefined) return '';
  const s = String(c);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeRows(rows: Record<string, unknown>[], columns: string[], format: Format): void {
  if (format === 'json') {
    writeJson(rows.map((r) => Object.fromEntries(columns.filter((c) => c in r).map((c) => [c, r[c]]))));
    return;
  }
  const present = columns.filter((c) => rows.some((r) => c in r));
  const lines = [present.join(','), ...rows.map((r) => present.map((c) => csvCell(r[c])).join(','))];
  process.stdout.write(`${lines.join('\n')}\n`);
}
