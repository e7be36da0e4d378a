/**
 * Reading and checking the rows of a signals import file (import-service.ts stores them). The file
 * is UTF-8 text (src/core/import-text.ts): a JSON array of objects, or CSV (`,` or `;` by the
 * shared header rule) whose records must have as many fields as the header. Row rules, each
 * problem named by line (CSV: the physical line; JSON: the element number, 1-based) and the
 * source field of the mapping:
 * - `id`: text or a number, ≤ 200 characters, once per file;
 * - `createdAt`: an ISO 8601 time (`2025-04-30T10:15:00+02:00`, `…Z`, or a date), 1900 to one day ahead;
 *   without an offset it is local time in Europe/Amsterdam (a time in the skipped spring hour is refused);
 * - a place: `lat`,`lon` (WGS84 degrees) or `x`,`y` (RD New metres), both of a pair and numbers,
 *   or an address; a field that is given must be valid — it is never silently dropped;
 * - `description` ≤ 5000 and `address` ≤ 300 characters (as for a report made on the web form);
 * - every field text (or a number): no objects, no NUL characters or lone surrogates.
 */
import { parse } from 'csv-parse/sync';
import { delimiterOf, type RowProblem } from '../../../core/import-report.ts';
import { checkTextBytes, csvParseError, invalidFile, short, textValueProblem } from '../../../core/import-text.ts';
import { isInRdBounds } from '../../areas/index.ts';
import { parseEventTime, skippedHourProblem } from '../../incidents/index.ts';
import type { LocateInput } from '../../areas/index.ts';

export interface SignalFieldMap {
  id: string;
  createdAt: string;
  category: string;
  subcategory?: string | null | undefined;
  lat?: string | null | undefined;
  lon?: string | null | undefined;
  x?: string | null | undefined;
  y?: string | null | undefined;
  address?: string | null | undefined;
  status?: string | null | undefined;
  description?: string | null | undefined;
}

export interface SourceRow {
  line: number;
  row: Record<string, unknown>;
}

export interface CheckedSignalRow {
  line: number;
  id: string;
  created: Date;
  point: LocateInput | undefined;
  address: string | undefined;
  category: string;
  subcategory: string | undefined;
  status: string | undefined;
  description: string | undefined;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_MS = 86_400_000;
const MIN_MS = Date.UTC(1900, 0, 1);
const LIMITS: Partial<Record<keyof SignalFieldMap, number>> = {
  id: 200,
  description: 5000,
  address: 300,
  category: 200,
  subcategory: 200,
  status: 100,
};

function parseJsonRows(file: string, text: string): SourceRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw invalidFile(file, null, `not readable JSON (${short((err as Error).message, 120)})`);
  }
  if (!Array.isArray(data)) throw invalidFile(file, null, 'a JSON import file must hold an array of objects');
  return data.map((row: unknown, i) => ({ line: i + 1, row: row as Record<string, unknown> }));
}

function parseCsvRows(file: string, text: string): SourceRow[] {
  const body = text.replace(/^\uFEFF/, '');
  try {
    const records = parse(body, {
      columns: (h: string[]) => h.map((c) => c.trim()),
      skip_empty_lines: true,
      delimiter: delimiterOf(body.split(/\r?\n/, 1)[0] ?? ''),
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, row: r.record }));
  } catch (err) {
    throw csvParseError(file, err) ?? err;
  }
}

