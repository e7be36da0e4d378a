/** The pulse of an area in a year: the count always (n, not a sample), figures only above the minimum. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from './index-format.ts';
import type { PulseStats } from './types.ts';

export function PulseSummary({ pulse, year }: { pulse: PulseStats | null; year: number }) {
  const { t, i18n } = useTranslation();
  const f = (v: number | null) => formatNumber(v, i18n.language);
  const n = pulse?.n ?? 0;
  return (
    <section className="panel-card pulse-summary" aria-labelledby="pulse-summary-title">
      <h2 id="pulse-summary-title">{t('perception.pulseSummary.title')}</h2>
      <p className="answer-count" data-testid="pulse-n">
        {t('perception.pulseSummary.count', { count: n, year })}
      </p>
      {pulse && !pulse.suppressed ? (
        <>
          <dl className="facts">
            <dt>{t('perception.pulseSummary.meanDay')}</dt>
            <dd>{f(pulse.meanDay)}</dd>
            <dt>{t('perception.pulseSummary.meanNight')}</dt>
            <dd>{f(pulse.meanNight)}</dd>
            <dt>{t('perception.pulseSummary.unsafeNight')}</dt>
            <dd>{pulse.unsafeNightShare === null ? '–' : `${f(pulse.unsafeNightShare)}%`}</dd>
          </dl>
          {pulse.problems.length > 0 && (
            <>
              <h3>{t('perception.pulseSummary.problems')}</h3>
              <ol className="problem-counts">
                {pulse.problems.slice(0, 5).map((p) => (
                  <li key={p.code}>
                    {t(`perception.problems.${p.code}`, { defaultValue: p.code })} <span className="count">{p.answers}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      ) : (
        n > 0 && <p className="muted">{t('perception.pulseSummary.suppressed')}</p>
      )}
    </section>
  );
}
