/** A decision's deadlines: each with its article, due date, days left and a badge when urgent. */
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from './badges.tsx';
import { deadlineTone } from './deadline-tone.ts';
import type { DeadlineView } from './types.ts';

export function DeadlinesPanel({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pw-deadlines-title">
      <h2 id="pw-deadlines-title">{t('powers.register.decision.deadlines')}</h2>
      {deadlines.length === 0 ? (
        <p>{t('powers.register.decision.noDeadlines')}</p>
      ) : (
        <ul className="pw-deadlines" aria-labelledby="pw-deadlines-title">
          {deadlines.map((d) => (
            <li key={`${d.kind}-${d.due}`} className={deadlineTone(d)}>
              <strong>{t(`powers.register.deadlineKinds.${d.kind}`)}</strong> <span className="muted small">({d.basis})</span>
              <br />
              {t('powers.register.decision.due')} <time dateTime={d.due}>{d.due}</time>
              {deadlineTone(d) === 'open' && d.daysLeft !== null && (
                <span className="cell-sub">{t('powers.register.decision.daysLeft', { count: d.daysLeft })}</span>
              )}{' '}
              <DeadlineBadge deadline={d} />
              {d.note && <span className="cell-sub">{d.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
