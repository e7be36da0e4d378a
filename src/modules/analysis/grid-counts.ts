/**
 * Square-grid counts on projected coordinates (RD New, EPSG:28992, metres).
 * The grid origin is snapped to a multiple of the cell size (so grids of different runs align)
 * unless given. Cell (row, col) covers [originX + col·size, originX + (col+1)·size) ×
 * [originY + row·size, …): row 0 is the southernmost row; cells are stored row-major.
 */
export interface GridSpec {
  originX: number;
  originY: number;
  cellSize: number;
  cols: number;
  rows: number;
}

export interface GridCounts extends GridSpec {
  counts: Float64Array;
}

/** The smallest snapped grid covering all points (cellSize default 100 m). */
export function gridFor(x: ArrayLike<number>, y: ArrayLike<number>, cellSize = 100): GridSpec {
  if (!(cellSize > 0)) throw new RangeError('cell size must be positive');
  if (x.length === 0) return { originX: 0, originY: 0, cellSize, cols: 0, rows: 0 };
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let k = 0; k < x.length; k++) {
    minX = Math.min(minX, x[k]!);
    maxX = Math.max(maxX, x[k]!);
    minY = Math.min(minY, y[k]!);
    maxY = Math.max(maxY, y[k]!);
  }
  const originX = Math.floor(minX / cellSize) * cellSize;
  const originY = Math.floor(minY / cellSize) * cellSize;
  return {
    originX,
    originY,
    cellSize,
    cols: Math.floor((maxX - originX) / cellSize) + 1,
    rows: Math.floor((maxY - originY) / cellSize) + 1,
  };
}

/** Cell index of a point, or −1 outside the grid. */
export function cellOf(grid: GridSpec, x: number, y: number): number {
  const col = Math.floor((x - grid.originX) / grid.cellSize);
  const row = Math.floor((y - grid.originY) / grid.cellSize);
  return col < 0 || row < 0 || col >= grid.cols || row >= grid.rows ? -1 : row * grid.cols + col;
}

/** Counts (or sums of `weights`) of points per cell; points outside a given grid are skipped. */
export function gridCounts(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { grid?: GridSpec; cellSize?: number; weights?: ArrayLike<number> } = {},
): GridCounts {
  const grid = options.grid ?? gridFor(x, y, options.cellSize);
  const counts = new Float64Array(grid.cols * grid.rows);
  for (let k = 0; k < x.length; k++) {
    const c = cellOf(grid, x[k]!, y[k]!);
    if (c >= 0) counts[c]! += options.weights ? options.weights[k]! : 1;
  }
  return { ...grid, counts };
}
