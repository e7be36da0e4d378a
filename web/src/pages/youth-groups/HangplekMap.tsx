/**
 * The hangplekken on the map (ui/map, MapLibre loaded on demand): points as circles, areas as
 * outlines, over the outline of the group's area, fitted to them or else to that area. A click reports its position (to place a
 * new hangplek); the coordinate fields do the same by keyboard.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaGeometry, Instance } from '../../api/types.ts';
import { BUURT_SOURCE } from '../../ui/map/area-style.ts';
import { type Bounds, geometryBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import type { Hangplek } from './types.ts';

const SOURCE = 'yg-hangplekken';
type SourceData = Parameters<GeoJSONSource['setData']>[0];

interface Props {
  config: Instance['map'] | null;
  hangplekken: readonly Hangplek[];
  /** The group's buurt or wijk (outline on the map; the map fits it when there is no hangplek). */
  area: { type: 'Feature'; geometry: AreaGeometry | null; properties: unknown } | null;
  onPick?: (lat: number, lon: number) => void;
}

function boundsOf(hangplekken: readonly Hangplek[]): Bounds | null {
  const points = hangplekken.flatMap((h) => (h.geometry.type === 'Point' ? [h.geometry.coordinates] : (h.geometry.coordinates[0] ?? [])));
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

export function HangplekMap({ config, hangplekken, area, onPick }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!map || map.getSource(SOURCE)) return;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: `${SOURCE}-fill`,
      type: 'fill',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.25 },
    });
    map.addLayer({
      id: `${SOURCE}-line`,
      type: 'line',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#8e1b10', 'line-width': 2 },
    });
    map.addLayer({
      id: `${SOURCE}-point`,
      type: 'circle',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 8, 'circle-color': '#c0392b', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
    });
    map.on('click', (e) => pick.current?.(e.lngLat.lat, e.lngLat.lng));
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const features = hangplekken.map((h) => ({ type: 'Feature', properties: { name: h.name }, geometry: h.geometry }));
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as unknown as SourceData);
    if (area?.geometry)
      (map.getSource(BUURT_SOURCE) as GeoJSONSource | undefined)?.setData({
        type: 'FeatureCollection',
        features: [area],
      } as unknown as SourceData);
    const bounds = boundsOf(hangplekken) ?? geometryBounds(area?.geometry ?? null);
    if (bounds) map.fitBounds(bounds, { padding: 60, maxZoom: 16, duration: 0 });
  }, [map, hangplekken, area]);

  return (
    <section className="yg-map" aria-label={t('youthGroups.mapLabel')}>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      {state.status === 'no-webgl' && <p className="map-message">{t('youthGroups.noMap')}</p>}
    </section>
  );
}
