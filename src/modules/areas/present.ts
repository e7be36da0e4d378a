/** Turns stored area rows into the API's GeoJSON features and summaries (lowerCamelCase). */
import type { Geometry } from './geometry/geometry-types.ts';
import type { AreaRow } from './area-store.ts';
import type { AreaLevel } from './tables.ts';

export interface AreaProperties {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  year: number;
  population: number | null;
  populationYear: number | null;
  geometryYear: number | null;
  note: string | null;
  isWater: boolean;
}

export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: AreaProperties;
  geometry: Geometry | null;
  bbox?: [number, number, number, number];
}

export interface AreaSummary {
  code: string;
  name: string;
  level: AreaLevel;
  population: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function areaProperties(r: AreaRow): AreaProperties {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    year: Number(r.year),
    population: num(r.population),
    populationYear: num(r.population_year),
    geometryYear: num(r.geometry_year),
    note: r.note,
    isWater: r.is_water,
  };
}

export function areaFeature(r: AreaRow, withBbox = false): AreaFeature {
  const feature: AreaFeature = { type: 'Feature', id: r.code, properties: areaProperties(r), geometry: r.geometry };
  if (withBbox && r.min_lon !== null && r.min_lat !== null && r.max_lon !== null && r.max_lat !== null) {
    feature.bbox = [Number(r.min_lon), Number(r.min_lat), Number(r.max_lon), Number(r.max_lat)];
  }
  return feature;
}

export function areaSummary(r: AreaRow): AreaSummary {
  return { code: r.code, name: r.name, level: r.level, population: num(r.population) };
}
