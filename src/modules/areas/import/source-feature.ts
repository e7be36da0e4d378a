/**
 * What every area-file reader (GeoJSON, CSV with WKB, GeoPackage) produces: rows of attributes
 * with a geometry in the file's own CRS, and the CRS the file declares (if any).
 */
import { invalidFileError, type AppError } from '../../../core/errors.ts';
import type { Geometry } from '../geometry/geometry-types.ts';

export interface SourceFeature {
  /** 1-based row or feature number in the file, for error messages. */
  row: number;
  properties: Record<string, unknown>;
  geometry: Geometry | null;
  /** SRID declared on this geometry (EWKB, GeoPackage srs_id), if any. */
  srid: number | null;
}

export interface SourceFile {
  path: string;
  format: 'geojson' | 'csv' | 'gpkg';
  features: SourceFeature[];
  /** CRS declared for the whole file (GeoJSON `crs` member, GeoPackage srs_id), if any. */
  declaredCrs: string | null;
}

/** An input problem that names the file and row (`invalid-file`): becomes one readable line in the CLI. */
export function sourceError(file: string, row: number | null, message: string): AppError {
  return invalidFileError(`${file}${row !== null ? `, row ${row}` : ''}: ${message}`);
}
