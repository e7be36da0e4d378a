/** Actions of `stats knox` and `stats aoristic` (event files). */
import { CliError } from '../../../core/errors.ts';
import { aoristicHourOfWeek, HOURS_PER_WEEK, knoxTest, parseAmsterdamTime, wallClockMinutes } from '../../analysis/index.ts';
import { columnIndex, convertedColumn, numericColumn, readCsv, type CsvTable } from './csv-input.ts';
import { parseFormat, writeJson, writeRows } from './output.ts';
import { parseCount, parseSeed } from './spatial-commands.ts';

function parseBands(value: string, name: string): number[] {
  const bands = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .map((s) => (s === 'inf' || s === 'infinity' ? Infinity : s === '' ? NaN : Number(s)));
  const bad = bands.findIndex(
    (b, k) => Number.isNaN(b) || b < 0 || (k > 0 && !(b > bands[k - 1]!)) || (b === Infinity && k < bands.length - 1),
  );
  if (bands.length < 2 || bad >= 0)
    throw new CliError(`${name} must be at least two increasing numbers ≥ 0 (last may be inf), got '${value}'`);
  return bands;
}

/** Days since 1970-01-01 from YYYY-MM-DD[THH:MM] (Amsterdam calendar, as NearRepeat reads dates) or a plain number of days. */
function toDays(text: string): number {
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  return wallClockMinutes(text) / 1440;
}

function eventColumns(table: CsvTable): [number, number, number] {
  if (!table.header) {
    if (table.rows.some((r) => r.length < 3)) throw new CliError(`${table.file}: expected three columns x, y, date`);
    return [0, 1, 2];
  }
  const date = table.header.findIndex((h) => ['date', 'time', 't'].includes(h.toLowerCase()));
  if (date < 0) throw new CliError(`${table.file}: no column 'date' (columns: ${table.header.join(', ')})`);
  return [columnIndex(table, 'x'), columnIndex(table, 'y'), date];
}

const label = (bands: number[]) => bands.map((b) => (b === Infinity ? 'inf' : b));

export function knoxCommand(opts: {
  events: string;
  spaceBands: string;
  timeBands: string;
  distance: 'manhattan' | 'euclidean';
  permutations: string;
  seed: string;
}): void {
  const spaceBands = parseBands(opts.spaceBands, '--space-bands');
  const timeBands = parseBands(opts.timeBands, '--time-bands');
  const permutations = parseCount(opts.permutations, '--permutations', 100_000);
  const seed = parseSeed(opts.seed);
  const table = readCsv(opts.events, 'auto');
  const [cx, cy, ct] = eventColumns(table);
  const names = table.header ?? ['x', 'y', 'date'];
  const x = numericColumn(table, cx, names[cx]!);
  const y = numericColumn(table, cy, names[cy]!);
  const t = convertedColumn(table, ct, names[ct]!, toDays, 'a date (YYYY-MM-DD) or a number of days');
  if (x.length < 2) throw new CliError(`${opts.events}: need at least two events`);
  const r = knoxTest(x, y, t, { spaceBands, timeBands, distance: opts.distance, permutations, seed });
  writeJson({
    observed: r.observed,
    expected: r.expected,
    knoxRatio: r.knoxRatio,
    p: r.p ?? null,
    spaceBands: label(r.spaceBands),
    timeBands: label(r.timeBands),
    events: x.length,
    pairs: r.pairs,
    permutations,
    seed,
    distance: opts.distance,
    ...(r.knoxRatioSim ? { knoxRatioSim: r.knoxRatioSim } : {}),
  });
}

/** A column of event times as UTC minutes (parseAmsterdamTime); empty cells NaN when `optional`. */
function timeColumn(table: CsvTable, col: number, name: string, optional: boolean): Float64Array {
  return Float64Array.from(table.rows, (row, r) => {
    const text = (row[col] ?? '').trim();
    if (text === '' && optional) return NaN;
    const t = parseAmsterdamTime(text);
    if ('problem' in t)
      throw new CliError(`${table.file}: row ${r + table.firstLine}, column '${name}': ${text === '' ? 'empty' : t.problem}`);
    return t.utcMinute;
  });
}

export function aoristicCommand(opts: { events: string; format: string }): void {
  const format = parseFormat(opts.format, true);
  const table = readCsv(opts.events);
  const start = timeColumn(table, columnIndex(table, 'start'), 'start', false);
  const end = timeColumn(table, columnIndex(table, 'end'), 'end', true);
  for (let k = 0; k < end.length; k++) {
    if (end[k]! < start[k]!) {
      throw new CliError(
        `${opts.events}: row ${k + table.firstLine}: end is before start (in the repeated autumn hour, give the offset: +02:00 for the first, +01:00 for the second)`,
      );
    }
  }
  const profile = aoristicHourOfWeek({ startUtc: start, endUtc: end });
  if (format === 'json') {
    writeJson(Array.from(profile));
    return;
  }
  const rows = Array.from({ length: HOURS_PER_WEEK }, (_, h) => ({ weekday: Math.floor(h / 24) + 1, hour: h % 24, weight: profile[h] }));
  writeRows(rows, ['weekday', 'hour', 'weight'], 'csv');
}
