/** The staff inbox: filters, saved filters, the list or a map of the filtered reports, paging, CSV. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, Session } from '../../api/types.ts';
import type { Capabilities } from '../../ui/capabilities.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { exportCsvUrl } from './api.ts';
import type { CategoryIndex } from './categories.ts';
import { loadCategoryIndex } from './category-source.ts';
import { filterToExportQuery, pageCount, PAGE_SIZE } from './inbox-query.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { InboxTable } from './InboxTable.tsx';
import { detailPath, EARLY_SIGNAL_PATH, SETTINGS_PATH } from './paths.ts';
import { OwnEarlySignals } from './OwnEarlySignals.tsx';
import { navLink } from '../../ui/nav-link.ts';
import './i18n.ts';
import { SavedFilters } from './SavedFilters.tsx';
import { SignalMap } from './SignalMap.tsx';
import type { PointCollection } from './geo.ts';
import { useInbox } from './use-inbox.ts';

interface Props {
  session: Session;
  caps: Capabilities;
  instance: Instance | null;
  onNavigate(path: string): void;
}

export function InboxPage({ session, caps, instance, onNavigate }: Props) {
  const { t } = useTranslation();
  const partner = caps.signals === 'partner';
  const inbox = useInbox(session.csrfToken, caps.savedFilters);
  const { filter, setFilter, result } = inbox;
  const { data } = useAreaData();
  const [categories, setCategories] = useState<CategoryIndex | null>(null);
  useEffect(
    () =>
      void loadCategoryIndex(caps.signals)
        .then(setCategories)
        .catch(() => setCategories(null)),
    [caps.signals],
  );
  const buurten = data.status === 'ready' ? data.buurten : [];
  const wijken = data.status === 'ready' ? data.wijken : [];
  const names = useMemo(() => new Map(buurten.map((b) => [b.properties.code, b.properties.name])), [buurten]);
  const reply = result.status === 'ready' ? result.data : null;
  const pages = reply ? pageCount(reply.total) : 1;
  const points = useMemo<PointCollection>(
    () => ({
      type: 'FeatureCollection',
      features: (reply?.items ?? [])
        .filter((s) => s.location)
        .map((s) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [s.location!.lon, s.location!.lat] },
          properties: { number: s.number, blurred: false },
        })),
    }),
    [reply],
  );

  return (
    <div className="page inbox-page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t(partner ? 'signals.partner.inboxTitle' : 'signals.inbox.title')}</h1>
        <div className="head-actions">
          {caps.exportSignals && (
            <a className="button ghost small" href={exportCsvUrl(filterToExportQuery(filter))} download>
              {t('signals.inbox.csv')}
            </a>
          )}
          {caps.signalSettings && (
            <a
              className="button ghost small"
              href={SETTINGS_PATH}
              onClick={(e) => {
                e.preventDefault();
                onNavigate(SETTINGS_PATH);
              }}
            >
              {t('signals.settings.title')}
            </a>
          )}
          {caps.earlySignals && (
            <a className="button small" {...navLink(EARLY_SIGNAL_PATH, onNavigate)}>
              {t('earlySignals.button')}
            </a>
          )}
          {!partner && (
            <a className="button ghost small" href="/melden">
              {t('signals.inbox.publicForm')}
            </a>
          )}
        </div>
      </div>
      {partner && <p className="lead">{t('signals.partner.inboxLead')}</p>}
      {caps.earlySignals && <OwnEarlySignals onNavigate={onNavigate} />}
      <div className="inbox-layout">
        <aside className="inbox-side">
          <InboxFilters
            filter={filter}
            categories={categories}
            wijken={wijken}
            buurten={buurten}
            onChange={setFilter}
            byAssignee={!partner}
          />
          {caps.savedFilters && <SavedFilters inbox={inbox} />}
        </aside>
        <section className="inbox-results" aria-labelledby="results-title">
          <div className="results-head">
            <h2 id="results-title" aria-live="polite">
              {reply ? t('signals.inbox.total', { count: reply.total }) : t('app.loading')}
            </h2>
            {/* biome-ignore lint/a11y/useSemanticElements: two toggle buttons (aria-pressed), not form fields; a fieldset would also bring its own border, padding and legend. */}
            <div className="view-switch" role="group" aria-label={t('signals.inbox.view')}>
              <button
                type="button"
                className="button small"
                aria-pressed={filter.view === 'list'}
                onClick={() => setFilter({ ...filter, view: 'list' })}
              >
                {t('signals.inbox.viewList')}
              </button>
              <button
                type="button"
                className="button small"
                aria-pressed={filter.view === 'map'}
                onClick={() => setFilter({ ...filter, view: 'map' })}
              >
                {t('signals.inbox.viewMap')}
              </button>
            </div>
          </div>
          {result.status === 'error' && (
            <p className="alert" role="alert">
              {result.detail}
            </p>
          )}
          {reply &&
            filter.view === 'list' &&
            (reply.items.length ? (
              <InboxTable items={reply.items} buurtName={(c) => (c ? (names.get(c) ?? c) : null)} onNavigate={onNavigate} />
            ) : (
              <p className="muted">{t('signals.inbox.none')}</p>
            ))}
          {filter.view === 'map' && (
            <SignalMap
              config={instance?.map ?? null}
              buurten={buurten}
              wijken={wijken}
              points={points}
              label={t('signals.inbox.mapLabel')}
              onPointClick={(p) => typeof p.number === 'string' && onNavigate(detailPath(p.number))}
            />
          )}
          {reply && filter.view === 'list' && pages > 1 && (
            <nav className="pager" aria-label={t('signals.inbox.pages')}>
              <button
                type="button"
                className="button small"
                disabled={filter.page <= 1}
                onClick={() => setFilter({ ...filter, page: filter.page - 1 })}
              >
                {t('signals.inbox.previous')}
              </button>
              <span>{t('signals.inbox.page', { page: filter.page, pages, size: PAGE_SIZE })}</span>
              <button
                type="button"
                className="button small"
                disabled={filter.page >= pages}
                onClick={() => setFilter({ ...filter, page: filter.page + 1 })}
              >
                {t('signals.inbox.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
