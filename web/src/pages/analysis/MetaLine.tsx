/** What a reply covers: period, events, the synthetic-data label, suppressed figures and method notes. */
import { useTranslation } from 'react-i18next';
import { DemoLabel } from '../../ui/DemoLabel.tsx';
import { formatDate, formatNumber, formatShare, lastDay } from './format.ts';
import type { Meta } from './types.ts';

export function MetaLine({ meta }: { meta: Meta }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const events = formatNumber(meta.events, lang);
  return (
    <div className="analysis-meta" data-testid="analysis-meta">
      {meta.synthetic && (
        <p className="synthetic-label" data-testid="synthetic-label">
          <DemoLabel /> <strong className="badge synthetic">{t('analysis.meta.synthetic')}</strong>{' '}
          <span>{t('analysis.meta.syntheticShare', { share: formatShare(meta.syntheticShare, lang, 0) })}</span>
        </p>
      )}
      <p className="muted">
        {t('analysis.meta.period', { from: formatDate(meta.from, lang), to: formatDate(lastDay(meta.to), lang) })}
        {' · '}
        {events === null ? t('analysis.meta.eventsSuppressed') : t('analysis.meta.events', { value: events })}
        {meta.suppressedCells > 0 && <> · {t('analysis.meta.suppressedCells', { count: meta.suppressedCells, min: meta.minCellCount })}</>}
      </p>
      {meta.notes.length > 0 && (
        <details className="analysis-notes">
          <summary>{t('analysis.meta.notes')}</summary>
          <ul>
            {meta.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
