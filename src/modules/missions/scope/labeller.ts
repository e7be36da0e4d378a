/**
 * Places events (incidents or reports) relative to a mission scope: 'target', 'ring' (the buffer
 * for displacement/diffusion) or the code of the buurt of the scope's indeling they lie in (for
 * comparison areas). Buurten scopes use whole buurten: the ring is the adjacent buurten not in
 * the target. Grid-cell and polygon scopes use geometry (region.ts) with a distance ring.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { listAreas } from '../../areas/index.ts';
import { getAreaLocator, normalizePoint } from '../../areas/index.ts';
import { adjacency, ringOf } from '../../analysis/index.ts';
import type { Geometry } from './geometry.ts';
import { cellRegion, polygonRegion, type RegionTest } from './region.ts';
import { polygonsOfScope, type Scope } from './scope.ts';

export interface ScopeLabeller {
  year: number;
  /** 'target' | 'ring' | buurt code | null (outside every buurt). */
  label(x: number, y: number, lon: number, lat: number): string | null;
  /** Buurt codes of the target and the ring (buurten scopes) — never candidates for comparison. */
  targetBuurten: Set<string>;
  ringBuurten: Set<string>;
  adjacency: Map<string, Set<string>>;
  buurtNames: Map<string, string>;
  /** Number of buurten in the target (1 for cells/polygons), for per-buurt levels. */
  units: number;
}

/** The geometric test of a grid-cell or polygon scope; null for a buurten scope (whole buurten). */
export function regionOf(scope: Scope, ringMetres: number): RegionTest | null {
  if (scope.kind === 'cells') return cellRegion(scope.cells, scope.cellSize, ringMetres);
  if (scope.kind === 'polygon') {
    const polygons = polygonsOfScope(scope);
    const rdRings = polygons.flat().map((ring) =>
      ring.map(([lon, lat]) => {
        const p = normalizePoint({ lon, lat });
        return [p.x, p.y] as [number, number];
      }),
    );
    return polygonRegion(polygons, rdRings, ringMetres);
  }
  return null;
}

export async function scopeLabeller(ctx: ServiceContext, gemeente: string, scope: Scope, ringMetres: number): Promise<ScopeLabeller> {
  const year = scope.kind === 'buurten' ? scope.year : undefined;
  const locator = await getAreaLocator(ctx, gemeente, year);
  const buurten = await listAreas(ctx, gemeente, { level: 'buurt', year: locator.year });
  const adj = adjacency(buurten.features.map((f) => ({ code: f.id, geometry: f.geometry as Geometry | null })));
  const buurtNames = new Map(buurten.features.map((f) => [f.id, f.properties.name]));
  const region = regionOf(scope, ringMetres);
  const targetBuurten = new Set(scope.kind === 'buurten' ? scope.codes : []);
  const ringBuurten = new Set(scope.kind === 'buurten' ? ringOf(adj, targetBuurten) : []);
  const labeller: ScopeLabeller = {
    year: locator.year,
    targetBuurten,
    ringBuurten,
    adjacency: adj,
    buurtNames,
    units: scope.kind === 'buurten' ? scope.codes.length : 1,
    label(x, y, lon, lat) {
      if (region) {
        const placed = region.place(x, y, lon, lat);
        if (placed !== 'outside') {
          const code = locator.locate(lon, lat)?.buurt.code;
          if (code) (placed === 'target' ? targetBuurten : ringBuurten).add(code);
          return placed;
        }
      }
      const code = locator.locate(lon, lat)?.buurt.code ?? null;
      if (code && !region) {
        if (targetBuurten.has(code)) return 'target';
        if (ringBuurten.has(code)) return 'ring';
      }
      return code;
    },
  };
  return labeller;
}
