/**
 * The hottimes heatmap: 7 rows (Monday first) × 24 hours as SVG rectangles, from a pure function.
 * A sequential colour scale in six classes from 0 to the maximum (ColorBrewer Oranges, readable in
 * greyscale); suppressed cells are drawn hatched and labelled, never as zero.
 */
export const HEAT_COLOURS = ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'] as const;
export const SUPPRESSED_FILL = 'url(#analysis-hatch)';
/** The hours of a day, 0–23: the heatmap's columns and the hottimes table's rows. */
export const HOURS: readonly number[] = Array.from({ length: 24 }, (_, hour) => hour);

export interface HeatCell {
  weekday: number;
  hour: number;
  x: number;
  y: number;
  value: number | null;
  /** Colour class 0..5, or -1 when suppressed. */
  level: number;
  fill: string;
  /** Dark text on light cells, white on dark (contrast ≥ 4.5:1). */
  textFill: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cell: { w: number; h: number };
  origin: { x: number; y: number };
  cells: HeatCell[];
  /** Upper bounds of the classes (class k holds values ≤ breaks[k]). */
  breaks: number[];
  max: number;
}

/** Class of a value against class upper bounds. */
export function heatLevel(value: number, breaks: readonly number[]): number {
  for (let k = 0; k < breaks.length; k++) if (value <= breaks[k]!) return k;
  return breaks.length - 1;
}

/** Six equal-width classes over [0, max]; with max 0 every cell is class 0. */
export function heatBreaks(max: number, classes = HEAT_COLOURS.length): number[] {
  if (!(max > 0)) return Array.from({ length: classes }, () => 0);
  return Array.from({ length: classes }, (_, k) => (max * (k + 1)) / classes);
}

export function heatmapLayout(
  matrix: readonly (readonly (number | null)[])[],
  opts: { cellW?: number; cellH?: number; left?: number; top?: number } = {},
): HeatmapLayout {
  const w = opts.cellW ?? 34;
  const h = opts.cellH ?? 28;
  const left = opts.left ?? 44;
  const top = opts.top ?? 22;
  let max = 0;
  for (const row of matrix) for (const v of row) if (v !== null && v > max) max = v;
  const breaks = heatBreaks(max);
  const cells: HeatCell[] = [];
  for (let d = 0; d < 7; d++) {
    for (let hour = 0; hour < 24; hour++) {
      const value = matrix[d]?.[hour] ?? null;
      const level = value === null ? -1 : heatLevel(value, breaks);
      cells.push({
        weekday: d,
        hour,
        x: left + hour * w,
        y: top + d * h,
        value,
        level,
        fill: level < 0 ? SUPPRESSED_FILL : HEAT_COLOURS[level]!,
        textFill: level >= 4 ? '#ffffff' : '#1a1a1a',
      });
    }
  }
  return { width: left + 24 * w + 4, height: top + 7 * h + 4, cell: { w, h }, origin: { x: left, y: top }, cells, breaks, max };
}
