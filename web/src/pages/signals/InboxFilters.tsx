/** The inbox filters: search, status, category, area, assignee, age, overdue and sort. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature } from '../../api/types.ts';
import { sortByName } from '../../ui/map/area-filter.ts';
import type { CategoryIndex } from './categories.ts';
import {
  SORTS,
  SOURCES,
  activeConditionCount,
  defaultFilter,
  type InboxFilter,
  type OpenFilter,
  type Sort,
  type Source,
} from './inbox-query.ts';
import './i18n.ts';
import { SIGNAL_STATUSES } from './types.ts';

interface Props {
  filter: InboxFilter;
  categories: CategoryIndex | null;
  wijken: AreaFeature[];
  buurten: AreaFeature[];
  onChange(filter: InboxFilter): void;
  /** Offer the assignee filter (staff; the municipality's internal assignment is not a partner's business). */
  byAssignee?: boolean;
}

const AGES = [2, 5, 10, 30, 90];

export function InboxFilters({ filter, categories, wijken, buurten, onChange, byAssignee = true }: Props) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState(filter.q);
  const set = (patch: Partial<InboxFilter>) => onChange({ ...filter, ...patch, page: 1 });
  const toggleStatus = (s: (typeof SIGNAL_STATUSES)[number]) =>
    set({ status: filter.status.includes(s) ? filter.status.filter((x) => x !== s) : [...filter.status, s] });
  const search = (e: FormEvent) => {
    e.preventDefault();
    set({ q });
  };
  const active = activeConditionCount(filter);

  return (
    <div className="inbox-filters">
      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is the search landmark in every browser; the <search> element only exists in browsers since late 2023. */}
      <form role="search" className="inbox-search" onSubmit={search}>
        <label htmlFor="inbox-q">{t('signals.inbox.search')}</label>
        <div className="search-row">
          <input id="inbox-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-describedby="inbox-q-hint" />
          <button type="submit" className="button primary">
            {t('signals.inbox.searchButton')}
          </button>
        </div>
        <p id="inbox-q-hint" className="hint">
          {t('signals.inbox.searchHint')}
        </p>
      </form>
      {/* Assignment filters are staff work: a partner's reports are its organisation's, never assigned to it. */}
      {byAssignee && (
        <fieldset className="quick-filters">
          <legend className="visually-hidden">{t('signals.inbox.quickFilters')}</legend>
          {(['me', 'team'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="button small"
              aria-pressed={filter.assignee === v}
              onClick={() => set({ assignee: filter.assignee === v ? '' : v })}
            >
              {t(v === 'me' ? 'signals.inbox.mine' : 'signals.inbox.myTeam')}
            </button>
          ))}
          <button
            type="button"
            className="button small"
            aria-pressed={filter.source === 'partner'}
            onClick={() => set({ source: filter.source === 'partner' ? '' : 'partner' })}
          >
            {t('earlySignals.sources.partner')}
          </button>
        </fieldset>
      )}
      <details className="filter-details" open={active > 0}>
        <summary>{t('signals.inbox.filters', { count: active })}</summary>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor="f-open">{t('signals.inbox.openFilter')}</label>
            <select id="f-open" value={filter.open} onChange={(e) => set({ open: e.target.value as OpenFilter })}>
              <option value="true">{t('signals.inbox.openOnly')}</option>
              <option value="false">{t('signals.inbox.closedOnly')}</option>
              <option value="">{t('signals.inbox.openAll')}</option>
            </select>
          </div>
          {byAssignee && (
            <div className="field">
              <label htmlFor="f-source">{t('earlySignals.source')}</label>
              <select id="f-source" value={filter.source} onChange={(e) => set({ source: e.target.value as Source })}>
                <option value="">{t('earlySignals.sources.all')}</option>
                {SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`earlySignals.sources.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="f-category">{t('signals.inbox.category')}</label>
            <select id="f-category" value={filter.category} onChange={(e) => set({ category: e.target.value })}>
              <option value="">{t('signals.inbox.any')}</option>
              {categories?.mains.map((m) => (
                <optgroup key={m.slug} label={m.name}>
                  <option value={m.slug}>{t('signals.inbox.allOf', { name: m.name })}</option>
                  {(m.children ?? []).map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-area">{t('signals.inbox.area')}</label>
            <select id="f-area" value={filter.area} onChange={(e) => set({ area: e.target.value })}>
              <option value="">{t('signals.inbox.any')}</option>
              <optgroup label={t('signals.inbox.wijken')}>
                {sortByName(
                  wijken.map((w) => w.properties),
                  i18n.language,
                ).map((w) => (
                  <option key={w.code} value={w.code}>
                    {w.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('signals.inbox.buurten')}>
                {sortByName(
                  buurten.map((b) => b.properties),
                  i18n.language,
                ).map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          {byAssignee && (
            <div className="field">
              <label htmlFor="f-assignee">{t('signals.inbox.assignee')}</label>
              <select id="f-assignee" value={filter.assignee} onChange={(e) => set({ assignee: e.target.value })}>
                <option value="">{t('signals.inbox.any')}</option>
                <option value="me">{t('signals.inbox.assigneeMe')}</option>
                <option value="team">{t('signals.inbox.myTeam')}</option>
                <option value="none">{t('signals.inbox.assigneeNone')}</option>
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="f-age">{t('signals.inbox.age')}</label>
            <select
              id="f-age"
              value={filter.olderThanDays ?? ''}
              onChange={(e) => set({ olderThanDays: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('signals.inbox.any')}</option>
              {AGES.map((d) => (
                <option key={d} value={d}>
                  {t('signals.inbox.olderThan', { count: d })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-sort">{t('signals.inbox.sort')}</label>
            <select id="f-sort" value={filter.sort} onChange={(e) => set({ sort: e.target.value as Sort })}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`signals.inbox.sort_${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="checkbox-field">
            <input id="f-overdue" type="checkbox" checked={filter.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
            <label htmlFor="f-overdue">{t('signals.inbox.overdue')}</label>
          </div>
          <fieldset className="status-filter">
            <legend>{t('signals.inbox.status')}</legend>
            {SIGNAL_STATUSES.map((s) => (
              <label key={s} className="check">
                <input type="checkbox" checked={filter.status.includes(s)} onChange={() => toggleStatus(s)} /> {t(`signals.status.${s}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <button
          type="button"
          className="button ghost small"
          onClick={() => {
            setQ('');
            onChange({ ...defaultFilter(), view: filter.view });
          }}
        >
          {t('signals.inbox.clear')}
        </button>
      </details>
    </div>
  );
}
