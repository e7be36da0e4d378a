/**
 * Reads the feature table of a GeoPackage (OGC 12-128r18) with sql.js (SQLite compiled to
 * WebAssembly, no native build). The table is the one registered in `gpkg_geometry_columns`;
 * with several, the first whose columns include a buurt code, or the one named by `layer`.
 */
import initSqlJs, { type Database as SqlJsDatabase, type SqlValue } from 'sql.js';
import { AppError } from '../../../core/errors.ts';
import { parseGpkgGeometry } from './gpkg-geometry.ts';
import { sourceError, type SourceFeature, type SourceFile } from './source-feature.ts';

interface GeometryColumn {
  table: string;
  column: string;
  srsId: number;
}

function rowsOf(db: SqlJsDatabase, sql: string): Record<string, SqlValue>[] {
  const result = db.exec(sql)[0];
  if (!result) return [];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i] ?? null])));
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function pickTable(file: string, db: SqlJsDatabase, layer: string | undefined): GeometryColumn {
  let columns: GeometryColumn[];
  try {
    columns = rowsOf(db, 'SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns').map((r) => ({
      table: String(r.table_name),
      column: String(r.column_name),
      srsId: Number(r.srs_id),
    }));
  } catch {
    throw sourceError(file, null, 'not a GeoPackage (no gpkg_geometry_columns table)');
  }
  if (layer) {
    const found = columns.find((c) => c.table === layer);
    if (!found) throw sourceError(file, null, `no layer '${layer}'; layers: ${columns.map((c) => c.table).join(', ')}`);
    return found;
  }
  const withBuurt = columns.find((c) =>
    rowsOf(db, `PRAGMA table_info(${quoteIdent(c.table)})`).some((r) => /^(bu_code|buurtcode)$/i.test(String(r.name))),
  );
  const chosen = withBuurt ?? columns[0];
  if (!chosen) throw sourceError(file, null, 'the GeoPackage has no feature table');
  return chosen;
}

function readFeatures(file: string, db: SqlJsDatabase, table: GeometryColumn): SourceFeature[] {
  const stmt = db.prepare(`SELECT * FROM ${quoteIdent(table.table)}`);
  const features: SourceFeature[] = [];
  try {
    for (let row = 1; stmt.step(); row++) {
      const record = stmt.getAsObject();
      const blob = record[table.column];
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(record)) if (k !== table.column) properties[k] = v;
      if (!(blob instanceof Uint8Array)) {
        features.push({ row, properties, geometry: null, srid: null });
        continue;
      }
      try {
        const parsed = parseGpkgGeometry(blob);
        features.push({ row, properties, geometry: parsed?.geometry ?? null, srid: parsed?.srid ?? null });
      } catch (err) {
        throw sourceError(file, row, `column ${table.column}: ${(err as Error).message}`);
      }
    }
  } finally {
    stmt.free();
  }
  return features;
}

export async function parseGeoPackage(file: string, bytes: Uint8Array, layer?: string): Promise<SourceFile> {
  const SQL = await initSqlJs();
  let db: SqlJsDatabase;
  try {
    db = new SQL.Database(bytes);
  } catch (err) {
    throw sourceError(file, null, `not a SQLite/GeoPackage file (${(err as Error).message})`);
  }
  try {
    const table = pickTable(file, db, layer);
    const features = readFeatures(file, db, table);
    return { path: file, format: 'gpkg', features, declaredCrs: table.srsId > 0 ? `EPSG:${table.srsId}` : null };
  } catch (err) {
    if (err instanceof AppError) throw err; // already names file and row
    throw sourceError(file, null, `cannot read the GeoPackage (${(err as Error).message})`);
  } finally {
    db.close();
  }
}
