/** One KPI's progress as a bar (baseline → target) with the expected-by-now marker and the explanation in words. */
import { useTranslation } from 'react-i18next';
import { progressBar, progressWords } from './progress-format.ts';
import type { ProgressStatus } from './types.ts';

interface Props {
  title: string;
  status: ProgressStatus;
  fraction: number | null;
  expectedFraction: number;
  /** The server's explanation; without it the bar's numbers are put into words. */
  explanation?: string;
}

export function KpiBar({ title, status, fraction, expectedFraction, explanation }: Props) {
  const { t } = useTranslation();
  const bar = progressBar(status, fraction, expectedFraction);
  const words = explanation ?? progressWords(bar, t, status);
  return (
    <div className={`kpi tone-${bar.tone}`} data-status={status}>
      <div className="kpi-head">
        <span className="kpi-title">{title}</span> <span className="kpi-status">{t(`missions.kpiStatus.${status}`)}</span>
      </div>
      <div className="kpi-bar" role="img" aria-label={`${title}: ${words}`}>
        <span className="kpi-fill" style={{ width: `${bar.width}%` }} />
        <span className="kpi-expected" style={{ left: `${bar.expected}%` }} title={t('missions.progress.expected')} />
      </div>
      <p className="kpi-words small">{words}</p>
    </div>
  );
}
