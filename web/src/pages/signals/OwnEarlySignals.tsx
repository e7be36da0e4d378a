/**
 * "Onze vroegsignalen" in a partner's inbox: the early signals its organisation raised, with their
 * status and the latest status change or note the municipality meant for partners — so the partner
 * sees each one handled. Each number opens the signal (read only for the partner).
 */
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { badgeText, type EarlySignalItem, listEarlySignals } from './early-signals.ts';
import { formatShortDate } from './format.ts';
import { detailPath } from './paths.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { SignalStatus } from './types.ts';
import './i18n.ts';

function Latest({ item }: { item: EarlySignalItem }) {
  const { t, i18n } = useTranslation();
  const last = item.latest;
  if (!last) return <span className="muted">{t('earlySignals.noLatest')}</span>;
  const what = last.text ?? (last.toStatus ? t('earlySignals.latestStatus', { status: t(`signals.status.${last.toStatus}`) }) : '');
  return (
    <>
      {what}
      <span className="cell-sub">{formatShortDate(last.at, i18n.language)}</span>
    </>
  );
}

export function OwnEarlySignals({ onNavigate }: { onNavigate(path: string): void }) {
  const { t, i18n } = useTranslation();
  const [state] = useAsync(() => listEarlySignals(), []);
  return (
    <section className="panel-card own-early-signals" aria-labelledby="own-early-title" data-testid="own-early-signals">
      <h2 id="own-early-title">{t('earlySignals.ours')}</h2>
      <p className="small">{t('earlySignals.oursLead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && state.data.items.length === 0 && <p className="muted">{t('earlySignals.oursNone')}</p>}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table">
            <caption className="visually-hidden">{t('earlySignals.oursCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('earlySignals.colNumber')}</th>
                <th scope="col">{t('earlySignals.colTheme')}</th>
                <th scope="col">{t('earlySignals.colStatus')}</th>
                <th scope="col">{t('earlySignals.colCreated')}</th>
                <th scope="col">{t('earlySignals.colLatest')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.items.map((s) => (
                <tr key={s.id} data-number={s.number}>
                  <th scope="row">
                    <a {...navLink(detailPath(s.number), onNavigate)}>{s.number}</a>
                  </th>
                  <td>
                    {s.theme ? t(`earlySignals.themes.${s.theme}`) : s.themeName}
                    {s.priority !== 'normal' && (
                      <span className={`badge priority-${s.priority}`}>{t(`earlySignals.priority.${s.priority}`)}</span>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={s.status as SignalStatus} fallback={s.statusLabel} />
                  </td>
                  <td>{formatShortDate(s.createdAt, i18n.language)}</td>
                  <td>
                    <Latest item={s} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The label of an early signal in the staff inbox and on its page: "Vroegsignaal · Politie Dordrecht", and its priority. */
export function EarlyBadge({ early }: { early: { partnerName: string | null; priority: 'normal' | 'high' | 'urgent' } | null }) {
  const { t } = useTranslation();
  if (!early) return null;
  return (
    <>
      <span className="badge early-signal" data-testid="early-badge">
        {badgeText(t('earlySignals.badge'), early.partnerName)}
      </span>
      {early.priority !== 'normal' && (
        <span className={`badge priority-${early.priority}`}>{t(`earlySignals.priority.${early.priority}`)}</span>
      )}
    </>
  );
}
