import type { Generated } from 'kysely';
import type { Geometry } from './geometry/geometry-types.ts';

export type AreaLevel = 'gemeente' | 'wijk' | 'buurt';
export type AreaRelationKind = 'same' | 'split' | 'merged' | 'renamed' | 'new' | 'discontinued';

export interface AreaTables {
  area_vintages: {
    gemeente_code: string;
    year: number;
    source: string;
    population_year: number | null;
    note: string | null;
    loaded_at: Generated<Date>;
  };
  areas: {
    gemeente_code: string;
    year: number;
    code: string;
    level: AreaLevel;
    name: string;
    parent_code: string | null;
    population: number | null;
    population_year: number | null;
    geometry: Geometry | null;
    geometry_year: number | null;
    min_lon: number | null;
    min_lat: number | null;
    max_lon: number | null;
    max_lat: number | null;
    is_water: Generated<boolean>;
    note: string | null;
    attributes: Generated<Record<string, unknown>>;
  };
  area_relations: {
    gemeente_code: string;
    from_year: number;
    from_code: string;
    to_year: number;
    to_code: string | null;
    relation: AreaRelationKind;
    note: string | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends AreaTables {}
}
