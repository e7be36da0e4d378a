/**
 * Counts view: events per buurt × month and per grid cell (default 100 m, RD New) of a period —
 * the aggregations behind the map and the month table. One pass over the selected events each.
 * Months are calendar months in UTC (as the period), labelled YYYY-MM.
 */
import { type GridSpec } from '../analysis/index.ts';
import type { Disclosure } from '../analysis/index.ts';
import { cellCounts, cellCorner, cellId } from './grid.ts';
import { NONE, type Selection } from './selection.ts';

/** Month starts (UTC minutes) from the month of `fromMin` up to and including the month holding toMin − 1. */
export function monthStarts(fromMin: number, toMin: number): { starts: number[]; labels: string[] } {
  const d = new Date(fromMin * 60_000);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const starts: number[] = [];
  const labels: string[] = [];
  for (;;) {
    const start = Date.UTC(y, m, 1) / 60_000;
    if (start >= toMin) break;
    starts.push(start);
    labels.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    if (++m === 12) [y, m] = [y + 1, 0];
  }
  return { starts, labels };
}

/** counts[buurt · M + month] for the selection (events without a buurt are left out). */
export function buurtMonthCounts(sel: Selection, starts: number[]): Float64Array {
  const { table: t, idx } = sel;
  const M = starts.length;
  const out = new Float64Array(t.areaCodes.length * M);
  const avg = 43_830;
  for (let i = 0; i < idx.length; i++) {
    const k = idx[i]!;
    const b = t.buurt[k]!;
    if (b === NONE) continue;
    const s = t.startMin[k]!;
    let m = Math.min(M - 1, Math.max(0, Math.floor((s - starts[0]!) / avg)));
    while (m > 0 && s < starts[m]!) m--;
    while (m < M - 1 && s >= starts[m + 1]!) m++;
    out[b * M + m]!++;
  }
  return out;
}

export interface BuurtMonthRow {
  areaCode: string;
  areaName: string | null;
  total: number | null;
  counts: (number | null)[];
}

export function buurtMonthView(sel: Selection, d: Disclosure, names: Map<string, { name: string }>) {
  const { starts, labels } = monthStarts(sel.period.fromMin, sel.period.toMin);
  const counts = buurtMonthCounts(sel, starts);
  const M = starts.length;
  const rows: BuurtMonthRow[] = [];
  sel.table.areaCodes.forEach((code, b) => {
    let total = 0;
    for (let m = 0; m < M; m++) total += counts[b * M + m]!;
    if (total === 0) return;
    rows.push({ areaCode: code, areaName: names.get(code)?.name ?? null, total: d.count(total), counts: Array.from(counts.subarray(b * M, (b + 1) * M), (v) => d.count(v)) });
  });
  rows.sort((a, b) => a.areaCode.localeCompare(b.areaCode));
  return { months: labels, rows };
}

export interface GridCellRow {
  id: string;
  x: number;
  y: number;
  count: number | null;
  suppressed: boolean;
}

export function gridView(sel: Selection, spec: GridSpec, d: Disclosure) {
  const { counts, outside } = cellCounts(spec, sel.table.x, sel.table.y, sel.idx);
  const cells: GridCellRow[] = [];
  for (let c = 0; c < counts.length; c++) {
    const v = counts[c]!;
    if (v === 0) continue;
    const [x, y] = cellCorner(spec, c);
    const shown = d.count(v);
    cells.push({ id: cellId(spec, c), x, y, count: shown, suppressed: shown === null });
  }
  return { grid: { originX: spec.originX, originY: spec.originY, cellSize: spec.cellSize, cols: spec.cols, rows: spec.rows }, cells, outside };
}
