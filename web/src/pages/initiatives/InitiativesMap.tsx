/** The public map of initiatives: one dot per initiative at its buurt's centre (never the initiators' spot). */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { BUURT_SOURCE } from '../../ui/map/area-style.ts';
import type { GeoJSONSource } from '../../ui/map/maplibre.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import type { Initiative } from './api.ts';

const SOURCE = 'initiatives';
type SourceData = Parameters<GeoJSONSource['setData']>[0];

export function InitiativesMap({ config, initiatives }: { config: Instance['map'] | null; initiatives: Initiative[] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const { data: areas } = useAreaData();

  // The buurt boundaries under the dots (the map has no other background without PDOK).
  useEffect(() => {
    if (!map || areas.status !== 'ready') return;
    const buurten = { type: 'FeatureCollection', features: areas.buurten.filter((f) => f.geometry) } as unknown as SourceData;
    (map.getSource(BUURT_SOURCE) as GeoJSONSource | undefined)?.setData(buurten);
  }, [map, areas]);

  useEffect(() => {
    if (!map) return;
    const points = initiatives.flatMap((i) =>
      i.point
        ? [
            {
              type: 'Feature',
              properties: { id: i.id, title: i.title },
              geometry: { type: 'Point', coordinates: [i.point.lon, i.point.lat] },
            },
          ]
        : [],
    );
    const data = { type: 'FeatureCollection', features: points } as unknown as SourceData;
    const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
    if (source) source.setData(data);
    else {
      map.addSource(SOURCE, { type: 'geojson', data });
      map.addLayer({
        id: `${SOURCE}-dots`,
        type: 'circle',
        source: SOURCE,
        paint: { 'circle-radius': 8, 'circle-color': '#1d5e2b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
      });
    }
    const lons = initiatives.flatMap((i) => (i.point ? [i.point.lon] : []));
    const lats = initiatives.flatMap((i) => (i.point ? [i.point.lat] : []));
    if (lons.length) {
      const pad = 0.01;
      map.fitBounds(
        [
          [Math.min(...lons) - pad, Math.min(...lats) - pad],
          [Math.max(...lons) + pad, Math.max(...lats) + pad],
        ],
        { padding: 24, maxZoom: 14, duration: 0 },
      );
    }
  }, [map, initiatives]);

  return (
    <section className="city-map initiatives-map" aria-label={t('initiatives.list.mapLabel')}>
      <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      {state.status === 'no-webgl' && <p className="map-message">{t('initiatives.list.noMap')}</p>}
    </section>
  );
}
