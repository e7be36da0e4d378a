/**
 * Hotshots (repeat offenders) and hotvics (repeat victims): concentration of incidents over
 * pseudonymous ids. Input is one id per incident-involvement — pseudonyms only, never names
 * (the incidents module pseudonymises before calling; this function never sees identities).
 *
 * Output: counts per id (descending), the share of incidents involving repeat ids (count ≥ 2),
 * and the concentration curve (Lorenz curve read from the top, as in Eck, Clarke & Guerette 2007
 * "Risky facilities" and Farrell & Pease's repeat-victimisation work): after sorting ids by count,
 * point k is (k/m, share of incidents of the top k ids). `topShare(curve, x)` answers
 * "the top x of ids account for y of incidents" by linear interpolation. Gini = 1 − 2·area under the
 * bottom-up Lorenz curve (trapezoids), 0 = all ids equal.
 */
export interface ConcentrationResult {
  incidents: number;
  distinctIds: number;
  repeatIds: number;
  repeatIncidentShare: number;
  counts: { id: string; count: number }[];
  /** cumulative (idShare, incidentShare) from the most frequent id down, starting at (0, 0). */
  curve: { idShare: number; incidentShare: number }[];
  gini: number;
}

export function concentration(ids: readonly string[]): ConcentrationResult {
  const tally = new Map<string, number>();
  for (const id of ids) tally.set(id, (tally.get(id) ?? 0) + 1);
  const counts = [...tally].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const m = counts.length;
  const total = ids.length;
  const curve = [{ idShare: 0, incidentShare: 0 }];
  let cumulative = 0;
  let repeatIncidents = 0;
  for (let k = 0; k < m; k++) {
    cumulative += counts[k]!.count;
    if (counts[k]!.count >= 2) repeatIncidents += counts[k]!.count;
    curve.push({ idShare: (k + 1) / m, incidentShare: cumulative / total });
  }
  // bottom-up Lorenz area = 1 − (area under the top-down curve) mirrored; compute bottom-up directly
  let area = 0;
  let below = 0;
  for (let k = m - 1; k >= 0; k--) {
    const next = below + counts[k]!.count / total;
    area += (below + next) / (2 * m);
    below = next;
  }
  return {
    incidents: total,
    distinctIds: m,
    repeatIds: counts.filter((c) => c.count >= 2).length,
    repeatIncidentShare: total ? repeatIncidents / total : 0,
    counts,
    curve,
    gini: m ? 1 - 2 * area : 0,
  };
}

/** Share of incidents accounted for by the top `idShare` (0..1) of ids, interpolating the curve. */
export function topShare(curve: ConcentrationResult['curve'], idShare: number): number {
  for (let k = 1; k < curve.length; k++) {
    const a = curve[k - 1]!;
    const b = curve[k]!;
    if (idShare <= b.idShare)
      return a.incidentShare + ((idShare - a.idShare) / (b.idShare - a.idShare)) * (b.incidentShare - a.incidentShare);
  }
  return 1;
}
