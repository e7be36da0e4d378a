/** Home: the city map with year choice, the chosen buurt's panel, and the searchable buurt list. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { AreaList } from './AreaList.tsx';
import { AreaPanel } from './AreaPanel.tsx';
import { CityMap, type Selection } from './CityMap.tsx';
import { MapLegend } from './MapLegend.tsx';
import { useAreaData } from '../../ui/map/use-area-data.ts';

interface Props {
  instance: Instance | null;
}

export default function MapPage({ instance }: Props) {
  const { t } = useTranslation();
  const { vintages, year, setYear, data } = useAreaData();
  const [selection, setSelection] = useState<Selection | null>(null);
  const ready = data.status === 'ready' ? data : null;
  const buurten = useMemo(() => ready?.buurten ?? [], [ready]);
  const wijken = useMemo(() => ready?.wijken ?? [], [ready]);
  const selected = buurten.find((f) => f.properties.code === selection?.code) ?? null;
  const wijk = wijken.find((f) => f.properties.code === selected?.properties.parentCode) ?? null;
  const withoutGeometry = useMemo(() => buurten.filter((f) => f.geometry === null), [buurten]);
  const name = instance?.municipality.name;

  function changeYear(next: number) {
    setSelection(null);
    setYear(next);
  }

  return (
    <div className="map-page">
      <div className="map-toolbar">
        <h1 tabIndex={-1}>{name ? t('map.title', { name }) : t('map.titleNoName')}</h1>
        <div className="field-inline">
          <label htmlFor="year-select">{t('map.year')}</label>
          <select id="year-select" value={year ?? ''} disabled={vintages.length === 0} onChange={(e) => changeYear(Number(e.target.value))}>
            {vintages.map((v) => (
              <option key={v.year} value={v.year}>
                {v.year}
              </option>
            ))}
          </select>
        </div>
      </div>
      {data.status === 'loading' && (
        <p role="status" className="loading-line">
          {t('map.loading')}
        </p>
      )}
      {data.status === 'error' && (
        <p role="alert" className="alert">
          {t('map.loadError', { detail: data.detail })}
        </p>
      )}
      <div className="map-layout">
        <div className="map-column">
          <CityMap
            config={instance?.map ?? null}
            buurten={buurten}
            wijken={wijken}
            selection={selection}
            onSelect={(code) => setSelection({ code, from: 'map' })}
          />
          <MapLegend />
        </div>
        <aside className="map-side" aria-label={t('list.title')}>
          {ready && (
            <AreaPanel
              year={ready.year}
              selected={selected}
              wijkName={wijk?.properties.name ?? null}
              withoutGeometry={withoutGeometry}
              onChoose={(code) => setSelection({ code, from: 'list' })}
              onClear={() => setSelection(null)}
            />
          )}
          <AreaList buurten={buurten} selectedCode={selection?.code ?? null} onChoose={(code) => setSelection({ code, from: 'list' })} />
        </aside>
      </div>
    </div>
  );
}
