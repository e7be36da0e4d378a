/**
 * Areal weighting for figures that exist only per buurt (CBS registered crime), when a mission's
 * scope is made of grid cells or a drawn polygon: the share of each buurt's area that lies inside
 * the scope. Both the part inside and the whole buurt are measured on one regular lattice of
 * sample points in RD New (5–50 m apart, at most ~40,000 points over the scope's bounding box), each
 * placed in a buurt by the same locator, so a buurt wholly inside the scope has share exactly 1.
 * A figure for the scope is then Σ count × share: exact when buurten lie wholly inside or outside,
 * and assuming events spread evenly over a buurt's area otherwise (the result says so: `method`).
 * A buurt without a boundary in the loaded indeling cannot be placed and is left out.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { bboxOf, getAreaLocator, listAreas, normalizePoint, rdToWgs84, wgs84ToRd, type Geometry } from '../../areas/index.ts';
import { regionOf } from './labeller.ts';
import { polygonsOfScope, type CellsScope, type PolygonScope } from './scope.ts';

const MAX_SAMPLES = 40_000;

type Box = [minX: number, minY: number, maxX: number, maxY: number];

function boxOfPoints(pts: [number, number][]): Box {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function scopeBox(scope: CellsScope | PolygonScope): Box {
  if (scope.kind === 'cells')
    return boxOfPoints(scope.cells.flatMap(([x, y]) => [[x, y] as [number, number], [x + scope.cellSize, y + scope.cellSize]]));
  return boxOfPoints(
    polygonsOfScope(scope)
      .flat(2)
      .map(([lon, lat]) => {
        const p = normalizePoint({ lon, lat });
        return [p.x, p.y];
      }),
  );
}

/** A buurt's bounding box in RD New (its WGS84 box's corners transformed, widened by `pad` metres). */
function rdBoxOf(geometry: Geometry, pad: number): Box {
  const [w, s, e, n] = bboxOf(geometry);
  const [minX, minY, maxX, maxY] = boxOfPoints([wgs84ToRd(w, s), wgs84ToRd(e, s), wgs84ToRd(e, n), wgs84ToRd(w, n)]);
  return [minX - pad, minY - pad, maxX + pad, maxY + pad];
}

/** Calls `visit` for every point of the lattice (k + ½) × step that lies in the box. */
function eachLatticePoint(box: Box, step: number, visit: (x: number, y: number, lon: number, lat: number) => void): void {
  const first = (v: number) => (Math.ceil(v / step - 0.5) + 0.5) * step;
  for (let x = first(box[0]); x < box[2]; x += step) {
    for (let y = first(box[1]); y < box[3]; y += step) {
      const [lon, lat] = rdToWgs84(x, y);
      visit(x, y, lon, lat);
    }
  }
}

/** Share (0..1) of each buurt of indeling `areaYear` that lies inside the scope; buurten outside it are left out. */
export async function buurtSharesInScope(
  ctx: ServiceContext,
  gemeente: string,
  scope: CellsScope | PolygonScope,
  areaYear: number,
): Promise<Map<string, number>> {
  const region = regionOf(scope, 0)!;
  const locator = await getAreaLocator(ctx, gemeente, areaYear);
  const box = scopeBox(scope);
  const step = Math.min(50, Math.max(5, Math.sqrt(((box[2] - box[0]) * (box[3] - box[1])) / MAX_SAMPLES)));
  const inside = new Map<string, number>();
  eachLatticePoint(box, step, (x, y, lon, lat) => {
    if (region.place(x, y, lon, lat) !== 'target') return;
    const code = locator.locate(lon, lat)?.buurt.code;
    if (code) inside.set(code, (inside.get(code) ?? 0) + 1);
  });
  const buurten = await listAreas(ctx, gemeente, { level: 'buurt', year: locator.year });
  const shares = new Map<string, number>();
  for (const f of buurten.features) {
    const code = f.properties.code;
    const part = inside.get(code);
    if (!part || !f.geometry) continue;
    let whole = 0;
    eachLatticePoint(rdBoxOf(f.geometry as Geometry, step), step, (_x, _y, lon, lat) => {
      if (locator.locate(lon, lat)?.buurt.code === code) whole++;
    });
    shares.set(code, Math.min(1, part / whole));
  }
  return shares;
}
