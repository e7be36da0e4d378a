/**
 * Discrepancy view: areas where residents feel unsafe while registered crime is low, and the
 * reverse. Quadrant data with x = registered-crime index and y = perceived-unsafety index (both
 * 100 = city average in the base year), gap = y − x, and what may explain it: the themes of
 * approved stories, the most frequent report categories and the pulse's most named problems.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { Settings } from './components.ts';
import { quadrantOf, type Quadrant } from './indices.ts';
import { levelIndices, type IndexOptions } from './profile-service.ts';
import { countRule } from '../counts-disclosure.ts';
import { topCategories } from '../signal-counts.ts';
import { themeCounts } from '../moderation/themes.ts';
import { demoContributes } from '../demo/marker.ts';

export interface DiscrepancyPoint {
  areaCode: string;
  areaName: string;
  x: number;
  y: number;
  gap: number;
  quadrant: Quadrant;
  flagged: boolean;
  perceivedSource: string;
  n: number | null;
  themes: { theme: string; name: string; stories: number }[];
  reportCategories: { category: string; name: string; reports: number | null }[];
  pulseProblems: { code: string; answers: number }[];
}

export async function discrepancies(ctx: ServiceContext, s: Settings, level: 'buurt' | 'wijk', o: IndexOptions & { minGap: number }) {
  const { baseYear, areas } = await levelIndices(ctx, s, level, o);
  const themes = await themeCounts(ctx, s.gemeente, { level, year: o.year });
  const points: DiscrepancyPoint[] = [];
  const missing: string[] = [];
  for (const a of areas) {
    const x = a.indices.crime.index;
    const y = a.indices.perceived.index;
    if (x === null || y === null) {
      missing.push(a.areaCode);
      continue;
    }
    const gap = Math.round((y - x) * 10) / 10;
    points.push({
      areaCode: a.areaCode,
      areaName: a.areaName,
      x,
      y,
      gap,
      quadrant: quadrantOf(x, y),
      flagged: Math.abs(gap) >= o.minGap,
      perceivedSource: a.indices.perceived.source,
      n: a.indices.perceived.n,
      themes: themes
        .filter((t) => t.areaCode === a.areaCode)
        .slice(0, 5)
        .map(({ theme, name, stories }) => ({ theme, name, stories })),
      reportCategories: Math.abs(gap) >= o.minGap ? await topCategories(ctx, s.gemeente, a.areaCode, o.year, countRule(ctx, s), 5) : [],
      pulseProblems: a.pulse?.problems.slice(0, 5) ?? [],
    });
  }
  points.sort((p, q) => Math.abs(q.gap) - Math.abs(p.gap));
  const demo = await demoContributes(ctx, s.gemeente, s.gemeente, [o.year, baseYear]);
  return { level, year: o.year, baseYear, minGap: o.minGap, points, areasWithoutBothIndices: missing, demo };
}
