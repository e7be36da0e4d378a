/** The discrepancy points as a table with what may explain each gap (themes, report categories, pulse problems). */
import { useTranslation } from 'react-i18next';
import { formatIndex, formatNumber } from './index-format.ts';
import { profilePath } from './paths.ts';
import { QUADRANT_COLOURS } from './quadrant.ts';
import type { DiscrepancyPoint } from './types.ts';

interface Props {
  points: DiscrepancyPoint[];
  selected: string | null;
  onNavigate(path: string): void;
}

export function DiscrepancyTable({ points, selected, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const list = (items: string[]) => (items.length ? items.join(', ') : '–');
  return (
    <div className="table-scroll">
      <table className="data-table discrepancy-table" data-testid="discrepancy-table">
        <thead>
          <tr>
            <th scope="col">{t('perception.discrepancy.area')}</th>
            <th scope="col">{t('perception.discrepancy.x')}</th>
            <th scope="col">{t('perception.discrepancy.y')}</th>
            <th scope="col">{t('perception.discrepancy.gap')}</th>
            <th scope="col">{t('perception.discrepancy.class')}</th>
            <th scope="col">{t('perception.discrepancy.explain')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr
              key={p.areaCode}
              id={`row-${p.areaCode}`}
              className={`${p.flagged ? 'flagged' : ''}${p.areaCode === selected ? ' selected' : ''}`}
              data-code={p.areaCode}
            >
              <th scope="row">
                <a
                  href={profilePath(p.areaCode)}
                  onClick={(e) => {
                    e.preventDefault();
                    onNavigate(profilePath(p.areaCode));
                  }}
                >
                  {p.areaName}
                </a>
                {p.flagged && <span className="flag"> {t('perception.discrepancy.flagged')}</span>}
              </th>
              <td>{formatIndex(p.x, lang)}</td>
              <td>
                {formatIndex(p.y, lang)}
                <span className="hint"> {p.n !== null && `n = ${formatNumber(p.n, lang, 0)}`}</span>
              </td>
              <td>
                {p.gap > 0 ? '+' : ''}
                {formatNumber(p.gap, lang, 0)}
              </td>
              <td>
                <span className="swatch" style={{ background: QUADRANT_COLOURS[p.quadrant] }} aria-hidden="true" />
                {t(`perception.quadrant.short.${p.quadrant}`)}
              </td>
              <td className="explain">
                <p>
                  <strong>{t('perception.discrepancy.themes')}:</strong> {list(p.themes.map((th) => `${th.name} (${th.stories})`))}
                </p>
                <p>
                  <strong>{t('perception.discrepancy.categories')}:</strong>{' '}
                  {list(p.reportCategories.map((c) => `${c.name} (${c.reports ?? '—'})`))}
                </p>
                <p>
                  <strong>{t('perception.discrepancy.problems')}:</strong>{' '}
                  {list(p.pulseProblems.map((q) => `${t(`perception.problems.${q.code}`, { defaultValue: q.code })} (${q.answers})`))}
                </p>
                <p className="hint">{p.perceivedSource}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
