/** Hottimes: the 7 × 24 heatmap (Monday first), the busiest hours, and the same figures as a table. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportBar } from './ExportBar.tsx';
import { formatDate, lastDay } from './format.ts';
import { Heatmap } from './Heatmap.tsx';
import { HOURS } from './heatmap.ts';
import { MetaLine } from './MetaLine.tsx';
import { Num } from './Num.tsx';
import { apiPath } from './state.ts';
import { pngCaption, chartPng } from './svg-png.ts';
import type { HottimesReply } from './types.ts';
import { shown, useApi } from '../../ui/use-async.ts';
import type { ViewProps } from './view-props.ts';
import { ViewStatus } from './ViewStatus.tsx';

export function HottimesView({ state }: ViewProps) {
  const { t, i18n } = useTranslation();
  const [data, reload] = useApi<HottimesReply>(apiPath(state));
  const svg = useRef<SVGSVGElement>(null);
  const reply = shown(data);
  const long = t('analysis.hottimes.weekdays', { returnObjects: true }) as string[];
  const caption = t('analysis.hottimes.caption');
  const makePng = () =>
    chartPng(
      svg.current,
      pngCaption(
        caption,
        reply ? `${formatDate(reply.meta.from, i18n.language)} – ${formatDate(lastDay(reply.meta.to), i18n.language)}` : '',
        reply?.meta.synthetic ? t('analysis.meta.synthetic') : null,
      ),
    );
  return (
    <>
      <ViewStatus data={data} onRetry={reload} />
      {reply && (
        <>
          <MetaLine meta={reply.meta} />
          <ExportBar state={state} meta={reply.meta} makePng={makePng} />
          <div className="chart-scroll">
            <Heatmap ref={svg} matrix={reply.matrix} caption={caption} />
          </div>
          <p className="muted" data-testid="hottimes-method">
            {t('analysis.hottimes.method')}
          </p>
          <h3>{t('analysis.hottimes.peaks')}</h3>
          <ol className="peak-list">
            {reply.peakHours.map((p) => (
              <li key={p.hourOfWeek}>
                {long[p.hourOfWeek >= 0 ? Math.floor(p.hourOfWeek / 24) : 0]} {p.hour}:00–{p.hour + 1}:00
              </li>
            ))}
          </ol>
          <details className="table-alternative">
            <summary>{t('analysis.hottimes.table')}</summary>
            <div className="table-scroll">
              <table className="data-table compact" data-testid="hottimes-table">
                <caption>{t('analysis.hottimes.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('analysis.hottimes.hour')}</th>
                    {long.map((d) => (
                      <th key={d} scope="col">
                        {d}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {HOURS.map((hour) => (
                    <tr key={hour}>
                      <th scope="row">{hour}:00</th>
                      {reply.matrix.map((row, d) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: d is the weekday: the matrix has its 7 rows in a fixed order (Monday first), never reordered.
                        <td key={d}>
                          <Num value={row[hour]} digits={1} min={reply.meta.minCellCount} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </>
  );
}
