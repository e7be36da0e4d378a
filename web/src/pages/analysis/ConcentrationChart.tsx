/** The concentration curve as SVG (geometry from concentration-chart.ts), with the top-x % marks. */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { curveGeometry } from './concentration-chart.ts';
import { formatShare } from './format.ts';
import type { ConcentrationReply } from './types.ts';

export const ConcentrationChart = forwardRef<SVGSVGElement, { reply: ConcentrationReply; label: string }>(function ConcentrationChart(
  { reply, label },
  ref,
) {
  const { t, i18n } = useTranslation();
  const g = curveGeometry(reply.curve, reply.topShares, 400);
  const pct = (v: number) => formatShare(v, i18n.language, 0);
  return (
    <svg
      ref={ref}
      role="img"
      aria-label={label}
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      fontFamily="system-ui, sans-serif"
      fontSize="11"
      data-testid="concentration-chart"
    >
      {g.ticks.map((tk) => (
        <g key={tk.value}>
          <line x1={g.plot.left} x2={g.plot.right} y1={tk.y} y2={tk.y} stroke="#e3e3e3" />
          <text x={g.plot.left - 6} y={tk.y + 4} textAnchor="end" fill="#555">
            {pct(tk.value)}
          </text>
          <text x={tk.x} y={g.plot.bottom + 14} textAnchor="middle" fill="#555">
            {pct(tk.value)}
          </text>
        </g>
      ))}
      <text x={(g.plot.left + g.plot.right) / 2} y={g.height - 6} textAnchor="middle" fill="#333">
        {t('analysis.concentration.axisX')}
      </text>
      <text transform={`translate(10,${(g.plot.top + g.plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" fill="#333">
        {t('analysis.concentration.axisY')}
      </text>
      <path d={g.diagonal} stroke="#999" strokeDasharray="4 3" fill="none" />
      <path d={g.curve} stroke="#54278f" strokeWidth="2" fill="none" data-testid="concentration-curve" />
      {g.marks.map((m) => (
        <g key={m.share}>
          <circle cx={m.x} cy={m.y} r="4" fill="#54278f" />
          <text x={m.x + 6} y={m.y + 12} fill="#333">
            {pct(m.share)} → {pct(m.incidentShare)}
          </text>
        </g>
      ))}
    </svg>
  );
});
