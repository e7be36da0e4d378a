/**
 * The study grid of a municipality: square RD New cells aligned to multiples of the cell size
 * (as analysis `gridFor` and mission cell scopes), covering the gemeente's bounding box. A cell is
 * in the study area when its centre lies in a land buurt of the newest indeling; cells holding
 * events are always in (see hotspots). Built once per (database, gemeente, vintage, cell size).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { notFoundBecause } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import type { GridSpec } from '../../analysis/index.ts';
import { rdToWgs84, wgs84ToRd } from '../../areas/index.ts';
import { getAreaLocator } from '../../areas/index.ts';
import { getArea } from '../../areas/index.ts';

export { cellCounts } from './cell-counts.ts';

export interface StudyGrid {
  spec: GridSpec;
  /** 1 = centre in a land buurt. */
  land: Uint8Array;
  /** Land cells. */
  landCells: number;
  /** Buurt of each cell centre: index into `buurtCodes`, 0xffff outside every buurt. */
  buurtOfCell: Uint16Array;
  buurtCodes: string[];
  year: number;
}

const cache = new WeakMap<Db, Map<string, Promise<StudyGrid>>>();

async function buildGrid(ctx: ServiceContext, gemeente: string, cellSize: number): Promise<StudyGrid> {
  const g = await getArea(ctx, gemeente, gemeente);
  const locator = await getAreaLocator(ctx, gemeente);
  if (!g.bbox) throw notFoundBecause(`${gemeente} has no area geometry to lay a grid over: import its buurten first.`);
  const [w, s, e, n] = g.bbox;
  const corners = [wgs84ToRd(w, s), wgs84ToRd(w, n), wgs84ToRd(e, s), wgs84ToRd(e, n)];
  const minX = Math.floor(Math.min(...corners.map((c) => c[0])) / cellSize) * cellSize;
  const minY = Math.floor(Math.min(...corners.map((c) => c[1])) / cellSize) * cellSize;
  const maxX = Math.max(...corners.map((c) => c[0]));
  const maxY = Math.max(...corners.map((c) => c[1]));
  const spec: GridSpec = {
    originX: minX,
    originY: minY,
    cellSize,
    cols: Math.floor((maxX - minX) / cellSize) + 1,
    rows: Math.floor((maxY - minY) / cellSize) + 1,
  };
  const land = new Uint8Array(spec.cols * spec.rows);
  const buurtOfCell = new Uint16Array(spec.cols * spec.rows).fill(0xffff);
  const buurtCodes: string[] = [];
  const codeIndex = new Map<string, number>();
  let landCells = 0;
  for (let r = 0; r < spec.rows; r++) {
    for (let c = 0; c < spec.cols; c++) {
      const [lon, lat] = rdToWgs84(minX + (c + 0.5) * cellSize, minY + (r + 0.5) * cellSize);
      const hit = locator.locate(lon, lat);
      if (hit) {
        let b = codeIndex.get(hit.buurt.code);
        if (b === undefined) codeIndex.set(hit.buurt.code, (b = buurtCodes.push(hit.buurt.code) - 1));
        buurtOfCell[r * spec.cols + c] = b;
      }
      if (hit && !hit.buurt.isWater) {
        land[r * spec.cols + c] = 1;
        landCells++;
      }
    }
  }
  return { spec, land, landCells, buurtOfCell, buurtCodes, year: locator.year };
}

/** The study grid for `cellSize` (cached; a failed build is retried next time). */
export function studyGrid(ctx: ServiceContext, gemeente: string, cellSize: number): Promise<StudyGrid> {
  let byKey = cache.get(ctx.db);
  if (!byKey) cache.set(ctx.db, (byKey = new Map()));
  const key = `${gemeente}|${cellSize}`;
  let p = byKey.get(key);
  if (!p) {
    p = buildGrid(ctx, gemeente, cellSize);
    byKey.set(key, p);
    p.catch(() => byKey.delete(key));
  }
  return p;
}

/** South-west corner (RD metres) of cell `c`. */
export function cellCorner(spec: GridSpec, c: number): [number, number] {
  return [spec.originX + (c % spec.cols) * spec.cellSize, spec.originY + Math.floor(c / spec.cols) * spec.cellSize];
}

/** A cell as a WGS84 polygon (lon, lat; 7 decimals), counter-clockwise from the south-west corner. */
export function cellPolygon(spec: GridSpec, c: number): { type: 'Polygon'; coordinates: number[][][] } {
  const [x, y] = cellCorner(spec, c);
  const s = spec.cellSize;
  const p = (px: number, py: number) => rdToWgs84(px, py).map((v) => Math.round(v * 1e7) / 1e7);
  const sw = p(x, y);
  return { type: 'Polygon', coordinates: [[sw, p(x + s, y), p(x + s, y + s), p(x, y + s), sw]] };
}

const cellIds = new WeakMap<GridSpec, (string | undefined)[]>();

/** Cell id as used in replies and mission cell scopes: "x_y" of the south-west corner (remembered per grid). */
export function cellId(spec: GridSpec, c: number): string {
  let ids = cellIds.get(spec);
  if (!ids) cellIds.set(spec, (ids = []));
  return (ids[c] ??= cellCorner(spec, c).join('_'));
}
