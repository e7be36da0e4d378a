/** The partner list for staff: filter by type, wijk/buurt and name; expiring agreements flagged; add a partner (network:edit). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { listPartners, PARTNER_KINDS, type Partner, type PartnerKind } from './api.ts';
import type { AreaNames } from './areas.ts';
import { PartnerForm } from './PartnerForm.tsx';
import { partnerPath } from './paths.ts';

interface Props {
  areas: AreaNames;
  canEdit: boolean;
  csrfToken: string | null;
  onNavigate(path: string): void;
}

export function PartnerList({ areas, canEdit, csrfToken, onNavigate }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const [area, setArea] = useState('');
  const [q, setQ] = useState('');
  const [state] = useAsync(() => listPartners({ kind: kind || undefined, area: area || undefined }), [kind, area]);
  const [message, setMessage] = useState<string | null>(null);
  const rows = state.status === 'ready' ? state.data.filter((p) => p.name.toLowerCase().includes(q.trim().toLowerCase())) : [];

  return (
    <div className="page partners-page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('partners.title')}</h1>
      </div>
      <p className="hint">{t('partners.intro')}</p>
      <fieldset className="partner-filters">
        <legend>{t('partners.filters.legend')}</legend>
        <label htmlFor="partner-filter-kind">{t('partners.filters.kind')}</label>
        <select id="partner-filter-kind" value={kind} onChange={(e) => setKind(e.target.value as PartnerKind | '')}>
          <option value="">{t('partners.filters.anyKind')}</option>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partners.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="partner-filter-area">{t('partners.filters.area')}</label>
        <select id="partner-filter-area" value={area} onChange={(e) => setArea(e.target.value)}>
          <option value="">{t('partners.filters.anyArea')}</option>
          {areas.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor="partner-filter-q">{t('partners.filters.search')}</label>
        <input id="partner-filter-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </fieldset>
      {message && (
        <p className="ok-text" role="status">
          {message}
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('partners.loading')}</p>}
      {state.status === 'error' && <p className="field-error">{state.detail}</p>}
      {state.status === 'ready' && (
        <>
          <p role="status">{t('partners.filters.count', { count: rows.length })}</p>
          {rows.length === 0 ? <p>{t('partners.none')}</p> : <PartnerTable rows={rows} areas={areas} onNavigate={onNavigate} />}
        </>
      )}
      {canEdit && (
        <PartnerForm
          areas={areas}
          csrfToken={csrfToken}
          onSaved={(p) => {
            setMessage(t('partners.form.created', { name: p.name }));
            onNavigate(partnerPath(p.id));
          }}
        />
      )}
    </div>
  );
}

export function PartnerTable({ rows, areas, onNavigate }: { rows: Partner[]; areas: AreaNames; onNavigate(path: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table partner-table">
        <thead>
          <tr>
            <th scope="col">{t('partners.columns.name')}</th>
            <th scope="col">{t('partners.columns.kind')}</th>
            <th scope="col">{t('partners.columns.areas')}</th>
            <th scope="col">{t('partners.columns.missions')}</th>
            <th scope="col">{t('partners.columns.agreements')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-partner={p.name}>
              <td>
                <a {...navLink(partnerPath(p.id), onNavigate)}>{p.name}</a> {p.demo && <DemoLabel />}
                {!p.active && <span className="cell-sub">{t('partners.inactive')}</span>}
              </td>
              <td>{t(`partners.kinds.${p.kind}`)}</td>
              <td>{p.areaCodes.length ? p.areaCodes.map(areas.nameOf).join(', ') : t('partners.cityWide')}</td>
              <td>{p.missions}</td>
              <td>
                {p.expiringAgreements > 0 && (
                  <span className="badge overdue">{t('partners.expiring', { count: p.expiringAgreements })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
