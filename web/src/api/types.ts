/** Shapes of the Stadsveilig API replies the web app uses (see /api/v1/openapi.json). */

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { name: string; reason: string }[];
}

export interface Instance {
  name: string;
  version: string;
  municipality: { code: string; name: string | null };
  map: { background: 'none' | 'pdok-brt'; backgroundTiles: string | null; attribution: string };
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string | null;
  role: string;
  roleLabel: string;
  /** A one-time password: the session reaches nothing but the password change until it is changed. */
  mustChangePassword: boolean;
}

export interface Session {
  authenticated: boolean;
  user: SessionUser | null;
  permissions: string[];
  csrfToken: string | null;
}

export type AreaLevel = 'gemeente' | 'wijk' | 'buurt';

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

export type Position = [number, number] | number[];
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface AreaFeature {
  type: 'Feature';
  id?: string | number;
  properties: AreaProperties;
  geometry: AreaGeometry | null;
}

export interface AreaCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

export interface Vintage {
  year: number;
  source: string;
  populationYear: number | null;
  counts: { gemeente: number; wijk: number; buurt: number };
  population: number | null;
  areasWithoutGeometry: string[];
}
