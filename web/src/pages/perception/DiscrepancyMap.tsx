/**
 * The discrepancy classes on the city map: our own wijk or buurt polygons coloured by quadrant.
 * Uses the shared map set-up (use-map-instance, area-style); colours from quadrant.ts.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_FILL_LAYER, BUURT_LINE_LAYER, BUURT_SOURCE, WIJK_SOURCE } from '../../ui/map/area-style.ts';
import { collectionBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';
import { QUADRANT_COLOURS, quadrantFillColour, withQuadrants } from './quadrant.ts';
import { QUADRANTS, type DiscrepancyPoint } from './types.ts';

interface Props {
  config: Instance['map'] | null;
  level: 'buurt' | 'wijk';
  areas: AreaFeature[];
  points: DiscrepancyPoint[];
  onSelect(code: string): void;
}

export const QUADRANT_LAYER = 'quadrant-fill';
type SourceData = Parameters<GeoJSONSource['setData']>[0];
const EMPTY = { type: 'FeatureCollection', features: [] } as unknown as SourceData;

export function DiscrepancyMap({ config, level, areas, points, onSelect }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const select = useRef(onSelect);
  select.current = onSelect;
  const source = level === 'wijk' ? WIJK_SOURCE : BUURT_SOURCE;

  useEffect(() => {
    if (!map) return;
    map.setLayoutProperty(BUURT_FILL_LAYER, 'visibility', 'none');
    const features = withQuadrants(
      areas.filter((f) => f.geometry !== null),
      points,
    );
    (map.getSource(source) as GeoJSONSource).setData({ type: 'FeatureCollection', features } as unknown as SourceData);
    if (level === 'wijk') (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData(EMPTY);
    if (map.getLayer(QUADRANT_LAYER)) map.removeLayer(QUADRANT_LAYER);
    map.addLayer(
      { id: QUADRANT_LAYER, type: 'fill', source, paint: { 'fill-color': quadrantFillColour() as never, 'fill-opacity': 0.7 } },
      BUURT_LINE_LAYER,
    );
    const bounds = collectionBounds(areas);
    if (bounds) map.fitBounds(bounds, { padding: 16, duration: 0 });
    const onClick = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code === 'string') select.current(code);
    };
    map.on('click', QUADRANT_LAYER, onClick);
    return () => {
      map.off('click', QUADRANT_LAYER, onClick);
    };
  }, [map, areas, points, source, level]);

  return (
    <figure className="discrepancy-map">
      <section className="city-map" aria-label={t('perception.discrepancy.mapLabel')}>
        <div ref={container} className="city-map-canvas" data-map-state={state.status} data-testid="discrepancy-map" />
        {state.status === 'no-webgl' && (
          <p className="map-message" role="status">
            {t('map.noWebgl')}
          </p>
        )}
      </section>
      <figcaption>
        <ul className="quadrant-legend">
          {[...QUADRANTS, 'none' as const].map((q) => (
            <li key={q}>
              <span className="swatch" style={{ background: QUADRANT_COLOURS[q] }} aria-hidden="true" />
              {t(`perception.quadrant.long.${q}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
