/** GeoJSON geometry types used for areas (WGS84 lon/lat unless said otherwise). */
export type Position = [number, number];
export type Ring = Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type Geometry = PolygonGeometry | MultiPolygonGeometry;
