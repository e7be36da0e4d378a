/**
 * The Netwerk maps (MapLibre through ui/map, loaded on demand): the overview's wijken coloured by
 * their number of entries (a click opens the wijk), or one area with its outline, its buurten and
 * the rows that have a place (initiative points, hangplekken). Everything on it is in the lists too.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_SOURCE } from '../../ui/map/area-style.ts';
import { collectionBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import { areaLayers, OUTLINE_SOURCE, overviewLayers, ROWS_SOURCE, WIJKEN_FILL, WIJKEN_SOURCE } from './map-layers.ts';
import type { NetworkItem } from './types.ts';

type SourceData = Parameters<GeoJSONSource['setData']>[0];
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features }) as unknown as SourceData;

type Props =
  | { kind: 'overview'; config: Instance['map'] | null; wijken: AreaFeature[]; totals: Map<string, number>; onOpen(code: string): void }
  | { kind: 'area'; config: Instance['map'] | null; outline: AreaFeature[]; buurten: AreaFeature[]; rows: NetworkItem[] };

export function NetworkMap(props: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, props.config);
  const map = state.status === 'ready' ? state.map : null;
  const open = useRef(props.kind === 'overview' ? props.onOpen : null);
  open.current = props.kind === 'overview' ? props.onOpen : null;
  const kind = props.kind;

  useEffect(() => {
    if (!map || map.getSource(WIJKEN_SOURCE) || map.getSource(OUTLINE_SOURCE)) return;
    if (kind === 'overview') {
      map.addSource(WIJKEN_SOURCE, { type: 'geojson', data: collection([]) });
      for (const layer of overviewLayers()) map.addLayer(layer);
      map.on('click', WIJKEN_FILL, (e: MapLayerMouseEvent) => {
        const code = e.features?.[0]?.properties?.code;
        if (typeof code === 'string') open.current?.(code);
      });
      map.on('mouseenter', WIJKEN_FILL, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', WIJKEN_FILL, () => (map.getCanvas().style.cursor = ''));
    } else {
      map.addSource(OUTLINE_SOURCE, { type: 'geojson', data: collection([]) });
      map.addSource(ROWS_SOURCE, { type: 'geojson', data: collection([]) });
      for (const layer of areaLayers()) map.addLayer(layer);
    }
  }, [map, kind]);

  useEffect(() => {
    if (!map) return;
    let shown: AreaFeature[];
    if (props.kind === 'overview') {
      shown = props.wijken.filter((w) => w.geometry);
      const features = shown.map((w) => ({ ...w, properties: { ...w.properties, total: props.totals.get(w.properties.code) ?? 0 } }));
      (map.getSource(WIJKEN_SOURCE) as GeoJSONSource | undefined)?.setData(collection(features));
    } else {
      shown = props.outline.filter((f) => f.geometry);
      (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData(collection(props.buurten.filter((f) => f.geometry)));
      (map.getSource(OUTLINE_SOURCE) as GeoJSONSource | undefined)?.setData(collection(shown));
      const rows = props.rows
        .filter((r) => r.geometry)
        .map((r) => ({ type: 'Feature', id: r.id, geometry: r.geometry, properties: { title: r.title } }));
      (map.getSource(ROWS_SOURCE) as GeoJSONSource | undefined)?.setData(collection(rows));
    }
    const bounds = collectionBounds(shown);
    if (bounds) map.fitBounds(bounds, { padding: 16, maxZoom: 15, duration: 0 });
  }, [map, props]);

  const label = props.kind === 'overview' ? t('areaNetwork.overview.mapLabel') : t('areaNetwork.area.mapLabel');
  const hint = props.kind === 'overview' ? t('areaNetwork.overview.mapHint') : t('areaNetwork.area.mapHint');
  return (
    <section className="city-map network-map" aria-label={label}>
      <p className="hint">{hint}</p>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      {state.status === 'no-webgl' && (
        <p className="map-message">{props.kind === 'overview' ? t('areaNetwork.overview.noMap') : t('areaNetwork.area.noMap')}</p>
      )}
    </section>
  );
}
