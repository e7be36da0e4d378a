/** The shared filters of every view: source, period, area and crime types. Changes go to the URL. */
import { useTranslation } from 'react-i18next';
import type { AreaFeature } from '../../api/types.ts';
import { sortByName } from '../../ui/map/area-filter.ts';
import { CrimeTypePicker } from './CrimeTypePicker.tsx';
import { defaultFilters, type Filters } from './state.ts';
import type { CrimeType, Source } from './types.ts';

interface Props {
  filters: Filters;
  crimeTypes: CrimeType[];
  wijken: AreaFeature[];
  buurten: AreaFeature[];
  onChange(patch: Partial<Filters>): void;
  /** Passed to the crime-type picker: what no selection means in the current view. */
  emptyTypesSummary?: string | undefined;
  /** Offer partners' early signals as a source (staff who read reports). */
  partnerSignals?: boolean | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function FilterBar({ filters, crimeTypes, wijken, buurten, onChange, emptyTypesSummary, partnerSignals }: Props) {
  const { t } = useTranslation();
  const date = (key: 'from' | 'to', v: string) => (v === '' || DATE.test(v)) && onChange({ [key]: v });
  return (
    <form className="analysis-filters" aria-label={t('analysis.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="af-source">{t('analysis.filters.source')}</label>
        <select id="af-source" value={filters.source} onChange={(e) => onChange({ source: e.target.value as Source })}>
          <option value="incidents">{t('analysis.filters.sources.incidents')}</option>
          <option value="signals">{t('analysis.filters.sources.signals')}</option>
          {(partnerSignals || filters.source === 'partner-signals') && (
            <option value="partner-signals">{t('analysis.filters.sources.partner-signals')}</option>
          )}
          <option value="enforcement">{t('analysis.filters.sources.enforcement')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="af-from">{t('analysis.filters.from')}</label>
        <input
          id="af-from"
          type="date"
          value={filters.from}
          onChange={(e) => date('from', e.target.value)}
          aria-describedby="af-period-hint"
        />
      </div>
      <div className="field">
        <label htmlFor="af-to">{t('analysis.filters.to')}</label>
        <input id="af-to" type="date" value={filters.to} onChange={(e) => date('to', e.target.value)} aria-describedby="af-period-hint" />
      </div>
      <div className="field">
        <label htmlFor="af-area">{t('analysis.filters.area')}</label>
        <select id="af-area" value={filters.area} onChange={(e) => onChange({ area: e.target.value })}>
          <option value="">{t('analysis.filters.wholeMunicipality')}</option>
          <optgroup label={t('analysis.filters.wijken')}>
            {sortByName(wijken.map((w) => w.properties)).map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('analysis.filters.buurten')}>
            {sortByName(buurten.map((b) => b.properties)).map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {filters.source === 'incidents' && (
        <CrimeTypePicker
          types={crimeTypes}
          selected={filters.crimeTypes}
          onChange={(crimeTypes) => onChange({ crimeTypes })}
          emptySummary={emptyTypesSummary}
        />
      )}
      <button type="button" className="button ghost small" onClick={() => onChange(defaultFilters())}>
        {t('analysis.filters.reset')}
      </button>
      {filters.source === 'partner-signals' && <p className="hint">{t('analysis.filters.partnerSignalsHint')}</p>}
      {filters.source === 'enforcement' && <p className="hint">{t('analysis.filters.enforcementHint')}</p>}
      <p id="af-period-hint" className="hint">
        {t('analysis.filters.periodHint')}
      </p>
    </form>
  );
}
