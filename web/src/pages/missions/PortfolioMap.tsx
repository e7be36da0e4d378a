/** All missions on the map: their scopes coloured by KPI status over the buurten; a click opens the mission. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_SOURCE } from '../../ui/map/area-style.ts';
import { collectionBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import { KPI_COLOURS, MISSIONS_FILL, MISSIONS_SOURCE, missionLayers } from './map-layers.ts';
import type { Portfolio } from './types.ts';

interface Props {
  config: Instance['map'] | null;
  buurten: AreaFeature[];
  scopes: Portfolio['map'];
  onOpen(id: string): void;
}

type SourceData = Parameters<GeoJSONSource['setData']>[0];

export function PortfolioMap({ config, buurten, scopes, onOpen }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    if (!map || map.getSource(MISSIONS_SOURCE)) return;
    map.addSource(MISSIONS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const layer of missionLayers()) map.addLayer(layer);
    map.on('click', MISSIONS_FILL, (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') open.current(id);
    });
    map.on('mouseenter', MISSIONS_FILL, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', MISSIONS_FILL, () => (map.getCanvas().style.cursor = ''));
  }, [map]);

  useEffect(() => {
    if (!map) return;
    (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: buurten.filter((f) => f.geometry),
    } as unknown as SourceData);
    (map.getSource(MISSIONS_SOURCE) as GeoJSONSource | undefined)?.setData(scopes as unknown as SourceData);
    // Zoom to the missions (not closer than a few buurten), else show the whole city.
    const missions = collectionBounds(scopes.features as unknown as AreaFeature[]);
    const bounds = missions ?? collectionBounds(buurten);
    if (bounds) map.fitBounds(bounds, { padding: missions ? 60 : 16, maxZoom: 13, duration: 0 });
  }, [map, buurten, scopes]);

  return (
    <div className="mission-map-wrap">
      <section className="city-map mission-map" aria-label={t('missions.portfolio.mapLabel')}>
        <div ref={container} className="city-map-canvas" data-map-state={state.status} />
        {state.status === 'no-webgl' && <p className="map-message">{t('missions.portfolio.noMap')}</p>}
      </section>
      <ul className="map-legend mission-legend" aria-label={t('missions.portfolio.legend')}>
        {(Object.keys(KPI_COLOURS) as (keyof typeof KPI_COLOURS)[]).map((k) => (
          <li key={k}>
            <span className="legend-swatch" style={{ background: KPI_COLOURS[k] }} aria-hidden="true" />
            {t(`missions.kpiStatus.${k}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
