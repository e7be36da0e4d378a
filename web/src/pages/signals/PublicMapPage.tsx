/**
 * The public map of open reports in public categories. Sensitive categories come from the API
 * blurred to a 250 m grid without a number; they are drawn as approximate areas. The list below
 * the map is the same information without a map; a buurt subscription sends news by e-mail.
 */
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { sortByName } from '../../ui/map/area-filter.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { getPublicMap, subscribeToBuurt } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDate } from './format.ts';
import { reportPoints } from './geo.ts';
import { SignalMap } from './SignalMap.tsx';
import { SubscribeForm } from './SubscribeForm.tsx';
import type { PublicMapFeature } from './types.ts';
import { useAsync } from '../../ui/use-async.ts';

function ReportLine({ p }: { p: PublicMapFeature['properties'] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <strong>{p.categoryName}</strong> · {p.statusLabel} · {formatDate(p.createdDate, i18n.language)}
      {p.blurred ? <span className="badge"> {t('signals.publicMap.approximate')}</span> : <span className="muted"> · {p.number}</span>}
      {p.demo && <DemoLabel />}
    </>
  );
}

export function PublicMapPage({ instance, csrfToken }: { instance: Instance | null; csrfToken: string | null }) {
  const { t, i18n } = useTranslation();
  const { data } = useAreaData();
  const [reports] = useAsync(() => getPublicMap(), []);
  const [chosen, setChosen] = useState<PublicMapFeature['properties'] | null>(null);
  const [buurt, setBuurt] = useState('');
  const features = useMemo(() => (reports.status === 'ready' ? reports.data.features : []), [reports]);
  const points = useMemo(() => reportPoints(features), [features]);
  const buurten = data.status === 'ready' ? data.buurten : [];
  const options = useMemo(
    () =>
      sortByName(
        buurten.map((b) => b.properties),
        i18n.language,
      ),
    [buurten, i18n.language],
  );

  return (
    <div className="page public-map-page">
      <h1 tabIndex={-1}>{t('signals.publicMap.title')}</h1>
      <p className="muted">{t('signals.publicMap.intro')}</p>
      <SignalMap
        config={instance?.map ?? null}
        buurten={buurten}
        wijken={data.status === 'ready' ? data.wijken : []}
        points={points}
        label={t('signals.publicMap.mapLabel')}
        onPointClick={(p) => setChosen(p as PublicMapFeature['properties'])}
      />
      <ul className="map-legend">
        <li>
          <span className="legend-dot exact" aria-hidden="true" /> {t('signals.publicMap.legendExact')}
        </li>
        <li>
          <span className="legend-dot blurred" aria-hidden="true" /> {t('signals.publicMap.legendBlurred')}
        </li>
      </ul>
      <p role="status" aria-live="polite" className="chosen-report">
        {chosen && <ReportLine p={chosen} />}
      </p>
      <div className="public-map-columns">
        <section className="panel-card" aria-labelledby="public-list-title">
          <h2 id="public-list-title">{t('signals.publicMap.listTitle', { count: features.length })}</h2>
          {reports.status === 'error' && (
            <p className="alert" role="alert">
              {reports.detail}
            </p>
          )}
          {reports.status === 'ready' && features.length === 0 && <p className="muted">{t('signals.publicMap.none')}</p>}
          <ul className="report-list">
            {features.slice(0, 100).map((f, i) => (
              <li key={f.properties.number ?? `blurred-${i}`}>
                <ReportLine p={f.properties} />
              </li>
            ))}
          </ul>
        </section>
        <SubscribeForm
          id="buurt-subscribe"
          title={t('signals.publicMap.subscribeTitle')}
          intro={t('signals.publicMap.subscribeIntro')}
          done={t('signals.subscribe.done')}
          disabled={!buurt}
          subscribe={(email) => subscribeToBuurt(buurt, email, csrfToken)}
        >
          <Field id="buurt-subscribe-buurt" label={t('signals.report.buurt')}>
            <select value={buurt} onChange={(e) => setBuurt(e.target.value)}>
              <option value="">{t('signals.report.buurtNone')}</option>
              {options.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </select>
          </Field>
        </SubscribeForm>
      </div>
    </div>
  );
}
