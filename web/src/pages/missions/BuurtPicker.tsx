/**
 * The mission's scope: buurten picked on the map (click toggles) or from a list, shown as removable
 * chips. The map marks the picked buurten with the shared 'selected' feature state.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { BUURT_FILL_LAYER, BUURT_SOURCE } from '../../ui/map/area-style.ts';
import { collectionBounds } from '../../ui/map/geometry.ts';
import type { GeoJSONSource, MapLayerMouseEvent } from '../../ui/map/maplibre.ts';
import { useMapInstance } from '../../ui/map/use-map-instance.ts';

interface Props {
  config: Instance['map'] | null;
  buurten: AreaFeature[];
  selected: string[];
  onToggle(code: string): void;
  error?: string | null;
}

type SourceData = Parameters<GeoJSONSource['setData']>[0];

export function BuurtPicker({ config, buurten, selected, onToggle, error }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const state = useMapInstance(container, config);
  const map = state.status === 'ready' ? state.map : null;
  const toggle = useRef(onToggle);
  toggle.current = onToggle;
  const names = new Map(buurten.map((f) => [f.properties.code, f.properties.name]));

  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code === 'string') toggle.current(code);
    };
    map.on('click', BUURT_FILL_LAYER, onClick);
    map.getCanvas().style.cursor = 'pointer';
    return () => void map.off('click', BUURT_FILL_LAYER, onClick);
  }, [map]);

  useEffect(() => {
    if (!map) return;
    (map.getSource(BUURT_SOURCE) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: buurten.filter((f) => f.geometry),
    } as unknown as SourceData);
    const bounds = collectionBounds(buurten);
    if (bounds) map.fitBounds(bounds, { padding: 16, duration: 0 });
  }, [map, buurten]);

  useEffect(() => {
    if (!map || buurten.length === 0) return;
    for (const f of buurten)
      map.setFeatureState({ source: BUURT_SOURCE, id: f.properties.code }, { selected: selected.includes(f.properties.code) });
  }, [map, buurten, selected]);

  return (
    <fieldset className={`buurt-picker${error ? ' has-error' : ''}`} aria-describedby={error ? 'scope-error' : undefined}>
      <legend>{t('missions.create.scope')}</legend>
      <p className="hint">{t('missions.create.scopeHint')}</p>
      {error && (
        <p id="scope-error" className="field-error">
          {error}
        </p>
      )}
      <section className="city-map pick-map" aria-label={t('missions.create.mapLabel')}>
        <div ref={container} className="city-map-canvas" data-map-state={state.status} />
      </section>
      <label htmlFor="buurt-add">{t('missions.create.addBuurt')}</label>
      <select id="buurt-add" value="" onChange={(e) => e.target.value && onToggle(e.target.value)}>
        <option value="">{t('missions.create.chooseBuurt')}</option>
        {[...buurten]
          .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'nl'))
          .filter((f) => !selected.includes(f.properties.code))
          .map((f) => (
            <option key={f.properties.code} value={f.properties.code}>
              {f.properties.name}
            </option>
          ))}
      </select>
      <ul className="chip-list" aria-label={t('missions.create.picked')}>
        {selected.map((c) => (
          <li key={c}>
            <button
              type="button"
              className="chip"
              onClick={() => onToggle(c)}
              aria-label={t('missions.create.remove', { name: names.get(c) ?? c })}
            >
              {names.get(c) ?? c} ×
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
