/** Reads a GeoJSON FeatureCollection of areas (RFC 7946, or the older 2008 spec with a `crs` member). */
import { short } from '../../../core/import-text.ts';
import type { Geometry } from '../geometry/geometry-types.ts';
import { sourceError, type SourceFeature, type SourceFile } from './source-feature.ts';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPositionArray(v: unknown, depth: number): boolean {
  if (!Array.isArray(v)) return false;
  if (depth === 0)
    return v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && Number.isFinite(v[0]) && Number.isFinite(v[1]);
  return v.every((c) => isPositionArray(c, depth - 1));
}

function readGeometry(file: string, row: number, g: unknown): Geometry | null {
  if (g === null || g === undefined) return null;
  if (!isRecord(g)) throw sourceError(file, row, 'geometry is not an object');
  if (g.type === 'Polygon' && isPositionArray(g.coordinates, 2)) {
    return { type: 'Polygon', coordinates: (g.coordinates as number[][][]).map((r) => r.map((p) => [p[0]!, p[1]!])) };
  }
  if (g.type === 'MultiPolygon' && isPositionArray(g.coordinates, 3)) {
    return {
      type: 'MultiPolygon',
      coordinates: (g.coordinates as number[][][][]).map((poly) => poly.map((r) => r.map((p) => [p[0]!, p[1]!]))),
    };
  }
  throw sourceError(file, row, `geometry must be a Polygon or MultiPolygon with numeric coordinates, got ${short(String(g.type), 40)}`);
}

function declaredCrsOf(doc: Record<string, unknown>): string | null {
  const crs = doc.crs;
  if (!isRecord(crs) || !isRecord(crs.properties)) return null;
  const name = crs.properties.name;
  return typeof name === 'string' ? name : null;
}

export function parseGeoJson(file: string, text: string): SourceFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw sourceError(file, null, `not valid JSON (${short((err as Error).message, 120)})`);
  }
  if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw sourceError(file, null, 'expected a GeoJSON FeatureCollection');
  }
  const features: SourceFeature[] = doc.features.map((f: unknown, i: number) => {
    const row = i + 1;
    if (!isRecord(f) || f.type !== 'Feature') throw sourceError(file, row, 'expected a GeoJSON Feature');
    const properties = isRecord(f.properties) ? { ...f.properties } : {};
    if (typeof f.id === 'string' && properties.id === undefined) properties.id = f.id;
    return { row, properties, geometry: readGeometry(file, row, f.geometry), srid: null };
  });
  return { path: file, format: 'geojson', features, declaredCrs: declaredCrsOf(doc) };
}
