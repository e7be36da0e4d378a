/** The inbox as a table: number (link to the report), category, status, age, deadline, place, department. */
import { navLink } from '../../ui/nav-link.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from './format.ts';
import { detailPath } from './paths.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { EarlyBadge } from './OwnEarlySignals.tsx';
import type { SignalView } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';

interface Props {
  items: SignalView[];
  buurtName(code: string | null): string | null;
  onNavigate(path: string): void;
}

export function InboxTable({ items, buurtName, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table">
        <caption className="visually-hidden">{t('signals.inbox.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('signals.inbox.colNumber')}</th>
            <th scope="col">{t('signals.inbox.colCategory')}</th>
            <th scope="col">{t('signals.inbox.colStatus')}</th>
            <th scope="col">{t('signals.inbox.colCreated')}</th>
            <th scope="col">{t('signals.inbox.colDeadline')}</th>
            <th scope="col">{t('signals.inbox.colPlace')}</th>
            <th scope="col">{t('signals.inbox.colDepartment')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} data-number={s.number}>
              <th scope="row">
                <a {...navLink(detailPath(s.number), onNavigate)}>{s.number}</a>
                {s.demo && <DemoLabel />}
              </th>
              <td>
                {s.categoryName} <EarlyBadge early={s.earlySignal} />
                <span className="cell-sub">
                  {s.description.slice(0, 80)}
                  {s.description.length > 80 ? '…' : ''}
                </span>
              </td>
              <td>
                <StatusBadge status={s.status} fallback={s.statusLabel} />
              </td>
              <td>{formatShortDate(s.createdAt, i18n.language)}</td>
              <td>
                {formatShortDate(s.deadline, i18n.language)}
                {s.overdue && <span className="badge overdue">{t('signals.inbox.overdueBadge')}</span>}
              </td>
              <td>{[s.addressText, buurtName(s.buurtCode)].filter(Boolean).join(', ') || '—'}</td>
              <td>{s.partner ? `${s.partner} (${t('signals.detail.partner')})` : (s.department ?? '—')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
