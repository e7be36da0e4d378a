/**
 * The geometry of a mission scope as GeoJSON (WGS84) for maps: a buurten scope as the MultiPolygon of
 * its buurt polygons, grid cells as squares converted from RD New, a polygon as drawn.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { normalizePoint } from '../../areas/index.ts';
import { listAreas } from '../../areas/index.ts';
import type { Scope } from './scope.ts';

type MultiPolygon = { type: 'MultiPolygon'; coordinates: number[][][][] };

const lonLat = (x: number, y: number) => {
  const p = normalizePoint({ x, y });
  return [p.lon, p.lat];
};

/** Buurt polygons per vintage, loaded once per call of `geometryLoader`. */
export function geometryLoader(ctx: ServiceContext, gemeente: string) {
  const byYear = new Map<number, Promise<Map<string, number[][][][]>>>();
  const polygonsOf = (year: number) => {
    let p = byYear.get(year);
    if (!p) {
      p = listAreas(ctx, gemeente, { level: 'buurt', year }).then(
        (c) =>
          new Map(
            c.features
              .filter((f) => f.geometry)
              .map((f) => {
                const g = f.geometry!;
                return [f.id, g.type === 'Polygon' ? [g.coordinates] : g.coordinates] as [string, number[][][][]];
              }),
          ),
      );
      byYear.set(year, p);
    }
    return p;
  };
  return async (scope: Scope): Promise<MultiPolygon | null> => {
    if (scope.kind === 'polygon')
      return scope.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [scope.geometry.coordinates] } : scope.geometry;
    if (scope.kind === 'cells') {
      const s = scope.cellSize;
      return {
        type: 'MultiPolygon',
        coordinates: scope.cells.map(([x, y]) => [[lonLat(x, y), lonLat(x + s, y), lonLat(x + s, y + s), lonLat(x, y + s), lonLat(x, y)]]),
      };
    }
    const polys = await polygonsOf(scope.year).catch(() => new Map<string, number[][][][]>());
    const coordinates = scope.codes.flatMap((c) => polys.get(c) ?? []);
    return coordinates.length ? { type: 'MultiPolygon', coordinates } : null;
  };
}
