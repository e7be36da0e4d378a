/**
 * Suggests comparison buurten for a before/after evaluation: buurten whose pre-period series of
 * monthly counts resembles the target's in level and trend (the parallel-trends premise of
 * difference-in-differences; cf. Maryland Scientific Methods Scale level 3, Sherman et al. 1997).
 *
 * Features of a monthly series y_1..y_m (per buurt; the target's counts divided by its number of buurten u):
 *   level ℓ = ln(ȳ + 0.5)
 *   slope β = OLS slope of ln(y_t + 0.5) on t/12  (log change per year)
 * Distance of candidate i to the target T, standardised by the spread over the candidates:
 *   d_i = √( ((ℓ_i − ℓ_T)/s_ℓ)² + ((β_i − β_T)/s_β)² ),  s = sample standard deviation (1 when 0 or < 2 candidates).
 * Selection: candidates with at least one event, by increasing distance (ties by code), are added
 * until the group has `minGroup` buurten and at least as many pre-period events as the target
 * (so the comparison is not the noisier half of the DiD), at most `maxGroup`.
 */
export interface SeriesFeatures {
  level: number;
  slope: number;
  total: number;
}

export function seriesFeatures(series: ArrayLike<number>, units = 1): SeriesFeatures {
  const m = series.length;
  const y = Array.from(series, (v) => v / units);
  const total = Array.from(series).reduce((s, v) => s + v, 0);
  if (m === 0) return { level: Math.log(0.5), slope: 0, total: 0 };
  const mean = y.reduce((s, v) => s + v, 0) / m;
  const logs = y.map((v) => Math.log(v + 0.5));
  const tBar = (m - 1) / 2 / 12;
  const lBar = logs.reduce((s, v) => s + v, 0) / m;
  let sxy = 0;
  let sxx = 0;
  logs.forEach((l, t) => {
    const dt = t / 12 - tBar;
    sxy += dt * (l - lBar);
    sxx += dt * dt;
  });
  return { level: Math.log(mean + 0.5), slope: sxx > 0 ? sxy / sxx : 0, total };
}

function sd(values: number[]): number {
  if (values.length < 2) return 1;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const v = values.reduce((s, x) => s + (x - mean) ** 2, 0) / (values.length - 1);
  return v > 0 ? Math.sqrt(v) : 1;
}

export interface Candidate extends SeriesFeatures {
  code: string;
  distance: number;
}

export interface ComparisonSuggestion {
  target: SeriesFeatures & { units: number };
  scales: { level: number; slope: number };
  chosen: Candidate[];
  /** The nearest candidates (chosen or not), for an analyst who wants to edit the choice. */
  ranked: Candidate[];
}

export function suggestComparison(
  target: { series: ArrayLike<number>; units: number },
  candidates: readonly { code: string; series: ArrayLike<number> }[],
  options: { minGroup?: number; maxGroup?: number; show?: number } = {},
): ComparisonSuggestion {
  const minGroup = options.minGroup ?? 3;
  const maxGroup = options.maxGroup ?? 10;
  const t = { ...seriesFeatures(target.series, target.units), units: target.units };
  const feats = candidates.map((c) => ({ code: c.code, ...seriesFeatures(c.series) })).filter((c) => c.total > 0);
  const scales = { level: sd(feats.map((f) => f.level)), slope: sd(feats.map((f) => f.slope)) };
  const ranked = feats
    .map((f) => ({ ...f, distance: Math.hypot((f.level - t.level) / scales.level, (f.slope - t.slope) / scales.slope) }))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  const chosen: Candidate[] = [];
  let total = 0;
  for (const c of ranked) {
    if (chosen.length >= maxGroup || (chosen.length >= minGroup && total >= t.total)) break;
    chosen.push(c);
    total += c.total;
  }
  return { target: t, scales, chosen, ranked: ranked.slice(0, options.show ?? 15) };
}
