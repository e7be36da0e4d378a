/**
 * Prioritisation of missions on impact × feasibility (both scored 1–5 by the team, each with its
 * rationale). score = impact · feasibility (1–25). Quadrants at the scale midpoint 3:
 *   do-first  impact ≥ 3 and feasibility ≥ 3 · invest  impact ≥ 3, feasibility < 3 (build partners/powers first)
 *   quick-win impact < 3, feasibility ≥ 3   · reconsider both < 3 · unscored when a score is missing.
 * Ordered by score (descending), then priority (urgent first), then number.
 */
export type Quadrant = 'do-first' | 'invest' | 'quick-win' | 'reconsider' | 'unscored';

export interface PrioritisationInput {
  id: string;
  number: string;
  priority: 'low' | 'medium' | 'high' | 'urgent';
  impactScore: number | null;
  feasibilityScore: number | null;
}

const PRIORITY_RANK = { urgent: 0, high: 1, medium: 2, low: 3 } as const;

export function quadrantOf(impact: number | null, feasibility: number | null): Quadrant {
  if (impact === null || feasibility === null) return 'unscored';
  if (impact >= 3) return feasibility >= 3 ? 'do-first' : 'invest';
  return feasibility >= 3 ? 'quick-win' : 'reconsider';
}

export function prioritise<T extends PrioritisationInput>(
  items: readonly T[],
): (T & { score: number | null; quadrant: Quadrant; rank: number })[] {
  return items
    .map((i) => ({
      ...i,
      score: i.impactScore !== null && i.feasibilityScore !== null ? i.impactScore * i.feasibilityScore : null,
      quadrant: quadrantOf(i.impactScore, i.feasibilityScore),
    }))
    .sort(
      (a, b) =>
        (b.score ?? -1) - (a.score ?? -1) || PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.number.localeCompare(b.number),
    )
    .map((i, k) => ({ ...i, rank: k + 1 }));
}
