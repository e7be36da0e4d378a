/** Legend of the KDE surface: the colour ramp from low to the highest density shown, and the bandwidth. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format.ts';
import { KDE_RAMP } from './kde-raster.ts';
import type { KdeReply } from './types.ts';

export function KdeLegend({ reply }: { reply: KdeReply }) {
  const { t, i18n } = useTranslation();
  const max = reply.values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
  return (
    <div className="kde-legend" data-testid="kde-legend">
      <p className="muted small">{t('analysis.kde.legend', { h: Math.round(reply.bandwidth ?? 0) })}</p>
      <div className="kde-ramp" aria-hidden="true" style={{ background: `linear-gradient(to right, ${KDE_RAMP.join(', ')})` }} />
      <p className="kde-ramp-labels small">
        <span>{t('analysis.kde.low')} (0)</span>
        <span>
          {t('analysis.kde.high')} ({formatNumber(max, i18n.language)})
        </span>
      </p>
    </div>
  );
}
