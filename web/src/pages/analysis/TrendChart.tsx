/** The weekly trend chart as SVG: series, seasonal baseline band, expected line and alert markers (geometry from trend-chart.ts). */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format.ts';
import { trendGeometry } from './trend-chart.ts';
import type { TrendWeek } from './types.ts';

interface Props {
  weeks: TrendWeek[];
  label: string;
}

export const COLOURS = { line: '#1f5f86', band: '#f3c98b', expected: '#8a5a00', alert: '#c0392b', axis: '#555555', grid: '#e3e3e3' };

export const TrendChart = forwardRef<SVGSVGElement, Props>(function TrendChart({ weeks, label }, ref) {
  const { t, i18n } = useTranslation();
  const months = i18n.language === 'en' ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] : undefined;
  const g = trendGeometry(weeks, months ? { monthNames: months } : {});
  const legendY = g.height + 6;
  const legend = [
    { key: 'legendCount', colour: COLOURS.line, kind: 'line' },
    { key: 'legendExpected', colour: COLOURS.expected, kind: 'dash' },
    { key: 'legendBand', colour: COLOURS.band, kind: 'box' },
    { key: 'legendAlert', colour: COLOURS.alert, kind: 'dot' },
  ];
  return (
    <svg
      ref={ref}
      role="img"
      aria-label={label}
      width={g.width}
      height={legendY + 24}
      viewBox={`0 0 ${g.width} ${legendY + 24}`}
      fontFamily="system-ui, sans-serif"
      fontSize="11"
      className="trend-chart"
      data-testid="trend-chart"
    >
      {g.yTicks.map((tk) => (
        <g key={tk.value}>
          <line x1={g.plot.left} x2={g.plot.right} y1={tk.y} y2={tk.y} stroke={COLOURS.grid} />
          <text x={g.plot.left - 6} y={tk.y + 4} textAnchor="end" fill={COLOURS.axis}>
            {formatNumber(tk.value, i18n.language, 1)}
          </text>
        </g>
      ))}
      {g.xTicks.map((tk) => (
        <text key={tk.label} x={tk.x} y={g.plot.bottom + 16} textAnchor="middle" fill={COLOURS.axis}>
          {tk.label}
        </text>
      ))}
      <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke={COLOURS.axis} />
      <path d={g.band} fill={COLOURS.band} fillOpacity="0.6" stroke="none" data-testid="trend-band" />
      <path d={g.expected} fill="none" stroke={COLOURS.expected} strokeDasharray="4 3" strokeWidth="1.5" />
      <path d={g.line} fill="none" stroke={COLOURS.line} strokeWidth="2" data-testid="trend-line" />
      {g.markers.map((m) => {
        const w = weeks[m.index]!;
        return (
          <circle key={m.index} cx={m.x} cy={m.y} r="5" fill={COLOURS.alert} stroke="#ffffff" strokeWidth="1.5" data-testid="trend-alert">
            <title>{`${w.weekStart}: ${formatNumber(w.count, i18n.language) ?? t('analysis.suppressed')} > ${formatNumber(w.upper, i18n.language, 1)}`}</title>
          </circle>
        );
      })}
      {legend.map((l, i) => (
        <g key={l.key} transform={`translate(${g.plot.left + i * 180},${legendY})`}>
          {l.kind === 'box' && <rect width="16" height="10" y="2" fill={l.colour} />}
          {l.kind === 'line' && <line x1="0" x2="16" y1="7" y2="7" stroke={l.colour} strokeWidth="2" />}
          {l.kind === 'dash' && <line x1="0" x2="16" y1="7" y2="7" stroke={l.colour} strokeWidth="1.5" strokeDasharray="4 3" />}
          {l.kind === 'dot' && <circle cx="8" cy="7" r="5" fill={l.colour} />}
          <text x="22" y="11" fill={COLOURS.axis}>
            {t(`analysis.trends.${l.key}`)}
          </text>
        </g>
      ))}
    </svg>
  );
});
