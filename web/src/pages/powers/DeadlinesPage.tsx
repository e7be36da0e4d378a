/** The open deadlines due within a term (7, 14, 30 or 90 days), overdue first in red, each linked to its decision. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAsync } from '../../ui/use-async.ts';
import { listDeadlines } from './api.ts';
import { DeadlineBadge } from './badges.tsx';
import { deadlineTone, sortByUrgency, WITHIN_CHOICES, type WithinChoice } from './deadline-tone.ts';
import type { PowersPageProps } from './page-props.ts';
import { decisionPath } from './paths.ts';
import './powers.css';

export function DeadlinesPage({ onNavigate }: PowersPageProps) {
  const { t } = useTranslation();
  const [within, setWithin] = useState<WithinChoice>('14d');
  const [deadlines] = useAsync(() => listDeadlines(within), [within], { showReload: true });
  const rows = deadlines.status === 'ready' ? deadlines.data : deadlines.previous;
  const sorted = rows ? sortByUrgency(rows) : null;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('powers.register.deadlines.title')}</h1>
      <p>{t('powers.register.deadlines.intro')}</p>
      <Field id="pw-within" className="pw-within" label={t('powers.register.deadlines.within')}>
        <select value={within} onChange={(e) => setWithin(e.target.value as WithinChoice)}>
          {WITHIN_CHOICES.map((w) => (
            <option key={w} value={w}>
              {t(`powers.register.deadlines.withinChoices.${w}`)}
            </option>
          ))}
        </select>
      </Field>
      {deadlines.status === 'error' && <p role="alert">{deadlines.detail}</p>}
      {deadlines.status === 'loading' && <p role="status">{t('powers.register.loading')}</p>}
      {sorted && sorted.length === 0 && <p>{t('powers.register.deadlines.none')}</p>}
      {sorted && sorted.length > 0 && (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table pw-table">
            <caption className="visually-hidden">{t('powers.register.deadlines.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('powers.register.deadlines.due')}</th>
                <th scope="col">{t('powers.register.deadlines.kind')}</th>
                <th scope="col">{t('powers.register.list.number')}</th>
                <th scope="col">{t('powers.register.list.titleCol')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((d) => {
                const tone = deadlineTone(d);
                return (
                  <tr
                    key={`${d.decisionId}-${d.kind}-${d.due}`}
                    className={tone === 'overdue' || tone === 'missed' ? 'pw-overdue' : undefined}
                  >
                    <th scope="row">
                      <time dateTime={d.due}>{d.due}</time> <DeadlineBadge deadline={d} />
                      {tone === 'open' && d.daysLeft !== null && (
                        <span className="cell-sub">{t('powers.register.decision.daysLeft', { count: d.daysLeft })}</span>
                      )}
                    </th>
                    <td>
                      {d.label || t(`powers.register.deadlineKinds.${d.kind}`)}
                      <span className="cell-sub">{d.basis}</span>
                    </td>
                    <td>
                      <a {...navLink(decisionPath(d.decisionId), onNavigate)}>{d.number}</a>
                    </td>
                    <td>
                      {d.title}
                      <span className="cell-sub">{d.baseLabel}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
