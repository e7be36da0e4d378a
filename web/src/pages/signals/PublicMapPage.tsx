/**
 * The public map of open reports in public categories. Sensitive categories come from the API
 * blurred to a 250 m grid without a number; they are drawn as approximate areas. A tapped pin (or
 * a line of the list below, the same reports without a map) opens its panel (PublicPinPanel); a
 * tap on an empty spot offers "meld mij nieuwe meldingen hier" (PointSubscribe). The category
 * filter is kept in the URL (`?categorie=`); a buurt subscription sends news by e-mail.
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
import { PointSubscribe } from './PointSubscribe.tsx';
import { PublicPinPanel } from './PublicPinPanel.tsx';
import { SignalMap } from './SignalMap.tsx';
import { AddressSearch } from '../../ui/address/AddressSearch.tsx';
import { UseMyLocation } from '../../ui/address/UseMyLocation.tsx';
import type { ChosenPlace } from '../../ui/address/api.ts';
import { SubscribeForm } from './SubscribeForm.tsx';
import type { LatLon, PublicMap, PublicMapFeature } from './types.ts';
import { type Async, useAsync } from '../../ui/use-async.ts';

type Pin = PublicMapFeature['properties'];
const FILTER_PARAM = 'categorie';

function ReportLine({ p }: { p: Pin }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <strong>{p.categoryName}</strong> · {p.statusLabel} · {formatDate(p.createdDate, i18n.language)}
      {p.blurred ? <span className="badge"> {t('signals.publicMap.approximate')}</span> : <span className="muted"> · {p.number}</span>}
      {p.demo && <DemoLabel />}
    </>
  );
}

/** The category filter, kept in the URL query without a new history entry. */
function useCategoryFilter(): [string, (slug: string) => void] {
  const [slug, setSlug] = useState(() => new URLSearchParams(window.location.search).get(FILTER_PARAM) ?? '');
  const change = (next: string) => {
    setSlug(next);
    const q = new URLSearchParams(window.location.search);
    if (next) q.set(FILTER_PARAM, next);
    else q.delete(FILTER_PARAM);
    window.history.replaceState(null, '', `${window.location.pathname}${q.size ? `?${q}` : ''}`);
  };
  return [slug, change];
}

function CategoryFilter({ features, value, onChange }: { features: PublicMapFeature[]; value: string; onChange(slug: string): void }) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => {
    const names = new Map(features.map((f) => [f.properties.categorySlug, f.properties.categoryName]));
    return [...names].sort((a, b) => a[1].localeCompare(b[1], i18n.language));
  }, [features, i18n.language]);
  return (
    <Field id="public-map-category" label={t('signals.publicMap.filter')}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('signals.publicMap.allCategories')}</option>
        {options.map(([slug, name]) => (
          <option key={slug} value={slug}>
            {name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The reports of the map as a list (the same information without a map); a line opens its panel. */
function ReportList({ reports, features, onChoose }: { reports: Async<PublicMap>; features: PublicMapFeature[]; onChoose(p: Pin): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel-card" aria-labelledby="public-list-title">
      <h2 id="public-list-title">{t('signals.publicMap.listTitle', { count: features.length })}</h2>
      {reports.status === 'error' && (
        <p className="alert" role="alert">
          {reports.detail}
        </p>
      )}
      {reports.status === 'ready' && features.length === 0 && <p className="muted">{t('signals.publicMap.none')}</p>}
      <ul className="report-list" data-testid="public-report-list">
        {features.slice(0, 100).map((f, i) => (
          <li key={f.properties.number ?? `blurred-${i}`}>
            <button type="button" className="link-button" onClick={() => onChoose(f.properties)}>
              <ReportLine p={f.properties} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PublicMapPage({ instance, csrfToken }: { instance: Instance | null; csrfToken: string | null }) {
  const { t, i18n } = useTranslation();
  const { data } = useAreaData();
  const [reports] = useAsync(() => getPublicMap(), []);
  const [category, setCategory] = useCategoryFilter();
  const [chosen, setChosen] = useState<Pin | null>(null);
  const [spot, setSpot] = useState<LatLon | null>(null);
  const [flyTarget, setFlyTarget] = useState<LatLon | null>(null);
  const [buurt, setBuurt] = useState('');
  const all = useMemo(() => (reports.status === 'ready' ? reports.data.features : []), [reports]);
  const features = useMemo(() => (category ? all.filter((f) => f.properties.categorySlug === category) : all), [all, category]);
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
  const choose = (p: Pin) => {
    setSpot(null);
    setChosen(p);
  };
  // An address or the resident's location: the map flies there and offers "meld mij nieuwe meldingen hier".
  const goTo = (place: ChosenPlace) => {
    setChosen(null);
    const point = { lat: place.lat, lon: place.lon };
    setSpot(point);
    setFlyTarget(point);
  };

  return (
    <div className="page public-map-page">
      <h1 tabIndex={-1}>{t('signals.publicMap.title')}</h1>
      <p className="muted">{t('signals.publicMap.intro')}</p>
      <AddressSearch id="public-map-address" onSelect={goTo} />
      <UseMyLocation onSelect={goTo} />
      <CategoryFilter features={all} value={category} onChange={setCategory} />
      <SignalMap
        config={instance?.map ?? null}
        buurten={buurten}
        wijken={data.status === 'ready' ? data.wijken : []}
        points={points}
        marker={spot}
        flyTo={flyTarget}
        label={t('signals.publicMap.mapLabel')}
        onPointClick={(p) => choose(p as Pin)}
        onPick={(p) => {
          setChosen(null);
          setSpot(p);
        }}
      />
      <ul className="map-legend">
        <li>
          <span className="legend-dot exact" aria-hidden="true" /> {t('signals.publicMap.legendExact')}
        </li>
        <li>
          <span className="legend-dot blurred" aria-hidden="true" /> {t('signals.publicMap.legendBlurred')}
        </li>
      </ul>
      <p className="hint">{t('signals.publicMap.tapHint')}</p>
      <div aria-live="polite">
        {chosen && (
          <PublicPinPanel
            key={chosen.number ?? `${chosen.categorySlug}-${chosen.createdDate}`}
            pin={chosen}
            onClose={() => setChosen(null)}
          />
        )}
        {spot && <PointSubscribe point={spot} csrfToken={csrfToken} onClose={() => setSpot(null)} />}
      </div>
      <div className="public-map-columns">
        <ReportList reports={reports} features={features} onChoose={choose} />
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
