/**
 * Decides the CRS of an area file. Order: the `--crs` option; the SRIDs on the geometries
 * (EWKB, GeoPackage srs_id); the file's declared CRS (GeoJSON `crs` member); finally the
 * coordinate ranges (degrees within ±180/±90, or metres within the RD New bounds).
 * The chosen CRS must fit the coordinates, so a wrong `--crs` is refused rather than stored.
 */
import { crsFromCoordinates, crsFromName, type Crs } from '../geometry/crs.ts';
import { polygonsOf } from '../geometry/geometry-ops.ts';
import { sourceError, type SourceFile } from './source-feature.ts';

function sampleVertices(source: SourceFile): [number, number][] {
  const out: [number, number][] = [];
  for (const f of source.features) {
    if (!f.geometry) continue;
    for (const rings of polygonsOf(f.geometry)) for (const ring of rings) for (let i = 0; i < ring.length; i += 16) out.push(ring[i]!);
  }
  return out;
}

function crsFromSrids(source: SourceFile): Crs | null {
  const srids = new Set(source.features.map((f) => f.srid).filter((s): s is number => s !== null && s > 0));
  if (srids.size === 0) return null;
  if (srids.size > 1) throw sourceError(source.path, null, `geometries carry different SRIDs (${[...srids].join(', ')})`);
  const srid = [...srids][0]!;
  const crs = crsFromName(srid);
  if (!crs) throw sourceError(source.path, null, `SRID ${srid} is not supported: use EPSG:28992 (RD New) or EPSG:4326 (WGS84)`);
  return crs;
}

export function detectSourceCrs(source: SourceFile, override?: Crs): Crs {
  const vertices = sampleVertices(source);
  const fromCoordinates = crsFromCoordinates(vertices);
  const declared = override ?? crsFromSrids(source) ?? crsFromName(source.declaredCrs);
  if (source.declaredCrs && !declared) {
    throw sourceError(source.path, null, `CRS '${source.declaredCrs}' is not supported: use EPSG:28992 or EPSG:4326`);
  }
  const crs = declared ?? fromCoordinates;
  if (!crs) {
    if (vertices.length === 0) return 'EPSG:4326'; // no geometry at all: nothing to reproject
    throw sourceError(source.path, null, 'cannot tell the coordinate system from the coordinates; pass --crs EPSG:28992 or EPSG:4326');
  }
  if (vertices.length > 0 && fromCoordinates !== crs) {
    throw sourceError(source.path, null, `the coordinates do not fit ${crs} (${describe(vertices[0]!)})`);
  }
  return crs;
}

function describe([x, y]: [number, number]): string {
  return `first vertex ${x}, ${y}`;
}
