/** The evaluation request for selected hotspots: later period by default the one after the analysed period. Pure. */
import type { EvaluationBody } from './api.ts';
import type { Filters } from './state.ts';
import type { HotspotFeature, HotspotsReply } from './types.ts';

const DAY = 86_400_000;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The period of equal length right after [from, to); whole years stay whole years (leap days). */
export function nextPeriod(from: string, to: string): { from: string; to: string } {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (years > 0 && from.slice(4) === to.slice(4)) return { from: to, to: `${Number(to.slice(0, 4)) + years}${to.slice(4)}` };
  const len = Math.max(DAY, day(to) - day(from));
  return { from: to, to: iso(day(to) + len) };
}

export function evaluationBody(
  reply: HotspotsReply,
  filters: Filters,
  selected: readonly HotspotFeature[],
  later: { from: string; to: string },
): EvaluationBody | null {
  if (!selected.length) return null;
  let selection: EvaluationBody['selection'];
  if (reply.unit === 'buurt') selection = { unit: 'buurt', buurten: selected.map((f) => f.properties.id) };
  else {
    const cells = selected.flatMap((f) => (f.properties.corner ? [f.properties.corner] : []));
    if (!cells.length || !reply.cellSize) return null;
    selection = { unit: 'grid', cellSize: reply.cellSize, cells };
  }
  return {
    from: later.from,
    to: later.to,
    source: filters.source,
    selection,
    baselineFrom: reply.meta.from,
    baselineTo: reply.meta.to,
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.source === 'incidents' && filters.crimeTypes.length ? { crimeTypes: filters.crimeTypes } : {}),
  };
}
