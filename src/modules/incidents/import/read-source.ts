/**
 * Reads an incident file row by row, as a header and string values with their line number:
 * - CSV (`,` or `;`, from the header line; UTF-8, BOM dropped, CRLF or LF). A file without any
 *   double quote takes a fast path (split on newline and delimiter, ~3× csv-parse); a file with
 *   quotes is read by csv-parse. Both report the 1-based physical line (the header is line 1) and
 *   skip empty lines.
 * - GeoJSON: a FeatureCollection of Point features; `line` is the feature number (1-based). The
 *   properties are the columns; the point becomes `lon`/`lat` (RFC 7946 WGS84, or `x`/`y` when the
 *   collection names EPSG:28992 in `crs` or its coordinates lie in the RD New range). The geometry
 *   overrides properties with those names; a feature without a Point geometry gets none.
 * Rows go to a callback, not an async iterator: a million awaits would cost more than the parsing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { csvParseError, invalidFile, short, textValueProblem } from '../../../core/import-text.ts';
import { crsFromCoordinates, crsFromName, RD_NEW } from '../../areas/index.ts';
import { sniffDelimiter } from '../../../core/import-report.ts';
import { eachPlainLine } from './plain-lines.ts';

export interface EventSourceHandler {
  /** The header; a returned promise is awaited before the first row (e.g. to load a lookup the columns call for). */
  header(columns: string[]): void | Promise<void>;
  row(line: number, values: string[]): void;
  /** Bytes read so far of `total` (for a progress bar). */
  progress?(bytes: number, total: number): void;
}

export type EventSourceKind = 'csv' | 'geojson';

export function eventSourceKind(file: string): EventSourceKind {
  return /\.(geo)?json$/i.test(file) ? 'geojson' : 'csv';
}

async function hasQuote(file: string): Promise<boolean> {
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    if ((chunk as Buffer).indexOf(0x22) !== -1) return true;
  }
  return false;
}

/**
 * The header at the start of `text` (the first non-empty line; BOM dropped), awaited in `h`, and
 * where the rows begin; null when no whole non-empty line is there yet (`final`: take the rest).
 */
async function plainHeader(
  text: string,
  line: number,
  delimiter: string,
  h: EventSourceHandler,
  final: boolean,
): Promise<{ offset: number; line: number } | null> {
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 && !final) return null;
    if (nl === -1) nl = text.length;
    const value = text
      .slice(start, nl)
      .replace(/^\uFEFF/, '')
      .replace(/\r$/, '');
    line++;
    start = nl + 1;
    if (value !== '') {
      await h.header(value.split(delimiter).map((v) => v.trim()));
      return { offset: start, line };
    }
  }
  return null;
}

/** Fast path: no quotes anywhere, so a record is one line and a field never holds the delimiter. */
async function readPlainCsv(file: string, delimiter: string, h: EventSourceHandler): Promise<void> {
  const total = fs.statSync(file).size;
  let rest = '';
  let line = 1;
  let bytes = 0;
  let header = true;
  const row = (l: number, values: string[]) => h.row(l, values);
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    bytes += Buffer.byteLength(chunk);
    let text = rest + chunk;
    if (header) {
      const found = await plainHeader(text, line, delimiter, h, false);
      if (!found) {
        rest = text;
        continue;
      }
      header = false;
      text = text.slice(found.offset);
      line = found.line;
    }
    const cut = text.lastIndexOf('\n') + 1;
    line = eachPlainLine(text.slice(0, cut), line, delimiter, row);
    rest = text.slice(cut);
    h.progress?.(bytes, total);
  }
  if (header) await plainHeader(rest, line, delimiter, h, true);
  else if (rest !== '') eachPlainLine(rest, line, delimiter, row);
}

async function readQuotedCsv(file: string, delimiter: string, h: EventSourceHandler): Promise<void> {
  const total = fs.statSync(file).size;
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ delimiter, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  let header = true;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      if (header) {
        header = false;
        await h.header(item.record.map((v) => v.trim()));
      } else h.row(item.info.lines, item.record);
      if (item.info.lines % 10_000 === 0) h.progress?.(item.info.bytes, total);
    }
  } catch (err) {
    throw csvParseError(path.basename(file), err) ?? err;
  }
}

interface PointFeature {
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

function pointOf(f: PointFeature): [number, number] | null {
  const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1]] : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Refuses a feature that is not an object, properties that are not an object, and values that are not text, numbers or booleans. */
function checkFeature(name: string, f: unknown, n: number): PointFeature {
  if (!isRecord(f)) throw invalidFile(name, null, `feature ${n} is not a GeoJSON Feature object`);
  if (f.properties !== undefined && f.properties !== null && !isRecord(f.properties))
    throw invalidFile(name, null, `feature ${n}: properties is not an object`);
  if (f.geometry !== undefined && f.geometry !== null && !isRecord(f.geometry))
    throw invalidFile(name, null, `feature ${n}: geometry is not an object`);
  for (const [k, v] of Object.entries((f.properties as Record<string, unknown> | null) ?? {})) {
    if (v !== null && typeof v === 'object')
      throw invalidFile(name, null, `feature ${n}: property '${short(k, 40)}' is not text or a number`);
    const problem = textValueProblem(k) ?? (typeof v === 'string' ? textValueProblem(v) : null);
    if (problem) throw invalidFile(name, null, `feature ${n}: property '${short(k, 40)}' ${problem}`);
  }
  return f as PointFeature;
}

async function readGeoJson(file: string, h: EventSourceHandler): Promise<void> {
  const name = path.basename(file);
  let fc: { type?: string; features?: unknown[]; crs?: { properties?: { name?: string } } };
  try {
    fc = JSON.parse((await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw invalidFile(name, null, `not readable JSON (${short((err as Error).message, 120)})`);
  }
  if (!isRecord(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw invalidFile(name, null, 'a GeoJSON file must be a FeatureCollection of Point features');
  }
  const features = fc.features.map((f, i) => checkFeature(name, f, i + 1));
  const points = features.map(pointOf);
  const crsName =
    isRecord(fc.crs) && isRecord(fc.crs.properties) && typeof fc.crs.properties.name === 'string' ? fc.crs.properties.name : undefined;
  const named = crsFromName(crsName);
  const rd = (named ?? crsFromCoordinates(points.filter((p): p is [number, number] => p !== null).slice(0, 100))) === RD_NEW;
  const geo = rd ? ['x', 'y'] : ['lon', 'lat'];
  const keys = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!geo.includes(k)) keys.add(k);
  const columns = [...keys, ...geo];
  await h.header(columns);
  features.forEach((f, i) => {
    const props = f.properties ?? {};
    const values = [...keys].map((k) => (props[k] === null || props[k] === undefined ? '' : String(props[k])));
    const p = points[i];
    values.push(p ? String(p[0]) : '', p ? String(p[1]) : '');
    h.row(i + 1, values);
  });
}

/** Reads `file` into `h`; returns its kind. `quoted`: whether the CSV holds a double quote, when already known. */
export async function readEventSource(file: string, h: EventSourceHandler, quoted?: boolean): Promise<EventSourceKind> {
  const kind = eventSourceKind(file);
  if (kind === 'geojson') await readGeoJson(file, h);
  else {
    const delimiter = await sniffDelimiter(file);
    await ((quoted ?? (await hasQuote(file))) ? readQuotedCsv(file, delimiter, h) : readPlainCsv(file, delimiter, h));
  }
  return kind;
}
