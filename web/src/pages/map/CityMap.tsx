/**
 * The city map: buurt and wijk polygons on an offline style, hover tooltip, click to select.
 * Map logic lives in pure helpers (area-style.ts, geometry.ts); this component only wires events.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_FILL_LAYER, BUURT_SOURCE, WIJK_SOURCE } from '../../ui/map/area-style.ts';
import { formatPopulation } from './format.ts';
import { collectionBounds, geometryBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';

export interface Selection {
  code: string;
  /** Where the choice was made: the map does not move for its own clicks, only for list choices. */
  from: 'map' | 'list';
}

interface Props {
  config: Instance['map'] | null;
  buurten: AreaFeature[];
  wijken: AreaFeature[];
  selection: Selection | null;
  onSelect(code: string): void;
}

interface Tooltip {
  x: number;
  y: number;
  name: string;
  population: number | null;
}

type SourceData = Parameters<GeoJSONSource['setData']>[0];

/** Only features with a polygon go to the map; the others are listed beside it. */
const withGeometry = (features: AreaFeature[]) =>
  ({ type: 'FeatureCollection', features: features.filter((f) => f.geometry !== null) }) as unknown as SourceData;

export function CityMap({ config, buurten, wijken, selection, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!map) return;
    setTooltip(null);
    (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData(withGeometry(buurten));
    (map.getSource(WIJK_SOURCE) as GeoJSONSource).setData(withGeometry(wijken));
    const bounds = collectionBounds(buurten);
    if (bounds) map.fitBounds(bounds, { padding: 24, duration: 0 });
  }, [map, buurten, wijken]);

  useEffect(() => {
    if (!map) return;
    let hovered: string | number | undefined;
    const setHover = (id: string | number | undefined) => {
      if (hovered !== undefined) map.setFeatureState({ source: BUURT_SOURCE, id: hovered }, { hover: false });
      hovered = id;
      if (id !== undefined) map.setFeatureState({ source: BUURT_SOURCE, id }, { hover: true });
    };
    const onMove = (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      if (!f) return;
      setHover(f.id);
      map.getCanvas().style.cursor = 'pointer';
      const p = f.properties as { name: string; population: number | null };
      setTooltip({ x: e.point.x, y: e.point.y, name: p.name, population: p.population ?? null });
    };
    const onLeave = () => {
      setHover(undefined);
      map.getCanvas().style.cursor = '';
      setTooltip(null);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code === 'string') select.current(code);
    };
    map.on('mousemove', BUURT_FILL_LAYER, onMove);
    map.on('mouseleave', BUURT_FILL_LAYER, onLeave);
    map.on('click', BUURT_FILL_LAYER, onClick);
    return () => {
      map.off('mousemove', BUURT_FILL_LAYER, onMove);
      map.off('mouseleave', BUURT_FILL_LAYER, onLeave);
      map.off('click', BUURT_FILL_LAYER, onClick);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !selection) return;
    map.setFeatureState({ source: BUURT_SOURCE, id: selection.code }, { selected: true });
    const feature = buurten.find((f) => f.properties.code === selection.code);
    const bounds = geometryBounds(feature?.geometry ?? null);
    if (selection.from === 'list' && bounds) map.fitBounds(bounds, { padding: 60, maxZoom: 15, duration: 400 });
    return () => {
      if (map.getSource(BUURT_SOURCE)) map.setFeatureState({ source: BUURT_SOURCE, id: selection.code }, { selected: false });
    };
  }, [map, selection, buurten]);

  const population = tooltip ? formatPopulation(tooltip.population, i18n.language) : null;
  return (
    <section className="city-map" aria-label={t('map.region')}>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      {state.status === 'no-webgl' && (
        <p className="map-message" role="status">
          {t('map.noWebgl')}
        </p>
      )}
      {tooltip && (
        <div className="map-tooltip" aria-hidden="true" style={{ left: tooltip.x, top: tooltip.y }}>
          <strong>{tooltip.name}</strong>
          <span>{population ? t('map.populationShort', { value: population }) : t('panel.unknown')}</span>
        </div>
      )}
    </section>
  );
}
