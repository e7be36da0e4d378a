/** Hotcrimes: crime types by level and by change against a baseline period, with the minimum-count rule. */
import { useTranslation } from 'react-i18next';
import { ExportBar } from './ExportBar.tsx';
import { formatDate, formatNumber, lastDay } from './format.ts';
import { HotcrimesTable } from './HotcrimesTable.tsx';
import { MetaLine } from './MetaLine.tsx';
import { apiPath, option, withOption } from './state.ts';
import type { HotcrimesReply } from './types.ts';
import { shown, useApi } from '../../ui/use-async.ts';
import type { ViewProps } from './view-props.ts';
import { ViewStatus } from './ViewStatus.tsx';

export function HotcrimesView({ state, onChange, titles }: ViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [data, reload] = useApi<HotcrimesReply>(apiPath(state));
  const reply = shown(data);
  const minCount = option(state, 'minCount');
  const setDate = (key: string, v: string) => (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) && onChange(withOption(state, key, v));
  return (
    <>
      <div className="view-options">
        <div className="field">
          <label htmlFor="hc-min">{t('analysis.hotcrimes.minCount')}</label>
          <input
            id="hc-min"
            type="number"
            min={1}
            max={999}
            value={minCount}
            aria-describedby="hc-rule"
            onChange={(e) => /^[1-9]\d{0,2}$/.test(e.target.value) && onChange(withOption(state, 'minCount', e.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="hc-bfrom">{t('analysis.hotcrimes.baselineFrom')}</label>
          <input
            id="hc-bfrom"
            type="date"
            value={option(state, 'baselineFrom')}
            onChange={(e) => setDate('baselineFrom', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="hc-bto">{t('analysis.hotcrimes.baselineTo')}</label>
          <input id="hc-bto" type="date" value={option(state, 'baselineTo')} onChange={(e) => setDate('baselineTo', e.target.value)} />
        </div>
      </div>
      <p id="hc-rule" className="rule-note" data-testid="min-count-rule">
        {t('analysis.hotcrimes.rule', { min: minCount })}
      </p>
      <ViewStatus data={data} onRetry={reload} />
      {reply && (
        <>
          <MetaLine meta={reply.meta} />
          <p>
            {t('analysis.hotcrimes.baseline', {
              from: formatDate(reply.baseline.from, lang),
              to: formatDate(lastDay(reply.baseline.to), lang),
              events: formatNumber(reply.baseline.events, lang) ?? t('analysis.suppressed'),
            })}{' '}
            {t('analysis.hotcrimes.significantNote')}
          </p>
          <ExportBar state={state} meta={reply.meta} />
          {reply.byLevel.length === 0 ? (
            <p>{t('analysis.hotcrimes.empty')}</p>
          ) : (
            <>
              <HotcrimesTable
                id="hotcrimes-change"
                caption={t('analysis.hotcrimes.byChange')}
                rows={reply.byChange}
                titles={titles}
                min={reply.meta.minCellCount}
              />
              <HotcrimesTable
                id="hotcrimes-level"
                caption={t('analysis.hotcrimes.byLevel')}
                rows={reply.byLevel}
                titles={titles}
                min={reply.meta.minCellCount}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
