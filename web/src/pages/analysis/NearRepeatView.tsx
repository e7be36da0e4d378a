/** Near-repeat: the Knox table (distance × time bands: observed / expected, ratio, p) with editable bands. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportBar } from './ExportBar.tsx';
import { formatNumber } from './format.ts';
import { isNearRepeat, knoxConclusion, knoxGrid, parseBands } from './knox.ts';
import { KnoxConclusion } from './KnoxConclusion.tsx';
import { typeLabel } from './crime-types.ts';
import { MetaLine } from './MetaLine.tsx';
import { Num } from './Num.tsx';
import { apiPath, option, withOption, type AnalysisState } from './state.ts';
import type { NearRepeatReply } from './types.ts';
import { shown, useApi } from '../../ui/use-async.ts';
import type { ViewProps } from './view-props.ts';
import { ViewStatus } from './ViewStatus.tsx';

function BandsForm({ state, onChange }: { state: AnalysisState; onChange(s: AnalysisState): void }) {
  const { t } = useTranslation();
  const [space, setSpace] = useState(option(state, 'spaceBands'));
  const [time, setTime] = useState(option(state, 'timeBands'));
  const s = parseBands(space);
  const tm = parseBands(time);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (s && tm) onChange(withOption(withOption(state, 'spaceBands', s), 'timeBands', tm));
  };
  return (
    <form className="view-options" onSubmit={apply}>
      <div className="field">
        <label htmlFor="nr-space">{t('analysis.nearRepeat.spaceBands')}</label>
        <input id="nr-space" value={space} onChange={(e) => setSpace(e.target.value)} aria-invalid={!s} aria-describedby="nr-hint" />
      </div>
      <div className="field">
        <label htmlFor="nr-time">{t('analysis.nearRepeat.timeBands')}</label>
        <input id="nr-time" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={!tm} aria-describedby="nr-hint" />
      </div>
      <div className="field">
        <label htmlFor="nr-distance">{t('analysis.nearRepeat.distance')}</label>
        <select
          id="nr-distance"
          value={option(state, 'distance')}
          onChange={(e) => onChange(withOption(state, 'distance', e.target.value))}
        >
          {['euclidean', 'manhattan'].map((d) => (
            <option key={d} value={d}>
              {t(`analysis.nearRepeat.distances.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button small" disabled={!s || !tm}>
        {t('analysis.nearRepeat.apply')}
      </button>
      <p id="nr-hint" className="hint">
        {t('analysis.nearRepeat.bandsHint')}
      </p>
    </form>
  );
}

function DefaultTypeNote({ code, titles, state, onChange }: Pick<ViewProps, 'titles' | 'state' | 'onChange'> & { code: string }) {
  const { t } = useTranslation();
  return (
    <p className="hint" data-testid="knox-default-type">
      {t('analysis.nearRepeat.defaultType', { type: typeLabel(code, titles) })}{' '}
      <button type="button" className="link-button" onClick={() => onChange(withOption(state, 'allTypes', 'on'))}>
        {t('analysis.nearRepeat.allTypes')}
      </button>
    </p>
  );
}

export function NearRepeatView({ state, onChange, titles }: ViewProps) {
  const { t, i18n } = useTranslation();
  const [data, reload] = useApi<NearRepeatReply>(apiPath(state));
  const reply = shown(data);
  const band = (b: [string, string], unit: 'metres' | 'days') =>
    b[1] === 'Infinity' ? t('analysis.nearRepeat.open', { from: b[0] }) : t(`analysis.nearRepeat.${unit}`, { from: b[0], to: b[1] });
  const grid = reply ? knoxGrid(reply.spaceBands, reply.timeBands, reply.cells) : null;
  return (
    <>
      <BandsForm key={`${option(state, 'spaceBands')}|${option(state, 'timeBands')}`} state={state} onChange={onChange} />
      <ViewStatus data={data} onRetry={reload} />
      {reply && grid && (
        <>
          <MetaLine meta={reply.meta} />
          {reply.defaultCrimeType && <DefaultTypeNote code={reply.defaultCrimeType} titles={titles} state={state} onChange={onChange} />}
          <KnoxConclusion conclusion={knoxConclusion(grid, reply.meta.events, reply.permutations)} crimeTypes={reply.meta.crimeTypes} />
          <ExportBar state={state} meta={reply.meta} />
          <p className="hint">
            {t('analysis.nearRepeat.explain')}{' '}
            {t('analysis.nearRepeat.pairs', { pairs: formatNumber(reply.pairs, i18n.language), permutations: reply.permutations })}
          </p>
          <div className="table-scroll">
            <table className="data-table knox" data-testid="knox-table">
              <caption>{t('analysis.nearRepeat.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {t('analysis.nearRepeat.space')} \ {t('analysis.nearRepeat.time')}
                  </th>
                  {grid.time.map((b) => (
                    <th key={b.join('-')} scope="col">
                      {band(b, 'days')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.space.map((s, i) => (
                  <tr key={s.join('-')}>
                    <th scope="row">{band(s, 'metres')}</th>
                    {grid.cells[i]!.map((c, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: j is the time band (grid.time[j]) of a fixed grid, never reordered.
                      <td key={j} className={isNearRepeat(c) ? 'knox-cell signal' : 'knox-cell'} data-testid="knox-cell">
                        {c && (
                          <>
                            <span className="knox-ratio">
                              {t('analysis.nearRepeat.ratio', { value: formatNumber(c.knoxRatio, i18n.language, 2) ?? '–' })}
                            </span>
                            <span className="small">
                              <Num value={c.observed} min={reply.meta.minCellCount} /> /{' '}
                              <Num value={c.expected} digits={1} min={reply.meta.minCellCount} /> · p{' '}
                              <Num value={c.p} kind="p" min={reply.meta.minCellCount} />
                            </span>
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
