/**
 * Geometry of the prioritisation chart: missions as dots on impact (y, up) × feasibility (x, right),
 * both scored 1–5, with the quadrants split at the midpoint 3 as the server's prioritisation.ts
 * (do-first top right, invest top left, quick-win bottom right, reconsider bottom left).
 * Missions with equal scores are spread on a small circle so every dot stays visible. Pure.
 */
import type { Quadrant } from './types.ts';

export interface ChartBox {
  width: number;
  height: number;
  padding: number;
}
export const DEFAULT_BOX: ChartBox = { width: 360, height: 300, padding: 36 };

export interface Dot {
  id: string;
  x: number;
  y: number;
  label: string;
}
export interface QuadrantRect {
  quadrant: Exclude<Quadrant, 'unscored'>;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixel position of a score pair; scores outside 1–5 are clamped. */
export function scorePoint(feasibility: number, impact: number, box: ChartBox = DEFAULT_BOX): { x: number; y: number } {
  const c = (v: number) => Math.min(5, Math.max(1, v));
  const w = box.width - 2 * box.padding;
  const h = box.height - 2 * box.padding;
  return { x: box.padding + ((c(feasibility) - 1) / 4) * w, y: box.height - box.padding - ((c(impact) - 1) / 4) * h };
}

/** The four quadrant rectangles, split at score 3. */
export function quadrantRects(box: ChartBox = DEFAULT_BOX): QuadrantRect[] {
  const mid = scorePoint(3, 3, box);
  const left = box.padding;
  const top = box.padding;
  const right = box.width - box.padding;
  const bottom = box.height - box.padding;
  return [
    { quadrant: 'invest', x: left, y: top, width: mid.x - left, height: mid.y - top },
    { quadrant: 'do-first', x: mid.x, y: top, width: right - mid.x, height: mid.y - top },
    { quadrant: 'reconsider', x: left, y: mid.y, width: mid.x - left, height: bottom - mid.y },
    { quadrant: 'quick-win', x: mid.x, y: mid.y, width: right - mid.x, height: bottom - mid.y },
  ];
}

export interface Scored {
  id: string;
  number: string;
  impactScore: number | null;
  feasibilityScore: number | null;
}

/** Dots of the scored missions; k missions on the same score pair sit on a circle of `spread` px. */
export function quadrantDots(items: readonly Scored[], box: ChartBox = DEFAULT_BOX, spread = 9): Dot[] {
  const groups = new Map<string, Scored[]>();
  for (const i of items) {
    if (i.impactScore === null || i.feasibilityScore === null) continue;
    const key = `${i.feasibilityScore}|${i.impactScore}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const dots: Dot[] = [];
  for (const group of groups.values()) {
    const centre = scorePoint(group[0]!.feasibilityScore!, group[0]!.impactScore!, box);
    group.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / group.length - Math.PI / 2;
      const r = group.length > 1 ? spread : 0;
      dots.push({
        id: i.id,
        label: i.number,
        x: Math.round((centre.x + r * Math.cos(angle)) * 10) / 10,
        y: Math.round((centre.y + r * Math.sin(angle)) * 10) / 10,
      });
    });
  }
  return dots;
}
