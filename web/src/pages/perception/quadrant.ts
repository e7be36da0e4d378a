/**
 * Geometry of the discrepancy chart — pure: x = registered-crime index, y = perceived-unsafety
 * index, both 100 = city average; reference lines at 100 split the plane into four quadrants.
 * The component only draws what this returns.
 */
import type { DiscrepancyPoint, Quadrant } from './types.ts';

export interface ChartSize {
  width: number;
  height: number;
  /** Room for the axes and their labels. */
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface PlottedPoint {
  code: string;
  name: string;
  cx: number;
  cy: number;
  quadrant: Quadrant;
  flagged: boolean;
  /** Beyond the axis maximum: drawn at the edge, the real values in the table and the tooltip. */
  clipped: boolean;
}

export interface QuadrantLayout {
  max: number;
  ticks: { value: number; x: number; y: number }[];
  /** Pixel position of index 100 on each axis. */
  refX: number;
  refY: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: PlottedPoint[];
  /** Where each quadrant's label goes (its outer corner). */
  labels: Record<Quadrant, { x: number; y: number; anchor: 'start' | 'end' }>;
}

export const DEFAULT_SIZE: ChartSize = { width: 560, height: 420, margin: { top: 16, right: 16, bottom: 48, left: 56 } };

/**
 * The axis maximum (same for both axes): at least 200, so 100 sits mid-way or lower, and room for
 * the largest value rounded up to 50 — but one far outlier (an industrial estate with few
 * inhabitants) must not squash every other area into a corner: above 400 the maximum follows the
 * 90th percentile of all values (but stays at least 400) and the few points beyond it are clipped
 * to the edge.
 */
export function axisMax(points: readonly { x: number; y: number }[]): number {
  const values = points.flatMap((p) => [p.x, p.y]).sort((a, b) => a - b);
  const round = (v: number) => Math.max(200, Math.ceil((v * 1.05) / 50) * 50);
  const full = round(values.at(-1) ?? 0);
  if (full <= 400) return full;
  const p90 = values[Math.min(values.length - 1, Math.floor(values.length * 0.9))] ?? 0;
  return Math.min(full, Math.max(400, round(p90)));
}

/** Tick values from 0 to max: steps of 50 up to 300, otherwise 100 (never more than 7 ticks). */
export function axisTicks(max: number): number[] {
  const step = max <= 300 ? 50 : Math.ceil(max / 6 / 100) * 100;
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return ticks;
}

export function quadrantLayout(points: readonly DiscrepancyPoint[], size: ChartSize = DEFAULT_SIZE): QuadrantLayout {
  const { width, height, margin } = size;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const max = axisMax(points);
  const sx = (v: number) => plot.left + (Math.max(0, Math.min(v, max)) / max) * (plot.right - plot.left);
  const sy = (v: number) => plot.bottom - (Math.max(0, Math.min(v, max)) / max) * (plot.bottom - plot.top);
  const round = (v: number) => Math.round(v * 10) / 10;
  const pad = 6;
  return {
    max,
    ticks: axisTicks(max).map((value) => ({ value, x: round(sx(value)), y: round(sy(value)) })),
    refX: round(sx(100)),
    refY: round(sy(100)),
    plot,
    points: points.map((p) => ({
      code: p.areaCode,
      name: p.areaName,
      cx: round(sx(p.x)),
      cy: round(sy(p.y)),
      quadrant: p.quadrant,
      flagged: p.flagged,
      clipped: p.x > max || p.y > max,
    })),
    labels: {
      'unsafe-feeling-low-crime': { x: plot.left + pad, y: plot.top + 14, anchor: 'start' },
      'both-high': { x: plot.right - pad, y: plot.top + 14, anchor: 'end' },
      'both-low': { x: plot.left + pad, y: plot.bottom - pad, anchor: 'start' },
      'safe-feeling-high-crime': { x: plot.right - pad, y: plot.bottom - pad, anchor: 'end' },
    },
  };
}

/** Colours per quadrant (Okabe–Ito based, distinguishable with colour-vision deficiency). */
export const QUADRANT_COLOURS: Record<Quadrant | 'none', string> = {
  'unsafe-feeling-low-crime': '#e69f00',
  'safe-feeling-high-crime': '#0072b2',
  'both-high': '#b2182b',
  'both-low': '#5aa469',
  none: '#c8ced4',
};

/** Area features with their quadrant as a property, for the map layer ('none' without both indices). */
export function withQuadrants<F extends { properties: { code: string } }>(features: readonly F[], points: readonly DiscrepancyPoint[]) {
  const byCode = new Map(points.map((p) => [p.areaCode, p]));
  return features.map((f) => {
    const p = byCode.get(f.properties.code);
    return { ...f, properties: { ...f.properties, quadrant: p?.quadrant ?? 'none', flagged: p?.flagged ?? false } };
  });
}

/** MapLibre fill-color expression colouring by the `quadrant` property. */
export function quadrantFillColour(): unknown[] {
  const pairs = (Object.keys(QUADRANT_COLOURS) as (Quadrant | 'none')[])
    .filter((q) => q !== 'none')
    .flatMap((q) => [q, QUADRANT_COLOURS[q]]);
  return ['match', ['get', 'quadrant'], ...pairs, QUADRANT_COLOURS.none];
}
