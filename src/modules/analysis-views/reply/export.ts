/**
 * Exports of the analysis views: CSV (RFC 4180, comma, header row, `.` decimals, empty cell for a
 * suppressed value, metadata as leading `# key: value` comment lines) and GeoJSON FeatureCollections
 * with the view's metadata under `meta` (a foreign member).
 */
import type { Meta } from '../schema.ts';

type Cell = string | number | boolean | null | undefined;

const quote = (v: Cell): string => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(meta: Meta, header: string[], rows: Iterable<Cell[]>): string {
  const lines = [
    `# source: ${meta.source}; period: ${meta.from} to ${meta.to} (exclusive); area: ${meta.area}`,
    `# synthetic: ${meta.synthetic}; suppressed: ${meta.suppressedCells} values below ${meta.minCellCount}${meta.detail ? ' (analyst detail: none)' : ''}`,
    header.map(quote).join(','),
  ];
  for (const r of rows) lines.push(r.map(quote).join(','));
  return `${lines.join('\n')}\n`;
}

export interface Feature<P> {
  type: 'Feature';
  id: string;
  geometry: unknown;
  properties: P;
}

/** A FeatureCollection with `meta` (and the view's other members) as GeoJSON foreign members. */
export function featureCollection<P>(meta: Meta, features: Feature<P>[], extra: Record<string, unknown> = {}) {
  return { type: 'FeatureCollection' as const, meta, ...extra, features };
}

/** Rounds to `d` decimals (NaN/±Infinity → null), for compact replies. */
export const round = (v: number, d = 4): number | null => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : null);
