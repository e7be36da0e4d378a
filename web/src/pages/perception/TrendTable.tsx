/** Trends over the years: registered crime, pulse, and survey indicators with significance marks. */
import { useTranslation } from 'react-i18next';
import { formatMargin, formatNumber, SIGNIFICANCE_MARK, significanceOf, type Significance } from './index-format.ts';
import { surveyCells, yearRows, yearsWithData } from './trend-rows.ts';
import type { Indicator, Trends } from './types.ts';

interface Props {
  trends: Trends;
  from: number;
  to: number;
  indicators: Indicator[];
}

function Mark({ s }: { s: Significance | null }) {
  const { t } = useTranslation();
  if (!s) return null;
  return (
    <span className={`sig sig-${s}`} title={t(`perception.sig.${s}`)}>
      {' '}
      {SIGNIFICANCE_MARK[s]}
      <span className="visually-hidden"> {t(`perception.sig.${s}`)}</span>
    </span>
  );
}

export function TrendTable({ trends, from, to, indicators }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const f = (v: number | null | undefined) => formatNumber(v ?? null, lang);
  const years = yearsWithData(trends, from, to);
  const rows = yearRows(trends, from, to).filter((r) => years.includes(r.year));
  const nameOf = (code: string) => {
    const ind = indicators.find((i) => i.code === code);
    return ind ? (lang.startsWith('en') ? ind.nameEn : ind.nameNl) : code;
  };
  return (
    <section className="trends" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('perception.trends.title', { from, to })}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('perception.trends.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="trend-table">
            <thead>
              <tr>
                <th scope="col">{t('perception.year')}</th>
                <th scope="col">{t('perception.trends.crime')}</th>
                <th scope="col">{t('perception.trends.pulseN')}</th>
                <th scope="col">{t('perception.trends.pulseNight')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.year}>
                  <th scope="row">{r.year}</th>
                  <td>{r.crime === undefined ? t('perception.trends.notLoaded') : f(r.crime)}</td>
                  <td>{r.pulseN}</td>
                  <td>{r.pulseSuppressed ? t('perception.trends.tooFew') : f(r.pulseMeanNight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {trends.survey.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="survey-trends">
            <caption>{t('perception.trends.survey')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('perception.trends.indicator')}</th>
                {years.map((y) => (
                  <th key={y} scope="col">
                    {y}
                  </th>
                ))}
                <th scope="col">{t('perception.trends.overall')}</th>
              </tr>
            </thead>
            <tbody>
              {trends.survey.map((s) => (
                <tr key={s.indicatorCode}>
                  <th scope="row">{nameOf(s.indicatorCode)}</th>
                  {surveyCells(s.points, years).map((c, i) => (
                    <td key={years[i]}>
                      {c.point
                        ? c.point.suppressed
                          ? t('perception.trends.suppressed', { n: c.point.n ?? '?' })
                          : `${f(c.point.value)} ${formatMargin(c.point.margin, lang)}`
                        : '–'}
                      <Mark s={c.significance} />
                    </td>
                  ))}
                  <td>
                    <Mark s={significanceOf(s.overall)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint sig-legend">
        {(['up', 'down', 'not-significant', 'no-change', 'no-margin'] as const).map((s) => (
          <span key={s}>
            {SIGNIFICANCE_MARK[s]} {t(`perception.sig.${s}`)}{' '}
          </span>
        ))}
      </p>
      <p className="hint">{trends.method}</p>
    </section>
  );
}
