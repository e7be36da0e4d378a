/**
 * "Maak hier een opgave van": the missions create URL for the selected hotspots, following the
 * contract of web/src/pages/missions (create-query.ts / README):
 *   /opgaven/nieuw?buurten=BU…,BU…&crimeTypes=…&from=…&to=…&evidence=hotcrimes,hottimes&view=hotspots
 *   /opgaven/nieuw?cells=104000_425000,…&cellSize=100&…      (grid cells: RD south-west corners)
 * Pure.
 */
import type { Filters } from './state.ts';
import type { HotspotFeature, Meta } from './types.ts';

export const NEW_MISSION_PATH = '/opgaven/nieuw';

export interface MissionLinkInput {
  unit: 'grid' | 'buurt';
  cellSize: number | null;
  selected: readonly HotspotFeature[];
  filters: Filters;
  /** The resolved period of the reply (the API fills in defaults). */
  meta: Pick<Meta, 'from' | 'to'>;
  title: string;
}

/** The create URL, or null when no unit is selected (or a grid cell lacks its corner). */
export function missionLink(m: MissionLinkInput): string | null {
  if (m.selected.length === 0) return null;
  const q = new URLSearchParams();
  if (m.unit === 'buurt') {
    q.set('buurten', [...new Set(m.selected.map((f) => f.properties.id))].join(','));
  } else {
    const corners = m.selected.map((f) => f.properties.corner);
    if (!m.cellSize || corners.some((c) => !c)) return null;
    q.set('cells', corners.map((c) => `${c![0]}_${c![1]}`).join(','));
    q.set('cellSize', String(m.cellSize));
  }
  if (m.filters.source === 'incidents' && m.filters.crimeTypes.length) q.set('crimeTypes', m.filters.crimeTypes.join(','));
  q.set('from', m.meta.from);
  q.set('to', m.meta.to);
  q.set('evidence', m.filters.source === 'incidents' ? 'hotcrimes,hottimes' : 'report-counts');
  q.set('title', m.title.slice(0, 200));
  q.set('view', 'hotspots');
  return `${NEW_MISSION_PATH}?${q.toString().replace(/%2C/g, ',').replace(/%2A/g, '*')}`;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The create URL for an early-warning alert: its buurt and (main) crime type over the alert week. */
export function alertMissionLink(a: { areaCode: string; areaName?: string; crimeType: string; weekStart: string }): string {
  const q = new URLSearchParams();
  q.set('buurten', a.areaCode);
  q.set('crimeTypes', a.crimeType);
  q.set('from', a.weekStart);
  q.set('to', addDays(a.weekStart, 7));
  q.set('evidence', 'hotcrimes,hottimes');
  q.set('title', `Signalering ${a.areaName ?? a.areaCode} (${a.crimeType}), week van ${a.weekStart}`.slice(0, 200));
  q.set('view', 'early-warning');
  return `${NEW_MISSION_PATH}?${q.toString().replace(/%2C/g, ',').replace(/%2A/g, '*')}`;
}
