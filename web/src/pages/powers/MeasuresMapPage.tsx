/**
 * Kaart (Bevoegdheden): the administrative measures in force (and starting within 30 days) in the
 * gemeente or one wijk — closures as points, camera and risk areas as polygons — with the list
 * beside the map (kind, period, a link to the decision). A decision of a case the user may not
 * open shows only its published part, without a link.
 */
import './measures.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useApi, useAsync } from '../../ui/use-async.ts';
import { getAreaMeasures, getWijken, type Measure } from './measures-api.ts';
import { MeasuresMap } from './measures-map.tsx';
import type { PowersPageProps } from './page-props.ts';
import { decisionPath } from './paths.ts';

function MeasureItem({ m, onNavigate }: { m: Measure; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  const period = m.period.end
    ? t('powers.measures.period', { start: m.period.start, end: m.period.end })
    : t('powers.measures.periodOpen', { start: m.period.start });
  return (
    <li data-testid="measure-item">
      <span className="badge">{t(`powers.measures.kind.${m.measureKind}`)}</span>{' '}
      {m.status === 'starting' && <span className="badge">{t('powers.measures.starting')}</span>}{' '}
      {m.publicOnly ? (
        <strong>{m.baseLabel}</strong>
      ) : (
        <a {...navLink(decisionPath(m.decisionId), onNavigate)}>
          {m.number} — {m.title}
        </a>
      )}
      <div className="hint">
        {m.article} · {period}
        {m.place.addressLabel ? ` · ${m.place.addressLabel}` : ''}
      </div>
      {m.publicOnly && <p className="hint">{t('powers.measures.publicOnly', { text: m.publicText ?? '' })}</p>}
    </li>
  );
}

export function MeasuresMapPage({ onNavigate }: PowersPageProps) {
  const { t } = useTranslation();
  const [instance] = useApi<Instance>('/api/v1/instance');
  const [wijken] = useAsync(() => getWijken(), []);
  const gemeente = instance.status === 'ready' ? instance.data.municipality.code : null;
  const [area, setArea] = useState<string>('');
  const code = area || gemeente;
  const [measures] = useAsync(code ? () => getAreaMeasures(code) : null, [code]);
  const list = measures.status === 'ready' ? measures.data.measures : [];
  return (
    <section className="page" aria-labelledby="measures-title">
      <h1 id="measures-title">{t('powers.measures.title')}</h1>
      <p className="hint">{t('powers.measures.intro')}</p>
      <div className="measures-filter">
        <label>
          {t('powers.measures.wijk')}{' '}
          <select value={area} onChange={(e) => setArea(e.target.value)} data-testid="measures-wijk">
            <option value="">{t('powers.measures.allWijken')}</option>
            {(wijken.status === 'ready' ? wijken.data : []).map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {measures.status === 'error' && <p role="alert">{measures.detail}</p>}
      <div className="measures-layout">
        <MeasuresMap config={instance.status === 'ready' ? instance.data.map : null} measures={list} />
        <div>
          <h3>{t('powers.measures.listTitle', { count: list.length })}</h3>
          {measures.status === 'loading' && <p role="status">{t('powers.measures.loading')}</p>}
          {measures.status === 'ready' && list.length === 0 && <p>{t('powers.measures.none')}</p>}
          <ul className="measures-list" data-testid="measures-list">
            {list.map((m) => (
              <MeasureItem key={m.decisionId} m={m} onNavigate={onNavigate} />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
