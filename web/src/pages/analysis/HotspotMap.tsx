/**
 * The hotspot map: grid cells or buurten coloured by significance class over our own area
 * polygons, selected units outlined, optional KDE overlay. Kept with preserveDrawingBuffer so the
 * PNG export can read the canvas. Class colours and expressions come from hotspot-classes.ts.
 */
import type { ImageSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_FILL_LAYER, BUURT_LINE_LAYER, BUURT_SOURCE, WIJK_SOURCE } from '../../ui/map/area-style.ts';
import { collectionBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent, MapLibreMap } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import { classFillExpression, classOpacityExpression } from './hotspot-classes.ts';
import { kdeRgba } from './kde-raster.ts';
import { rdRectangleCorners } from './rd.ts';
import type { HotspotsReply, KdeReply } from './types.ts';

export const HOTSPOT_SOURCE = 'hotspots';
export const HOTSPOT_FILL_LAYER = 'hotspots-fill';
export const HOTSPOT_SELECTED_LAYER = 'hotspots-selected';
const KDE_SOURCE = 'kde';

interface Props {
  config: Instance['map'] | null;
  buurten: AreaFeature[];
  wijken: AreaFeature[];
  reply: HotspotsReply;
  kde: KdeReply | null;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onMap(map: MapLibreMap | null): void;
}

type SourceData = Parameters<GeoJSONSource['setData']>[0];
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features }) as unknown as SourceData;

/**
 * The KDE surface as pixels handed to the image source directly. Not as a data: URL: MapLibre
 * fetches a source's url, and the app's Content Security Policy (connect-src 'self') blocks data:.
 */
function kdeImage(k: KdeReply): ImageData {
  const { pixels } = kdeRgba(k.values, k.cols, k.rows);
  return new ImageData(new Uint8ClampedArray(pixels), k.cols, k.rows);
}

function ensureLayers(map: MapLibreMap) {
  if (map.getSource(HOTSPOT_SOURCE)) return;
  map.setLayoutProperty(BUURT_FILL_LAYER, 'visibility', 'none');
  map.addSource(HOTSPOT_SOURCE, { type: 'geojson', data: collection([]), promoteId: 'id' });
  map.addLayer(
    {
      id: HOTSPOT_FILL_LAYER,
      type: 'fill',
      source: HOTSPOT_SOURCE,
      paint: { 'fill-color': classFillExpression() as never, 'fill-opacity': classOpacityExpression() as never },
    },
    BUURT_LINE_LAYER,
  );
  map.addLayer({
    id: HOTSPOT_SELECTED_LAYER,
    type: 'line',
    source: HOTSPOT_SOURCE,
    paint: { 'line-color': '#111111', 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0] },
  });
}

export function HotspotMap({ config, buurten, wijken, reply, kde, selected, onToggle, onMap }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config, true);
  const map = state.status === 'ready' ? state.map : null;
  const toggle = useRef(onToggle);
  toggle.current = onToggle;

  useEffect(() => {
    onMap(map);
    return () => onMap(null);
  }, [map, onMap]);

  useEffect(() => {
    if (!map) return;
    ensureLayers(map);
    (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData(collection(buurten.filter((f) => f.geometry)));
    (map.getSource(WIJK_SOURCE) as GeoJSONSource).setData(collection(wijken.filter((f) => f.geometry)));
    const bounds = collectionBounds(buurten);
    if (bounds) map.fitBounds(bounds, { padding: 16, duration: 0 });
  }, [map, buurten, wijken]);

  useEffect(() => {
    if (!map) return;
    ensureLayers(map);
    (map.getSource(HOTSPOT_SOURCE) as GeoJSONSource).setData(collection(reply.features.filter((f) => f.geometry)));
    const onClick = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') toggle.current(id);
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const plain = () => (map.getCanvas().style.cursor = '');
    map.on('click', HOTSPOT_FILL_LAYER, onClick);
    map.on('mouseenter', HOTSPOT_FILL_LAYER, pointer);
    map.on('mouseleave', HOTSPOT_FILL_LAYER, plain);
    return () => {
      map.off('click', HOTSPOT_FILL_LAYER, onClick);
      map.off('mouseenter', HOTSPOT_FILL_LAYER, pointer);
      map.off('mouseleave', HOTSPOT_FILL_LAYER, plain);
    };
  }, [map, reply]);

  // biome-ignore lint/correctness/useExhaustiveDependencies(reply): a new reply replaces the source's data (effect above), so the selection is set again on the new features.
  useEffect(() => {
    if (!map?.getSource(HOTSPOT_SOURCE)) return;
    for (const id of selected) map.setFeatureState({ source: HOTSPOT_SOURCE, id }, { selected: true });
    return () => {
      if (map.getSource(HOTSPOT_SOURCE))
        for (const id of selected) map.setFeatureState({ source: HOTSPOT_SOURCE, id }, { selected: false });
    };
  }, [map, selected, reply]);

  useEffect(() => {
    if (!map || !kde) return;
    map.addSource(KDE_SOURCE, { type: 'image', coordinates: rdRectangleCorners(kde.bboxRd) });
    (map.getSource(KDE_SOURCE) as ImageSource).updateImage({ image: kdeImage(kde) });
    map.addLayer(
      { id: 'kde-layer', type: 'raster', source: KDE_SOURCE, paint: { 'raster-opacity': 0.85, 'raster-resampling': 'linear' } },
      HOTSPOT_SELECTED_LAYER,
    );
    return () => {
      if (map.getLayer('kde-layer')) map.removeLayer('kde-layer');
      if (map.getSource(KDE_SOURCE)) map.removeSource(KDE_SOURCE);
    };
  }, [map, kde]);

  return (
    <section className="city-map hotspot-map" aria-label={t('analysis.hotspots.mapLabel')}>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} data-testid="hotspot-map" />
      {state.status === 'no-webgl' && (
        <p className="map-message" role="status">
          {t('analysis.hotspots.noWebgl')}
        </p>
      )}
    </section>
  );
}
