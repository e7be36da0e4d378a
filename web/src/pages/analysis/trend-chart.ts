/**
 * The trend chart: a weekly series, the seasonal baseline band (expected … upper alarm bound) and
 * alert markers, as SVG path strings from a pure function. Suppressed weeks break the line.
 */
import type { TrendWeek } from './types.ts';

export interface TrendGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The weekly counts as one path; gaps where a week was suppressed. */
  line: string;
  /** The band between the expected value and the alarm bound (weeks with a baseline). */
  band: string;
  /** The expected value as a dashed path. */
  expected: string;
  markers: { x: number; y: number; index: number }[];
  points: { x: number; y: number; index: number }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; label: string }[];
  yMax: number;
}

/** A "nice" upper bound and tick step for 0..max (1, 2 or 5 × 10^k steps, about 4–6 ticks). */
export function niceScale(max: number, target = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const clean = Math.max(step, Math.round(step * 1e9) / 1e9);
  return { top: Math.ceil(max / clean) * clean, step: clean };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function pathOf(pts: ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of pts) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`;
    pen = true;
  }
  return d;
}

/** Band polygons over runs of weeks that have both expected and upper. */
function bandOf(weeks: readonly TrendWeek[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length) {
      const top = run.map((i) => `${r1(x(i))},${r1(y(weeks[i]!.upper!))}`);
      const bottom = [...run].reverse().map((i) => `${r1(x(i))},${r1(y(weeks[i]!.expected!))}`);
      d += `M${top.join('L')}L${bottom.join('L')}Z`;
    }
    run = [];
  };
  weeks.forEach((w, i) => {
    if (w.expected !== null && w.upper !== null) run.push(i);
    else flush();
  });
  flush();
  return d;
}

/** Month-abbreviation ticks at the first week of each quarter (Jan, Apr, Jul, Oct). */
function monthTicks(weeks: readonly TrendWeek[], x: (i: number) => number, monthNames: readonly string[]) {
  const ticks: { x: number; label: string }[] = [];
  let last = '';
  weeks.forEach((w, i) => {
    const ym = w.weekStart.slice(0, 7);
    const month = Number(w.weekStart.slice(5, 7));
    if (ym !== last && (month - 1) % 3 === 0)
      ticks.push({ x: x(i), label: `${monthNames[month - 1] ?? month} ${w.weekStart.slice(2, 4)}` });
    last = ym;
  });
  return ticks;
}

export function trendGeometry(
  weeks: readonly TrendWeek[],
  opts: { width?: number; height?: number; monthNames?: readonly string[] } = {},
): TrendGeometry {
  const width = opts.width ?? 760;
  const height = opts.height ?? 260;
  const plot = { left: 44, top: 12, right: width - 12, bottom: height - 28 };
  let max = 0;
  for (const w of weeks) max = Math.max(max, w.count ?? 0, w.upper ?? 0, w.expected ?? 0);
  const { top, step } = niceScale(max);
  const n = Math.max(1, weeks.length - 1);
  const x = (i: number) => plot.left + ((plot.right - plot.left) * i) / n;
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  const points = weeks.flatMap((w, i) => (w.count === null ? [] : [{ x: r1(x(i)), y: r1(y(w.count)), index: i }]));
  const yTicks = [];
  for (let v = 0; v <= top + step / 2; v += step) yTicks.push({ y: r1(y(v)), value: Math.round(v * 1e6) / 1e6 });
  return {
    width,
    height,
    plot,
    yMax: top,
    points,
    yTicks,
    line: pathOf(weeks.map((w, i) => (w.count === null ? null : { x: x(i), y: y(w.count) }))),
    expected: pathOf(weeks.map((w, i) => (w.expected === null ? null : { x: x(i), y: y(w.expected) }))),
    band: bandOf(weeks, x, y),
    markers: weeks.flatMap((w, i) => (w.alarm ? [{ x: r1(x(i)), y: r1(y(w.count ?? w.upper ?? 0)), index: i }] : [])),
    xTicks: monthTicks(weeks, x, opts.monthNames ?? ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']),
  };
}
