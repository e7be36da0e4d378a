/** The discrepancy quadrant chart as plain SVG; geometry from quadrant.ts. The table beside it is the text alternative. */
import { useTranslation } from 'react-i18next';
import { QUADRANT_COLOURS, quadrantLayout } from './quadrant.ts';
import { QUADRANTS, type DiscrepancyPoint } from './types.ts';

interface Props {
  points: DiscrepancyPoint[];
  selected: string | null;
  onSelect(code: string): void;
}

export function QuadrantChart({ points, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const l = quadrantLayout(points);
  const { plot } = l;
  return (
    <figure className="quadrant-chart">
      <svg
        viewBox={`0 0 ${plot.right + 16} ${plot.bottom + 48}`}
        role="img"
        aria-labelledby="quadrant-title quadrant-desc"
        data-testid="quadrant-chart"
      >
        <title id="quadrant-title">{t('perception.discrepancy.chartTitle')}</title>
        <desc id="quadrant-desc">{t('perception.discrepancy.chartDesc', { count: points.length })}</desc>
        <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} className="plot-area" />
        {l.ticks.map((tick) => (
          <g key={tick.value} className="tick">
            <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 4} />
            <text x={tick.x} y={plot.bottom + 16} textAnchor="middle">
              {tick.value}
            </text>
            <line x1={plot.left - 4} x2={plot.left} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 8} y={tick.y + 4} textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        <line className="ref-line" x1={l.refX} x2={l.refX} y1={plot.top} y2={plot.bottom} />
        <line className="ref-line" x1={plot.left} x2={plot.right} y1={l.refY} y2={l.refY} />
        {QUADRANTS.map((q) => (
          <text key={q} className="quadrant-label" x={l.labels[q].x} y={l.labels[q].y} textAnchor={l.labels[q].anchor}>
            {t(`perception.quadrant.short.${q}`)}
          </text>
        ))}
        {l.points.map((p) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut inside a role="img" chart, whose children are presentational (a button role here would be hidden); the table below is the chart's text alternative (header comment).
          <circle
            key={p.code}
            cx={p.cx}
            cy={p.cy}
            r={p.code === selected ? 9 : 6}
            fill={QUADRANT_COLOURS[p.quadrant]}
            className={`point${p.flagged ? ' flagged' : ''}${p.clipped ? ' clipped' : ''}${p.code === selected ? ' selected' : ''}`}
            data-code={p.code}
            onClick={() => onSelect(p.code)}
          >
            <title>{p.clipped ? t('perception.discrepancy.clipped', { name: p.name, max: l.max }) : p.name}</title>
          </circle>
        ))}
        <text className="axis-label" x={(plot.left + plot.right) / 2} y={plot.bottom + 38} textAnchor="middle">
          {t('perception.discrepancy.xAxis')}
        </text>
        <text className="axis-label" transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {t('perception.discrepancy.yAxis')}
        </text>
      </svg>
      <figcaption className="hint">{t('perception.discrepancy.caption')}</figcaption>
    </figure>
  );
}
