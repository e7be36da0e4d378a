/**
 * The concentration (Lorenz-type) curve: share of incidents against share of refs, from the most
 * frequent ref; the diagonal is "no concentration". SVG path strings from a pure function.
 */
export interface CurveGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  curve: string;
  diagonal: string;
  ticks: { value: number; x: number; y: number }[];
  /** Where the top x % of refs meets the curve. */
  marks: { share: number; x: number; y: number; incidentShare: number }[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Linear interpolation of the curve at an id share. */
export function curveAt(points: readonly { idShare: number | null; incidentShare: number | null }[], share: number): number | null {
  const pts = points.filter((p): p is { idShare: number; incidentShare: number } => p.idShare !== null && p.incidentShare !== null);
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (share <= b.idShare)
      return b.idShare === a.idShare
        ? b.incidentShare
        : a.incidentShare + ((share - a.idShare) / (b.idShare - a.idShare)) * (b.incidentShare - a.incidentShare);
  }
  return pts.length ? pts[pts.length - 1]!.incidentShare : null;
}

export function curveGeometry(
  points: readonly { idShare: number | null; incidentShare: number | null }[],
  topShares: Record<string, number | null>,
  size = 320,
): CurveGeometry {
  const plot = { left: 44, top: 12, right: size - 24, bottom: size - 36 };
  const x = (v: number) => plot.left + (plot.right - plot.left) * v;
  const y = (v: number) => plot.bottom - (plot.bottom - plot.top) * v;
  const pts = points.filter((p) => p.idShare !== null && p.incidentShare !== null);
  const curve = pts.map((p, i) => `${i ? 'L' : 'M'}${r1(x(p.idShare!))},${r1(y(p.incidentShare!))}`).join('');
  const marks = Object.entries(topShares)
    .filter((e): e is [string, number] => e[1] !== null)
    .map(([k, v]) => ({ share: Number(k), x: r1(x(Number(k))), y: r1(y(v)), incidentShare: v }))
    .sort((a, b) => a.share - b.share);
  return {
    width: size,
    height: size,
    plot,
    curve,
    marks,
    diagonal: `M${x(0)},${y(0)}L${x(1)},${y(1)}`,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, x: r1(x(v)), y: r1(y(v)) })),
  };
}
