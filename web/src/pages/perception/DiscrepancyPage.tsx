/**
 * Discrepancy view (perception:read): where residents feel unsafe while registered crime is low,
 * and the reverse — quadrant chart, the same classes on the map, and a table with explanations.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAreas, getVintages } from '../../api/endpoints.ts';
import type { Instance } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getDiscrepancies } from './api.ts';
import { DiscrepancyMap } from './DiscrepancyMap.tsx';
import { DiscrepancyTable } from './DiscrepancyTable.tsx';
import { recentYears, withYear } from './paths.ts';
import { QuadrantChart } from './QuadrantChart.tsx';
import { YearSelect } from './YearSelect.tsx';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  instance: Instance | null;
  onNavigate(path: string): void;
}

async function load(level: 'buurt' | 'wijk', year: number | null, minGap: number) {
  const vintages = await getVintages();
  const vintage = vintages[0]?.year ?? year ?? new Date().getUTCFullYear();
  const [data, areas] = await Promise.all([getDiscrepancies(level, year, minGap), getAreas(level, vintage)]);
  return { data, areas: areas.features };
}

export function DiscrepancyPage({ instance, onNavigate }: Props) {
  const { t } = useTranslation();
  const years = useMemo(() => recentYears(new Date(), 8), []);
  const [level, setLevel] = useState<'buurt' | 'wijk'>('wijk');
  // No year at first: the server shows the latest year with data, and the choice follows the reply.
  const [year, setYear] = useState<number | null>(null);
  const [minGap, setMinGap] = useState(25);
  const [selected, setSelected] = useState<string | null>(null);
  const [state] = useAsync(() => load(level, year, minGap), [level, year, minGap]);
  const shownYear = year ?? (state.status === 'ready' ? state.data.data.year : years[0]!);

  function select(code: string) {
    setSelected(code);
    document.getElementById(`row-${code}`)?.scrollIntoView({ block: 'nearest' });
  }

  return (
    <div className="page discrepancy-page">
      <h1 tabIndex={-1}>{t('perception.discrepancy.title')}</h1>
      <p className="lead">
        {t('perception.discrepancy.lead')}
        {state.status === 'ready' && state.data.data.demo && <DemoLabel />}
      </p>
      <div className="profile-toolbar">
        <div className="field-inline">
          <label htmlFor="disc-level">{t('perception.discrepancy.level')}</label>
          <select id="disc-level" value={level} onChange={(e) => setLevel(e.target.value as 'buurt' | 'wijk')}>
            <option value="wijk">{t('perception.level.wijk')}</option>
            <option value="buurt">{t('perception.level.buurt')}</option>
          </select>
        </div>
        <YearSelect id="disc-year" years={withYear(years, shownYear)} value={shownYear} onChange={setYear} />
        <div className="field-inline">
          <label htmlFor="disc-gap">{t('perception.discrepancy.minGap')}</label>
          <input
            id="disc-gap"
            type="number"
            min={0}
            max={500}
            step={5}
            value={minGap}
            className="narrow-number"
            onChange={(e) => setMinGap(Math.max(0, Number(e.target.value) || 0))}
          />
        </div>
      </div>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p role="alert" className="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p role="status" data-testid="discrepancy-summary">
            {t('perception.discrepancy.summary', {
              count: state.data.data.points.length,
              flagged: state.data.data.points.filter((p) => p.flagged).length,
              year: state.data.data.year,
              base: state.data.data.baseYear,
            })}
          </p>
          <div className="discrepancy-visuals">
            <QuadrantChart points={state.data.data.points} selected={selected} onSelect={select} />
            <DiscrepancyMap
              config={instance?.map ?? null}
              level={level}
              areas={state.data.areas}
              points={state.data.data.points}
              onSelect={select}
            />
          </div>
          {state.data.data.points.length > 0 && (
            <DiscrepancyTable points={state.data.data.points} selected={selected} onNavigate={onNavigate} />
          )}
          {state.data.data.areasWithoutBothIndices.length > 0 && (
            <details className="missing-areas" open={state.data.data.points.length === 0}>
              <summary>{t('perception.discrepancy.missing', { count: state.data.data.areasWithoutBothIndices.length })}</summary>
              <p className="hint">{t('perception.discrepancy.missingHint')}</p>
              <p>
                {state.data.data.areasWithoutBothIndices
                  .map((code) => state.data.areas.find((a) => a.properties.code === code)?.properties.name ?? code)
                  .join(', ')}
              </p>
            </details>
          )}
        </>
      )}
    </div>
  );
}
