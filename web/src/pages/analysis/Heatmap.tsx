/** The 7 × 24 hottimes heatmap as SVG (geometry from heatmap.ts; attributes only, so it exports as PNG). */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format.ts';
import { HEAT_COLOURS, HOURS, heatmapLayout } from './heatmap.ts';

interface Props {
  matrix: (number | null)[][];
  caption: string;
}

export const Heatmap = forwardRef<SVGSVGElement, Props>(function Heatmap({ matrix, caption }, ref) {
  const { t, i18n } = useTranslation();
  const layout = heatmapLayout(matrix);
  const days = t('analysis.hottimes.weekdaysShort', { returnObjects: true }) as string[];
  const long = t('analysis.hottimes.weekdays', { returnObjects: true }) as string[];
  const { w, h } = layout.cell;
  const legendY = layout.height + 8;
  return (
    <svg
      ref={ref}
      className="heatmap"
      role="img"
      aria-label={caption}
      width={layout.width}
      height={legendY + 30}
      viewBox={`0 0 ${layout.width} ${legendY + 30}`}
      fontFamily="system-ui, sans-serif"
      fontSize="11"
      data-testid="heatmap"
    >
      <defs>
        <pattern id="analysis-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f0f0f0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" strokeWidth="2" />
        </pattern>
      </defs>
      {HOURS.map((hour) => (
        <text key={hour} x={layout.origin.x + hour * w + w / 2} y={layout.origin.y - 6} textAnchor="middle" fill="#333">
          {hour}
        </text>
      ))}
      {days.map((d, i) => (
        <text key={d} x={layout.origin.x - 6} y={layout.origin.y + i * h + h / 2 + 4} textAnchor="end" fill="#333">
          {d}
        </text>
      ))}
      {layout.cells.map((c) => {
        const value = formatNumber(c.value, i18n.language, 1) ?? t('analysis.suppressed');
        return (
          <rect
            key={`${c.weekday}-${c.hour}`}
            x={c.x}
            y={c.y}
            width={w - 1}
            height={h - 1}
            fill={c.fill}
            data-level={c.level}
            className="heat-cell"
          >
            <title>{t('analysis.hottimes.cellLabel', { weekday: long[c.weekday], hour: c.hour, next: c.hour + 1, value })}</title>
          </rect>
        );
      })}
      <text x={layout.origin.x} y={legendY + 12} fill="#333">
        {t('analysis.hottimes.legend')}:
      </text>
      {HEAT_COLOURS.map((colour, k) => (
        <g key={colour} transform={`translate(${layout.origin.x + 110 + k * 62},${legendY})`}>
          <rect width="16" height="16" fill={colour} stroke="#999" />
          <text x="20" y="12" fill="#333">
            ≤ {formatNumber(layout.breaks[k], i18n.language, 0)}
          </text>
        </g>
      ))}
      <g transform={`translate(${layout.origin.x + 110 + 6 * 62},${legendY})`}>
        <rect width="16" height="16" fill="url(#analysis-hatch)" stroke="#999" />
        <text x="20" y="12" fill="#333">
          {t('analysis.hottimes.legendSuppressed')}
        </text>
      </g>
    </svg>
  );
});
