/** My cases: the cases open to me (assigned or break-glass), with filters; "Nieuwe casus" for procesregisseurs. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { type CaseListQuery, getCriteria, listCases } from './api-cases.ts';
import { criterionNames, formatDate } from './case-format.ts';
import { CaseStatusBadge } from './case-labels.tsx';
import type { CasesPageProps } from './page-props.ts';
import { casePath, NEW_CASE_PATH } from './paths.ts';
import './cases-case.css';

const STATUSES = ['aangemeld', 'in-behandeling', 'plan-vastgesteld', 'monitoring', 'afgesloten'] as const;

/** A youth-group filter from the address (?youthGroup=…), as the youth group page links here. */
const youthGroupOfUrl = () =>
  typeof window === 'undefined' ? undefined : (new URLSearchParams(window.location.search).get('youthGroup') ?? undefined);

export function CaseListPage({ caps, onNavigate }: CasesPageProps) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [youthGroup] = useState(youthGroupOfUrl);
  const query: CaseListQuery = { status: (status || undefined) as CaseListQuery['status'], q: q.trim() || undefined, youthGroup };
  const [cases] = useAsync(() => listCases(query), [status, q, youthGroup], { showReload: true });
  const [criteria] = useAsync(() => getCriteria(), []);
  const names = criterionNames(criteria.status === 'ready' ? criteria.data : [], i18n.language);
  const rows = cases.status === 'ready' ? cases.data : cases.previous;
  return (
    <section className="page case-page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('cases.list.title')}</h1>
        {caps.directCases && (
          <div className="head-actions">
            <a className="button" {...navLink(NEW_CASE_PATH, onNavigate)}>
              {t('cases.list.new')}
            </a>
          </div>
        )}
      </div>
      <p>{t('cases.intro')}</p>
      <div className="case-filters">
        <Field id="case-filter-status" label={t('cases.list.filterStatus')}>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('cases.list.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`cases.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="case-filter-q" label={t('cases.list.filterQ')}>
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        </Field>
      </div>
      {youthGroup && <p className="hint">{t('cases.list.youthGroupFilter')}</p>}
      {cases.status === 'error' && <p role="alert">{cases.detail}</p>}
      {cases.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {rows && rows.length === 0 && <p>{t('cases.list.none')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table case-table">
            <thead>
              <tr>
                <th scope="col">{t('cases.list.reference')}</th>
                <th scope="col">{t('cases.list.person')}</th>
                <th scope="col">{t('cases.list.status')}</th>
                <th scope="col">{t('cases.case.criteria')}</th>
                <th scope="col">{t('cases.case.director')}</th>
                <th scope="col">{t('cases.list.myRole')}</th>
                <th scope="col">{t('cases.list.openedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a {...navLink(casePath(c.id), onNavigate)}>{c.reference}</a>
                  </td>
                  <td>{c.personName ?? '—'}</td>
                  <td>
                    <CaseStatusBadge status={c.status} />
                  </td>
                  <td>{c.criteria.map(names).join(', ')}</td>
                  <td>{c.director?.name ?? '—'}</td>
                  <td>{t(`cases.list.role.${c.myRole}`)}</td>
                  <td>{formatDate(c.openedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
