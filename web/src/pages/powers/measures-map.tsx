/**
 * The map of active measures (MapLibre through ui/map, loaded on demand): closures as points,
 * camera and risk areas as polygons. Everything on it is in the list beside it too.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import type { GeoJSONSource } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import type { Measure } from './measures-api.ts';
import { measureBounds, measureFeatures } from './measures-geometry.ts';

const SOURCE = 'powers-measures';
type SourceData = Parameters<GeoJSONSource['setData']>[0];

const LAYERS: LayerSpecification[] = [
  {
    id: 'powers-measures-fill',
    type: 'fill',
    source: SOURCE,
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'fill-color': '#6a1b9a', 'fill-opacity': 0.3 },
  },
  {
    id: 'powers-measures-line',
    type: 'line',
    source: SOURCE,
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': '#4a126b', 'line-width': 2 },
  },
  {
    id: 'powers-measures-point',
    type: 'circle',
    source: SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 7, 'circle-color': '#b4530b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
];

export function MeasuresMap({ config, measures }: { config: Instance['map'] | null; measures: readonly Measure[] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;

  useEffect(() => {
    if (!map || map.getSource(SOURCE)) return;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const layer of LAYERS) map.addLayer(layer);
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const features = measureFeatures(measures);
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as unknown as SourceData);
    const bounds = measureBounds(measures);
    if (bounds) map.fitBounds(bounds, { padding: 24, maxZoom: 16, duration: 0 });
  }, [map, measures]);

  return (
    <section className="city-map measures-map" aria-label={t('powers.measures.mapLabel')}>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      {state.status === 'no-webgl' && <p className="map-message">{t('powers.measures.noMap')}</p>}
    </section>
  );
}
