/**
 * Reads a CSV of areas with a hex WKB/EWKB geometry column, as a PostGIS export
 * (`COPY … TO … CSV`) or `ogr2ogr -f CSV -lco GEOMETRY=AS_WKB` writes it. The delimiter
 * (`,` or `;`) is taken from the header line; `NULL` and empty cells become null.
 */
import { parse } from 'csv-parse/sync';
import { delimiterOf } from '../../../core/import-report.ts';
import { csvParseProblem } from '../../../core/import-text.ts';
import { sourceError, type SourceFeature, type SourceFile } from './source-feature.ts';
import { looksLikeWkbHex, parseWkbHex } from './wkb.ts';

const GEOMETRY_COLUMNS = ['geovlak', 'geom', 'geometry', 'wkb_geometry', 'the_geom', 'wkb', 'shape'];

/** Parses CSV text into header-keyed records (all values strings), with file/line errors. */
export function parseCsvRecords(file: string, text: string): Record<string, string>[] {
  const header = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = delimiterOf(header);
  try {
    return parse(text, { columns: true, delimiter, bom: true, skip_empty_lines: true, trim: false }) as Record<string, string>[];
  } catch (err) {
    const p = csvParseProblem(err);
    if (!p) throw err;
    throw sourceError(file, p.line, `not valid CSV: ${p.reason}`);
  }
}

function findGeometryColumn(file: string, records: Record<string, string>[]): string {
  const columns = Object.keys(records[0] ?? {});
  const named = columns.find((c) => GEOMETRY_COLUMNS.includes(c.toLowerCase()));
  if (named) return named;
  const sniffed = columns.find((c) => records.some((r) => looksLikeWkbHex(r[c] ?? '')));
  if (sniffed) return sniffed;
  throw sourceError(file, null, `no geometry column: expected one of ${GEOMETRY_COLUMNS.join(', ')} with hex WKB`);
}

function cell(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  return v === '' || v.toUpperCase() === 'NULL' ? null : v;
}

export function parseWkbCsv(file: string, text: string): SourceFile {
  const records = parseCsvRecords(file, text);
  if (records.length === 0) throw sourceError(file, null, 'the CSV holds no rows');
  const geomColumn = findGeometryColumn(file, records);
  const features: SourceFeature[] = records.map((record, i) => {
    const row = i + 2; // line number: the header is line 1
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) if (k !== geomColumn) properties[k] = cell(v);
    const hex = cell(record[geomColumn]);
    if (hex === null) return { row, properties, geometry: null, srid: null };
    try {
      const parsed = parseWkbHex(hex);
      return { row, properties, geometry: parsed.geometry, srid: parsed.srid };
    } catch (err) {
      throw sourceError(file, row, `column ${geomColumn}: ${(err as Error).message}`);
    }
  });
  return { path: file, format: 'csv', features, declaredCrs: null };
}
