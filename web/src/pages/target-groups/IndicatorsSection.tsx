/**
 * The indicators per area: a wijk picker (all wijken, or one wijk's buurten with its total) and a
 * period (default the 12 months up to today), then per target group a table of reports and
 * registered crime with the period before, a trend arrow and the rate per 1,000 residents. A
 * suppressed count is shown as "klein aantal", explained once above the tables.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { Field } from '../../ui/Field.tsx';
import { shown, useAsync } from '../../ui/use-async.ts';
import { type Figure, getIndicators, type IndicatorQuery, type Indicators } from './api.ts';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

export function IndicatorsSection({ english }: { english: boolean }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<IndicatorQuery>({});
  const [draft, setDraft] = useState<IndicatorQuery>({});
  const [state] = useAsync(() => getIndicators(query), [query.area, query.from, query.to], { showReload: true });
  // The wijken of the city view, kept for the picker while a wijk is shown.
  const [city] = useAsync(() => getIndicators({}), []);
  const data = shown(state);
  const wijken = city.status === 'ready' ? city.data.areas.filter((a) => a.level === 'wijk') : [];

  function apply(e: FormEvent) {
    e.preventDefault();
    setQuery({
      ...(draft.area ? { area: draft.area } : {}),
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
    });
  }

  return (
    <section className="indicators" aria-labelledby="tg-indicators-title">
      <h2 id="tg-indicators-title">{t('targetGroups.indicators.title')}</h2>
      <p className="muted">{t('targetGroups.indicators.intro')}</p>
      <form className="indicator-filters" onSubmit={apply}>
        <Field id="tg-area" label={t('targetGroups.indicators.area')}>
          <select value={draft.area ?? ''} onChange={(e) => setDraft({ ...draft, area: e.target.value || undefined })}>
            <option value="">{t('targetGroups.indicators.wholeCity')}</option>
            {wijken.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="tg-from" label={t('targetGroups.indicators.from')}>
          <input type="date" value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })} />
        </Field>
        <Field id="tg-to" label={t('targetGroups.indicators.to')}>
          <input type="date" value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })} />
        </Field>
        <button type="submit" className="button primary">
          {t('targetGroups.indicators.show')}
        </button>
      </form>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {data && <IndicatorTables data={data} english={english} />}
    </section>
  );
}

function IndicatorTables({ data, english }: { data: Indicators; english: boolean }) {
  const { t } = useTranslation();
  if (data.areas.length === 0) return <p className="muted">{t('targetGroups.indicators.noAreas')}</p>;
  return (
    <>
      <p role="status">
        {t('targetGroups.indicators.period', {
          from: data.period.from,
          to: data.period.to,
          prevFrom: data.previous.from,
          prevTo: data.previous.to,
        })}
      </p>
      <p className="hint" id="tg-small-explained">
        {t('targetGroups.indicators.smallExplained', { threshold: Math.max(1, data.threshold - 1) })}
      </p>
      {data.groups.map((g) => (
        <GroupTable key={g.id} group={g} areas={data.areas} name={english ? g.nameEn : g.nameNl} />
      ))}
    </>
  );
}

function GroupTable({ group, areas, name }: { group: Indicators['groups'][number]; areas: Indicators['areas']; name: string }) {
  const { t } = useTranslation();
  const first = group.rows[0];
  const measures = (['reports', 'crimes'] as const).filter((m) => first?.[m] !== null && first?.[m] !== undefined);
  const headingId = `tg-table-${group.key}`;
  return (
    <div className="indicator-group">
      <h3 id={headingId}>{name}</h3>
      {measures.length === 0 ? (
        <p className="muted">{t('targetGroups.indicators.none')}</p>
      ) : (
        <div className="table-scroll">
          <table ref={labelCells} className="inbox-table" aria-labelledby={headingId} aria-describedby="tg-small-explained">
            <thead>
              <tr>
                <th scope="col">{t('targetGroups.indicators.area')}</th>
                {measures.map((m) => (
                  <MeasureHeadings key={m} measure={m} />
                ))}
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row, i) => {
                const area = areas[i]!;
                return (
                  <tr key={row.code} className={area.total ? 'indicator-total' : undefined}>
                    <th scope="row">
                      {area.name}
                      {area.total ? ` (${t('targetGroups.indicators.total')})` : ''}
                    </th>
                    {measures.map((m) => (
                      <FigureCells key={m} figure={row[m]!} />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function MeasureHeadings({ measure }: { measure: 'reports' | 'crimes' }) {
  const { t } = useTranslation();
  const label = t(`targetGroups.indicators.${measure}`);
  return (
    <>
      <th scope="col">{label}</th>
      <th scope="col">
        {label}: {t('targetGroups.indicators.previous')}
      </th>
      <th scope="col">
        {label}: {t('targetGroups.indicators.trend')}
      </th>
      <th scope="col">
        {label}: {t('targetGroups.indicators.per1000')}
      </th>
    </>
  );
}

function Count({ cell }: { cell: Figure['current'] }) {
  const { t } = useTranslation();
  if (cell.suppressed || cell.value === null) return <span className="small-number">{t('targetGroups.indicators.small')}</span>;
  return <>{cell.value}</>;
}

function FigureCells({ figure }: { figure: Figure }) {
  const { t, i18n } = useTranslation();
  const trendText = figure.trend ? t(`targetGroups.indicators.${figure.trend}`) : t('targetGroups.indicators.noTrend');
  return (
    <>
      <td>
        <Count cell={figure.current} />
      </td>
      <td>
        <Count cell={figure.previous} />
      </td>
      <td className="trend">
        {figure.trend ? (
          <>
            <span aria-hidden="true">{ARROWS[figure.trend]}</span> {trendText}
          </>
        ) : (
          <span className="muted">{trendText}</span>
        )}
      </td>
      <td>{figure.per1000 === null ? <span className="muted">–</span> : figure.per1000.toLocaleString(i18n.language)}</td>
    </>
  );
}
