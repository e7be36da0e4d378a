/**
 * File input for the `stats` commands: CSV tables, numeric columns and weights files, with errors
 * as one line naming the file, row and column (CliError).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CliError } from '../../../core/errors.ts';
import { alignWeights, findAsymmetry, parseGal, parseGwt, WeightsFileError, type SpatialWeights } from '../../analysis/index.ts';

export interface CsvTable {
  file: string;
  header: string[] | null;
  rows: string[][];
  /** 1-based line number of the first data row. */
  firstLine: number;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Reads a CSV file; `header: 'auto'` treats the first row as a header when its first cell is not a number. */
export function readCsv(file: string, header: boolean | 'auto' = true): CsvTable {
  let records: string[][];
  try {
    records = parse(readText(file), { skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as string[][];
  } catch (err) {
    throw new CliError(`${file}: not valid CSV (${(err as Error).message})`);
  }
  if (records.length === 0) throw new CliError(`${file}: no rows`);
  const first = records[0]!;
  const hasHeader =
    header === 'auto' ? first.length > 0 && !Number.isFinite(Number(first[0])) && !/^\d{4}-\d{2}-\d{2}/.test(first[0]!) : header;
  return hasHeader ? { file, header: first, rows: records.slice(1), firstLine: 2 } : { file, header: null, rows: records, firstLine: 1 };
}

/** Index of a named column (exact, then case-insensitive), or a one-line error listing the columns. */
export function columnIndex(table: CsvTable, name: string): number {
  const header = table.header ?? [];
  let k = header.indexOf(name);
  if (k < 0) k = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  if (k < 0) throw new CliError(`${table.file}: no column '${name}' (columns: ${header.join(', ') || 'none, the file has no header'})`);
  return k;
}

function cell(table: CsvTable, row: number, col: number, name: string): string {
  const v = table.rows[row]![col];
  if (v === undefined) throw new CliError(`${table.file}: row ${row + table.firstLine}: column '${name}' is missing`);
  return v;
}

/** A numeric column; empty or non-numeric cells are an error naming the row and column. */
export function numericColumn(table: CsvTable, col: number, name: string): Float64Array {
  return Float64Array.from(table.rows, (_, r) => {
    const text = cell(table, r, col, name);
    const v = text === '' ? NaN : Number(text);
    if (!Number.isFinite(v)) throw new CliError(`${table.file}: row ${r + table.firstLine}, column '${name}': '${text}' is not a number`);
    return v;
  });
}

/** A text column (ids). */
export function textColumn(table: CsvTable, col: number, name: string): string[] {
  return table.rows.map((_, r) => cell(table, r, col, name));
}

/** Any column parsed by `convert`, which returns NaN for invalid values. */
export function convertedColumn(table: CsvTable, col: number, name: string, convert: (text: string) => number, what: string): Float64Array {
  return Float64Array.from(table.rows, (_, r) => {
    const text = cell(table, r, col, name);
    const v = convert(text);
    if (Number.isNaN(v)) throw new CliError(`${table.file}: row ${r + table.firstLine}, column '${name}': '${text}' is not ${what}`);
    return v;
  });
}

/**
 * Reads a .gal or .gwt file and aligns it with the data rows (by `ids` when given, else 1..n).
 * `requireSymmetric` rejects asymmetric weights (contiguity must be symmetric).
 */
export function readWeights(file: string, n: number, ids: string[] | undefined, requireSymmetric: boolean): SpatialWeights {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.gal' && ext !== '.gwt') throw new CliError(`${file}: weights file must be .gal or .gwt`);
  let w: SpatialWeights;
  try {
    const parsed = ext === '.gal' ? parseGal(readText(file)) : parseGwt(readText(file));
    w = alignWeights(parsed, n, ids);
  } catch (err) {
    if (err instanceof WeightsFileError || err instanceof RangeError) throw new CliError(`${file}: ${err.message}`);
    throw err;
  }
  const asym = requireSymmetric ? findAsymmetry(w) : null;
  if (asym) {
    throw new CliError(
      `${file}: weights are not symmetric: '${w.ids[asym.i]}' → '${w.ids[asym.j]}' has no equal reverse link (use --allow-asymmetric if intended)`,
    );
  }
  return w;
}
