/**
 * The buurt map with reports on top: a marker the resident sets by tapping (onPick), points of
 * reports, and approximate areas for sensitive ones. Wiring only; layers in map-layers.ts.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_SOURCE, WIJK_SOURCE } from '../../ui/map/area-style.ts';
import { collectionBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import { markerData, type PointCollection } from './geo.ts';
import { AREAS_LAYER, MARKER_SOURCE, POINTS_LAYER, POINTS_SOURCE, signalLayers } from './map-layers.ts';
import type { LatLon } from './types.ts';

interface Props {
  config: Instance['map'] | null;
  buurten: AreaFeature[];
  wijken: AreaFeature[];
  label: string;
  marker?: LatLon | null;
  /** Centre here (zoomed in) instead of fitting the whole municipality: the staff detail page. */
  focus?: LatLon | null;
  /** When set (a new object), the map flies there (address search, "Gebruik mijn locatie"). */
  flyTo?: LatLon | null;
  points?: PointCollection | null;
  onPick?(point: LatLon): void;
  onPointClick?(properties: Record<string, unknown>): void;
  className?: string;
  children?: ReactNode;
}

type SourceData = Parameters<GeoJSONSource['setData']>[0];
const collection = (features: AreaFeature[]) =>
  ({ type: 'FeatureCollection', features: features.filter((f) => f.geometry !== null) }) as unknown as SourceData;
const EMPTY = { type: 'FeatureCollection', features: [] } as const;
/** About 300 m across a phone-wide map: the street and its neighbours. */
const FOCUS_ZOOM = 16;

export function SignalMap({
  config,
  buurten,
  wijken,
  label,
  marker = null,
  focus = null,
  flyTo = null,
  points = null,
  onPick,
  onPointClick,
  className,
  children,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const handlers = useRef({ onPick, onPointClick });
  handlers.current = { onPick, onPointClick };
  const focused = useRef(false);
  focused.current = focus !== null;

  useEffect(() => {
    if (!map || map.getSource(MARKER_SOURCE)) return;
    map.addSource(MARKER_SOURCE, { type: 'geojson', data: EMPTY });
    map.addSource(POINTS_SOURCE, { type: 'geojson', data: EMPTY });
    for (const layer of signalLayers()) map.addLayer(layer);
    const onClick = (e: MapLayerMouseEvent) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: [POINTS_LAYER, AREAS_LAYER] })[0];
      if (hit && handlers.current.onPointClick) handlers.current.onPointClick(hit.properties ?? {});
      else handlers.current.onPick?.({ lat: Math.round(e.lngLat.lat * 1e6) / 1e6, lon: Math.round(e.lngLat.lng * 1e6) / 1e6 });
    };
    map.on('click', onClick);
    map.getCanvas().style.cursor = 'crosshair';
  }, [map]);

  useEffect(() => {
    if (!map) return;
    (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData(collection(buurten));
    (map.getSource(WIJK_SOURCE) as GeoJSONSource).setData(collection(wijken));
    const bounds = collectionBounds(buurten);
    if (bounds && !focused.current) map.fitBounds(bounds, { padding: 16, duration: 0 });
  }, [map, buurten, wijken]);

  const lat = focus?.lat;
  const lon = focus?.lon;
  useEffect(() => {
    if (map && lat !== undefined && lon !== undefined) map.jumpTo({ center: [lon, lat], zoom: FOCUS_ZOOM });
  }, [map, lat, lon]);

  useEffect(() => {
    (map?.getSource(MARKER_SOURCE) as GeoJSONSource | undefined)?.setData(markerData(marker) as unknown as SourceData);
  }, [map, marker]);

  useEffect(() => {
    if (map && flyTo) map.flyTo({ center: [flyTo.lon, flyTo.lat], zoom: Math.max(map.getZoom(), FOCUS_ZOOM), duration: 800 });
  }, [map, flyTo]);

  useEffect(() => {
    (map?.getSource(POINTS_SOURCE) as GeoJSONSource | undefined)?.setData((points ?? EMPTY) as unknown as SourceData);
  }, [map, points]);

  return (
    <section className={`city-map signal-map ${className ?? ''}`} aria-label={label}>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      {children}
    </section>
  );
}
