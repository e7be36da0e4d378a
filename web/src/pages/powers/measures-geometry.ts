/** The places of measures on the map: GeoJSON features and their bounds. Pure. */
import type { Measure } from './measures-api.ts';

/** The measures with a place as GeoJSON features: the polygon of an area measure, else the address point. */
export function measureFeatures(measures: readonly Pick<Measure, 'decisionId' | 'measureKind' | 'place'>[]) {
  return measures.flatMap((m) => {
    const geometry = m.place.geometry ?? (m.place.point ? { type: 'Point', coordinates: [m.place.point.lon, m.place.point.lat] } : null);
    return geometry ? [{ type: 'Feature', id: m.decisionId, geometry, properties: { kind: m.measureKind } }] : [];
  });
}

/** The bounds of every place (points and polygon corners), or null without places. */
export function measureBounds(measures: readonly Pick<Measure, 'place'>[]): [[number, number], [number, number]] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (p: readonly number[]) => {
    xs.push(p[0]!);
    ys.push(p[1]!);
  };
  for (const m of measures) {
    if (m.place.point) add([m.place.point.lon, m.place.point.lat]);
    const g = m.place.geometry;
    if (g?.type === 'Polygon') for (const ring of g.coordinates) ring.forEach(add);
    if (g?.type === 'MultiPolygon') for (const poly of g.coordinates) for (const ring of poly) ring.forEach(add);
  }
  if (xs.length === 0) return null;
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