/** The rows of an import file (JSON array or CSV), each with its line; file-level problems throw `invalid-file`. */
export function readSignalRows(file: string, bytes: Uint8Array, format: 'json' | 'csv'): SourceRow[] {
  checkTextBytes(file, bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return format === 'json' ? parseJsonRows(file, text) : parseCsvRows(file, text);
}

/** Checks every row; returns the good ones and pushes a problem per bad field onto `problems`. */
export class SignalRowChecker {
  readonly #seen = new Map<string, number>();
  readonly #latest: number;

  constructor(
    readonly fields: SignalFieldMap,
    now = Date.now(),
  ) {
    this.#latest = now + DAY_MS;
  }

  check({ line, row }: SourceRow, problems: RowProblem[]): CheckedSignalRow | null {
    const before = problems.length;
    const add = (field: keyof SignalFieldMap | '(row)', reason: string) =>
      problems.push({ line, column: field === '(row)' ? field : (this.fields[field] ?? field), reason });
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      add('(row)', `is not an object (got ${row === null ? 'null' : Array.isArray(row) ? 'an array' : typeof row})`);
      return null;
    }
    const text = (field: keyof SignalFieldMap): string | undefined => {
      const key = this.fields[field];
      const v = key ? row[key] : undefined;
      if (v === null || v === undefined || v === '') return undefined;
      if (typeof v !== 'string' && typeof v !== 'number')
        return void add(field, `is not text or a number (got ${Array.isArray(v) ? 'an array' : typeof v})`);
      const s = String(v);
      const bad = textValueProblem(s) ?? (s.length > (LIMITS[field] ?? Infinity) ? `is longer than ${LIMITS[field]} characters` : null);
      return bad ? void add(field, bad) : s;
    };
    const id = this.#id(text('id'), line, add);
    const created = this.#created(text('createdAt'), add);
    const point = this.#point(text('lat'), text('lon'), text('x'), text('y'), add);
    const address = text('address');
    const category = text('category') ?? '';
    const rest = { subcategory: text('subcategory'), status: text('status'), description: text('description') };
    if (!point && !address && problems.length === before) add('lat', 'no place: give lat,lon, x,y or an address');
    if (problems.length > before || !id || !created) return null;
    return { line, id, created, point, address, category, ...rest };
  }

  #id(id: string | undefined, line: number, add: (f: 'id', r: string) => void): string | undefined {
    if (!id) return void add('id', 'is empty; every report needs the id it has in the source');
    const first = this.#seen.get(id);
    if (first !== undefined) return void add('id', `duplicate id '${short(id)}' (first on line ${first})`);
    this.#seen.set(id, line);
    return id;
  }

  #created(value: string | undefined, add: (f: 'createdAt', r: string) => void): Date | undefined {
    if (!value) return void add('createdAt', 'is empty; every report needs its created time');
    // A time without an offset is local time in Europe/Amsterdam, whatever the server's time zone (as for incidents).
    const t = ISO_TIME.test(value.trim()) ? parseEventTime(value) : Number.NaN;
    const skipped = Number.isNaN(t) ? skippedHourProblem(value) : undefined;
    if (skipped) return void add('createdAt', `'${short(value)}' ${skipped}`);
    if (Number.isNaN(t)) return void add('createdAt', `'${short(value)}' is not an ISO 8601 time such as 2025-04-30T10:15:00+02:00`);
    if (t < MIN_MS || t > this.#latest) return void add('createdAt', `'${short(value)}' lies before 1900 or in the future`);
    return new Date(t);
  }

  #point(
    lat: string | undefined,
    lon: string | undefined,
    x: string | undefined,
    y: string | undefined,
    add: (f: 'lat' | 'x', r: string) => void,
  ): LocateInput | undefined {
    const number = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? Number(s) : Number.NaN);
    if (lat !== undefined || lon !== undefined) {
      const [la, lo] = [number(lat), number(lon)];
      if (Math.abs(la) <= 90 && Math.abs(lo) <= 180) return { lat: la, lon: lo };
      return void add('lat', `lat '${short(lat ?? '')}', lon '${short(lon ?? '')}' are not WGS84 degrees (decimal point, not comma)`);
    }
    if (x !== undefined || y !== undefined) {
      const [px, py] = [number(x), number(y)];
      if (Number.isFinite(px) && Number.isFinite(py) && isInRdBounds(px, py)) return { x: px, y: py };
      return void add('x', `x '${short(x ?? '')}', y '${short(y ?? '')}' are not RD New metres within the Netherlands`);
    }
    return undefined;
  }
}
