/** Trends: one weekly series with its seasonal baseline band and alerts, and the current alerts over all buurten. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertsList } from './AlertsList.tsx';
import { typeLabel } from './crime-types.ts';
import { ExportBar } from './ExportBar.tsx';
import { falseAlarmValues } from './false-alarms.ts';
import { MetaLine } from './MetaLine.tsx';
import { Num } from './Num.tsx';
import { apiPath, option, withOption } from './state.ts';
import { chartPng, pngCaption } from './svg-png.ts';
import { TrendChart } from './TrendChart.tsx';
import type { AlertsReply, TrendsReply } from './types.ts';
import { shown, useApi } from '../../ui/use-async.ts';
import { areaNames, type ViewProps } from './view-props.ts';
import { ViewStatus } from './ViewStatus.tsx';

const WEEKS = ['4', '13', '26', '52'];

export function TrendsView(props: ViewProps) {
  const { state, onChange, titles, onNavigate } = props;
  const { t, i18n } = useTranslation();
  const [data, reload] = useApi<TrendsReply>(apiPath(state));
  const [weeks, setWeeks] = useState('13');
  const [alerts] = useApi<AlertsReply>(apiPath(state, { weeks }, 'alerts'));
  const svg = useRef<SVGSVGElement>(null);
  const reply = shown(data);
  const names = areaNames(props);
  const chosen = option(state, 'series');
  const series =
    reply?.series.find((s) => s.crimeType === chosen) ?? reply?.series.find((s) => s.alerts.length) ?? reply?.series[0] ?? null;
  const label = series ? t('analysis.trends.chartLabel', { type: typeLabel(series.crimeType, titles, t('analysis.more')) }) : '';
  const makePng = () =>
    chartPng(
      svg.current,
      pngCaption(label, reply ? `${reply.meta.from} – ${reply.meta.to}` : '', reply?.meta.synthetic ? t('analysis.meta.synthetic') : null),
    );
  const current = alerts.status === 'ready' ? alerts.data : null;
  return (
    <>
      <div className="view-options">
        {reply && (
          <div className="field">
            <label htmlFor="tr-series">{t('analysis.trends.series')}</label>
            <select id="tr-series" value={series?.crimeType ?? ''} onChange={(e) => onChange(withOption(state, 'series', e.target.value))}>
              {reply.series.map((s) => (
                <option key={s.crimeType} value={s.crimeType}>
                  {typeLabel(s.crimeType, titles, t('analysis.more'))} ({s.alerts.length})
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ViewStatus data={data} onRetry={reload} />
      {reply && (
        <>
          <MetaLine meta={reply.meta} />
          <ExportBar state={state} meta={reply.meta} makePng={makePng} />
          {!state.filters.area && (
            <p className="hint">{t('analysis.trends.wholeArea', { area: names.get(reply.meta.area) ?? reply.meta.area })}</p>
          )}
          <p className="hint" data-testid="trends-false-alarms">
            {t(
              'analysis.trends.falseAlarms',
              falseAlarmValues(
                reply.falseAlarms,
                reply.series.reduce((n, r) => n + r.alerts.length, 0),
                i18n.language,
              ),
            )}
          </p>
          {series && (
            <>
              <div className="chart-scroll">
                <TrendChart ref={svg} weeks={series.weeks} label={label} />
              </div>
              <details className="table-alternative">
                <summary>{t('analysis.trends.table')}</summary>
                <div className="table-scroll tall">
                  <table className="data-table compact">
                    <thead>
                      <tr>
                        {['week', 'count', 'expected', 'upper', 'alarm'].map((k) => (
                          <th key={k} scope="col">
                            {t(`analysis.trends.col.${k}`)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {series.weeks.map((w) => (
                        <tr key={w.weekStart}>
                          <th scope="row">{w.weekStart}</th>
                          <td className="num">
                            <Num value={w.count} min={reply.meta.minCellCount} />
                          </td>
                          <td className="num">{w.expected ?? '–'}</td>
                          <td className="num">{w.upper ?? '–'}</td>
                          <td>{w.alarm ? t('analysis.trends.yes') : ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
              <h3>{t('analysis.trends.alertsOfSeries')}</h3>
              <AlertsList alerts={series.alerts} titles={titles} names={names} onNavigate={onNavigate} testId="series-alerts" />
            </>
          )}
        </>
      )}
      <h3>{t('analysis.trends.current')}</h3>
      <div className="view-options">
        <div className="field">
          <label htmlFor="tr-weeks">{t('analysis.trends.currentWeeks')}</label>
          <select id="tr-weeks" value={weeks} onChange={(e) => setWeeks(e.target.value)}>
            {WEEKS.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </div>
      </div>
      {current ? (
        <AlertsList
          alerts={current.alerts}
          falseAlarms={current.falseAlarms}
          titles={titles}
          names={names}
          onNavigate={onNavigate}
          testId="current-alerts"
        />
      ) : (
        <ViewStatus data={alerts} onRetry={() => setWeeks(weeks)} />
      )}
    </>
  );
}
