/** The tables of the figures page: key figures, per criterion, per trajectory, per month and per life domain; "—" = suppressed. */
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import type { CaseFigures } from './api-figures.ts';
import { countText, daysText, monthName, shareText } from './figures-format.ts';

const NOTE_ID = 'cases-figures-suppressed';

function useLocale() {
  const { i18n } = useTranslation();
  const english = i18n.language?.startsWith('en') ?? false;
  return { english, locale: english ? 'en-GB' : 'nl-NL' };
}

function KeyFigures({ data }: { data: CaseFigures }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rows: [string, string][] = [
    [t('cases.figures.openAtEnd'), countText(data.openAtEnd, locale)],
    [t('cases.figures.inflow'), countText(data.flow.inflow, locale)],
    [t('cases.figures.outflow'), countText(data.flow.outflow, locale)],
    [t('cases.figures.medianDays'), daysText(data.duration.medianDays, locale)],
    [t('cases.figures.planShare', { days: data.planWithin4Weeks.withinDays }), shareText(data.planWithin4Weeks.share, locale)],
  ];
  return (
    <dl className="cases-key-figures" aria-describedby={NOTE_ID}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function CountTable({ id, title, head, rows }: { id: string; title: string; head: string[]; rows: [string, ...string[]][] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-scroll">
        <table ref={labelCells} className="inbox-table" aria-labelledby={id} aria-describedby={NOTE_ID}>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, ...cells]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a row are fixed
                  <td key={i} className="num">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OutcomeTables({ data }: { data: CaseFigures }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!data.outcomesAvailable || data.outcomes.length === 0)
    return (
      <section aria-labelledby="cases-figures-outcomes">
        <h2 id="cases-figures-outcomes">{t('cases.figures.outcomes')}</h2>
        <p className="muted">{t('cases.figures.noOutcomes')}</p>
      </section>
    );
  const name = (group: string, code: string) => t(`cases.figures.${group}.${code}`, { defaultValue: code });
  return (
    <CountTable
      id="cases-figures-outcomes"
      title={t('cases.figures.outcomes')}
      head={[t('cases.figures.domain'), t('cases.figures.outcome'), t('cases.figures.count')]}
      rows={data.outcomes.flatMap((d) => [
        [`${name('domains', d.domain)} · ${t('cases.figures.total')}`, '', countText(d.total, locale)] as [string, string, string],
        ...d.outcomes.map(
          (o) =>
            [`${name('domains', d.domain)} · ${name('outcomeNames', o.outcome)}`, '', countText(o.count, locale)] as [
              string,
              string,
              string,
            ],
        ),
      ])}
    />
  );
}

export function FiguresTables({ data }: { data: CaseFigures }) {
  const { t } = useTranslation();
  const { english, locale } = useLocale();
  const trajectoryName = (code: string) => (code === 'geen' ? t('cases.figures.noTrajectory') : t(`cases.trajectory.${code}`));
  return (
    <div className="cases-figures-tables">
      <p className="hint" id={NOTE_ID}>
        {t('cases.figures.suppressed', { threshold: Math.max(1, data.minCellCount - 1) })}
      </p>
      <KeyFigures data={data} />
      <CountTable
        id="cases-figures-criteria"
        title={t('cases.figures.perCriterion')}
        head={[t('cases.figures.criterion'), t('cases.figures.openAtEnd')]}
        rows={data.perCriterion.map((c) => [english ? c.nameEn : c.nameNl, countText(c.count, locale)])}
      />
      <CountTable
        id="cases-figures-trajectories"
        title={t('cases.figures.perTrajectory')}
        head={[t('cases.figures.trajectory'), t('cases.figures.openAtEnd')]}
        rows={data.perTrajectory.map((r) => [trajectoryName(r.trajectory), countText(r.count, locale)])}
      />
      <CountTable
        id="cases-figures-months"
        title={t('cases.figures.flow')}
        head={[t('cases.figures.month'), t('cases.figures.inflowShort'), t('cases.figures.outflowShort')]}
        rows={[
          ...data.flow.months.map((m): [string, string, string] => [
            monthName(m.month, locale),
            countText(m.inflow, locale),
            countText(m.outflow, locale),
          ]),
          ...data.flow.quarters.map((q): [string, string, string] => [
            q.quarter,
            countText(q.inflow, locale),
            countText(q.outflow, locale),
          ]),
        ]}
      />
      <OutcomeTables data={data} />
    </div>
  );
}
