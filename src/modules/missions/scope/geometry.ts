/** GeoJSON geometry shapes the missions module reads (WGS84 lon/lat). */
export type Ring = number[][];
export type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
