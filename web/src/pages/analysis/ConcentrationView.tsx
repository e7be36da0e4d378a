/** Concentration: hotshots, hotvics or repeat addresses — top-x % share, Gini, the curve and the distribution. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConcentrationChart } from './ConcentrationChart.tsx';
import { ExportBar } from './ExportBar.tsx';
import { formatShare } from './format.ts';
import { MetaLine } from './MetaLine.tsx';
import { Num } from './Num.tsx';
import { apiPath, option, withOption } from './state.ts';
import { chartPng, pngCaption } from './svg-png.ts';
import type { ConcentrationReply } from './types.ts';
import { shown, useApi } from '../../ui/use-async.ts';
import type { ViewProps } from './view-props.ts';
import { ViewStatus } from './ViewStatus.tsx';

export function ConcentrationView({ state, onChange }: ViewProps) {
  const { t, i18n } = useTranslation();
  const [data, reload] = useApi<ConcentrationReply>(state.filters.source === 'incidents' ? apiPath(state) : null);
  const svg = useRef<SVGSVGElement>(null);
  const reply = state.filters.source === 'incidents' ? shown(data) : null;
  const of = option(state, 'of');
  const ofText = t(`analysis.concentration.ofs.${of}`);
  const label = `${t('analysis.concentration.chartLabel')}: ${ofText}`;
  const c = (k: string) => t(`analysis.concentration.${k}`);
  const makePng = () =>
    chartPng(
      svg.current,
      pngCaption(label, reply ? `${reply.meta.from} – ${reply.meta.to}` : '', reply?.meta.synthetic ? t('analysis.meta.synthetic') : null),
    );
  return (
    <>
      <div className="view-options">
        <div className="field">
          <label htmlFor="cc-of">{c('of')}</label>
          <select id="cc-of" value={of} onChange={(e) => onChange(withOption(state, 'of', e.target.value))}>
            {['offender', 'victim', 'address'].map((o) => (
              <option key={o} value={o}>
                {t(`analysis.concentration.ofs.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.filters.source !== 'incidents' ? (
        <p className="notice">{t('analysis.concentration.incidentsOnly')}</p>
      ) : (
        <ViewStatus data={data} onRetry={reload} />
      )}
      {reply && (
        <>
          <MetaLine meta={reply.meta} />
          <ExportBar state={state} meta={reply.meta} makePng={makePng} />
          <ul className="top-shares" data-testid="top-shares">
            {Object.entries(reply.topShares).map(([share, v]) => (
              <li key={share}>
                {t('analysis.concentration.top', {
                  share: formatShare(Number(share), i18n.language, 0),
                  of: ofText,
                  value: formatShare(v, i18n.language) ?? t('analysis.suppressed'),
                })}
              </li>
            ))}
          </ul>
          <div className="concentration-layout">
            <ConcentrationChart ref={svg} reply={reply} label={label} />
            <dl className="figures">
              <div>
                <dt>{c('withRef')}</dt>
                <dd>
                  <Num value={reply.incidentsWithRef} min={reply.meta.minCellCount} />
                </dd>
              </div>
              <div>
                <dt>{c('distinct')}</dt>
                <dd>
                  <Num value={reply.distinctRefs} min={reply.meta.minCellCount} />
                </dd>
              </div>
              <div>
                <dt>{c('repeat')}</dt>
                <dd>
                  <Num value={reply.repeatRefs} min={reply.meta.minCellCount} />
                </dd>
              </div>
              <div>
                <dt>{c('repeatShare')}</dt>
                <dd>
                  <Num value={reply.repeatIncidentShare} kind="share" />
                </dd>
              </div>
              <div>
                <dt>{c('gini')}</dt>
                <dd>
                  <Num value={reply.gini} digits={3} />
                </dd>
              </div>
            </dl>
          </div>
          <div className="table-scroll">
            <table className="data-table compact" data-testid="concentration-distribution">
              <caption>{c('distribution')}</caption>
              <thead>
                <tr>
                  <th scope="col">{c('colEvents')}</th>
                  <th scope="col" className="num">
                    {c('colRefs')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {reply.distribution.map((d) => (
                  <tr key={d.events}>
                    <th scope="row">{d.events}</th>
                    <td className="num">
                      <Num value={d.refs} min={reply.meta.minCellCount} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reply.top.length > 0 && (
            <details className="table-alternative">
              <summary>{c('topRefs')}</summary>
              <ol>
                {reply.top.map((r) => (
                  <li key={r.ref}>
                    <code>{r.ref}</code>: {r.count}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </>
  );
}
