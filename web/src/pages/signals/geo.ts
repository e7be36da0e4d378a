/**
 * Geometry for the report pages: which buurt a tapped point lies in, a point for a buurt chosen
 * from the list, distances, and the GeoJSON for the marker and the public map layers. Pure.
 */
import type { AreaFeature, AreaGeometry, Position } from '../../api/types.ts';
import { interiorPoint } from '../../ui/map/geometry.ts';
import type { LatLon, PublicMapFeature } from './types.ts';

/** Even-odd point in polygon over all rings (holes included). */
export function pointInGeometry(geometry: AreaGeometry, lon: number, lat: number): boolean {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** The buurt (with a polygon) containing the point, or null (outside the municipality). */
export function buurtAt(buurten: readonly AreaFeature[], point: LatLon): AreaFeature | null {
  return (
    buurten.find((f) => f.geometry && !f.properties.isWater && pointInGeometry(f.geometry, point.lon, point.lat)) ??
    buurten.find((f) => f.geometry && pointInGeometry(f.geometry, point.lon, point.lat)) ??
    null
  );
}

/** A point inside the buurt, for a buurt chosen from the list (approximate place). */
export function buurtPoint(buurt: AreaFeature | undefined | null): LatLon | null {
  const p = interiorPoint(buurt?.geometry ?? null);
  return p ? { lon: p[0], lat: p[1] } : null;
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const r = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

export interface PointCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> }>;
}

export function markerData(point: LatLon | null): PointCollection {
  return {
    type: 'FeatureCollection',
    features: point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: {} }] : [],
  };
}

/** Points with their properties, as the map layers read them (blurred ones are drawn as areas). */
export function reportPoints(features: readonly PublicMapFeature[]): PointCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { ...f.properties } })),
  };
}

/** Radius in pixels of a circle of `metres` at a zoom level and latitude (web mercator, 512 px tiles). */
export function metresToPixels(metres: number, zoom: number, lat: number): number {
  const metresPerPixel = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  return metres / metresPerPixel;
}
