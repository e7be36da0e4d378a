/**
 * Netwerk → Initiatieven (staff): the list of residents' initiatives with status, area and
 * "check-in due" filters, and one initiative's page (InitiativePage.tsx). Staff with network:read
 * see the review part; partner accounts only what is published.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import type { NetworkPageProps } from '../../ui/network-page.ts';
import { useAsync } from '../../ui/use-async.ts';
import '../../ui/ui.css';
import { type Initiative, type InitiativeStatus, type ListFilter, listInitiatives } from './api.ts';
import './i18n.ts';
import './initiatives.css';
import { InitiativePage } from './InitiativePage.tsx';
import { initiativeStaffPath, initiativesStaffRouteFor, PUBLIC_INITIATIVES_PATH, REGISTER_INITIATIVE_PATH } from './paths.ts';

const STATUSES: InitiativeStatus[] = ['new', 'in-contact', 'supported', 'active', 'ended'];

export default function InitiativesApp(props: NetworkPageProps) {
  const route = initiativesStaffRouteFor(props.path);
  if (route.page === 'detail') return <InitiativePage key={route.id} id={route.id} {...props} />;
  return <InitiativeList {...props} />;
}

function InitiativeList({ onNavigate }: NetworkPageProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ListFilter>({});
  const [state] = useAsync(() => listInitiatives(filter), [JSON.stringify(filter)]);
  useEffect(() => {
    document.querySelector<HTMLHeadingElement>('h1')?.focus();
  }, []);
  const list = state.status === 'ready' ? state.data.initiatives : [];
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('initiatives.title')}</h1>
      <p className="lead">{t('initiatives.staff.lead')}</p>
      <p className="initiative-actions">
        <a {...navLink(PUBLIC_INITIATIVES_PATH, onNavigate)}>{t('initiatives.staff.publicLink')}</a>
        <a {...navLink(REGISTER_INITIATIVE_PATH, onNavigate)}>{t('initiatives.staff.formLink')}</a>
      </p>
      <Filters onApply={setFilter} />
      {state.status === 'loading' && <p role="status">{t('initiatives.staff.loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('initiatives.staff.failed', { detail: state.detail })}</p>}
      {state.status === 'ready' && (
        <p role="status">{list.length ? t('initiatives.staff.count', { count: list.length }) : t('initiatives.staff.empty')}</p>
      )}
      {list.length > 0 && <InitiativeTable list={list} onNavigate={onNavigate} />}
    </div>
  );
}

function Filters({ onApply }: { onApply(filter: ListFilter): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ListFilter>({});
  return (
    <form
      className="initiative-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <Field id="initiatives-status" label={t('initiatives.staff.filterStatus')}>
        <select
          value={draft.status ?? ''}
          onChange={(e) => setDraft({ ...draft, status: (e.target.value || undefined) as InitiativeStatus })}
        >
          <option value="">{t('initiatives.staff.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`initiatives.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="initiatives-area" label={t('initiatives.staff.filterArea')} hint={t('initiatives.staff.filterAreaHint')}>
        <input
          type="text"
          maxLength={10}
          value={draft.area ?? ''}
          onChange={(e) => setDraft({ ...draft, area: e.target.value.trim().toUpperCase() || undefined })}
        />
      </Field>
      <div className="checkbox-field">
        <input
          id="initiatives-due"
          type="checkbox"
          checked={draft.checkInDue === 'true'}
          onChange={(e) => setDraft({ ...draft, checkInDue: e.target.checked ? 'true' : undefined })}
        />
        <label htmlFor="initiatives-due">{t('initiatives.staff.filterDue')}</label>
      </div>
      <button type="submit" className="button">
        {t('initiatives.staff.apply')}
      </button>
    </form>
  );
}

function InitiativeTable({ list, onNavigate }: { list: Initiative[]; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  return (
    <table ref={labelCells} className="inbox-table">
      <thead>
        <tr>
          <th scope="col">{t('initiatives.staff.colTitle')}</th>
          <th scope="col">{t('initiatives.staff.colKind')}</th>
          <th scope="col">{t('initiatives.staff.colBuurt')}</th>
          <th scope="col">{t('initiatives.staff.colStatus')}</th>
          <th scope="col">{t('initiatives.staff.colCheckIn')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((i) => (
          <tr key={i.id} data-testid="initiative-row">
            <td>
              <a {...navLink(initiativeStaffPath(i.id), onNavigate)}>{i.title}</a>
              {i.demo && <DemoLabel />}
            </td>
            <td>{t(`initiatives.kind.${i.kind}`)}</td>
            <td>{i.buurtName ?? i.buurtCode}</td>
            <td>
              <span className={`status-badge initiative-status status-${i.status}`}>{t(`initiatives.status.${i.status}`)}</span>
              {i.review?.published && <span className="status-badge badge public">{t('initiatives.staff.published')}</span>}
            </td>
            <td>
              {i.review?.nextCheckIn ?? '—'}
              {i.review?.checkInDue && <span className="badge check-in-due">{t('initiatives.staff.checkInDue')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
