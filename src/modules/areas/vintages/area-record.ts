/** The area rows the importer and the seed produce before they are stored (one vintage). */
import type { Geometry } from '../geometry/geometry-types.ts';
import type { AreaLevel } from '../tables.ts';

export interface AreaRecord {
  code: string;
  level: AreaLevel;
  name: string;
  parentCode: string | null;
  population: number | null;
  populationYear: number | null;
  /** WGS84 lon/lat. */
  geometry: Geometry | null;
  geometryYear: number | null;
  isWater: boolean;
  note: string | null;
  attributes: Record<string, unknown>;
}

export interface VintageRecord {
  municipality: { code: string; name: string };
  year: number;
  source: string;
  populationYear: number | null;
  note: string | null;
  areas: AreaRecord[];
}

/** A buurt as read from a file, geometry already in WGS84. */
export interface BuurtInput {
  row: number;
  code: string;
  name: string | null;
  wijkCode: string;
  wijkName: string | null;
  gemeenteCode: string;
  gemeenteName: string | null;
  population: number | null;
  isWater: boolean;
  geometry: Geometry | null;
  attributes: Record<string, unknown>;
}

/** A wijk polygon as read from a wijken file, WGS84. */
export interface WijkInput {
  code: string;
  name: string | null;
  geometry: Geometry | null;
}

/** Joins note fragments into one sentence list, or null. */
export function joinNotes(parts: (string | null | undefined | false)[]): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return kept.length ? kept.join(' ') : null;
}
