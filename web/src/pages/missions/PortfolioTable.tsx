/** The missions as a table: status, KPI progress bars, owner, next review (overdue marked). */
import { useTranslation } from 'react-i18next';
import { KpiBar } from './KpiBar.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { missionPath } from './paths.ts';
import { formatDay } from './progress-format.ts';
import { scopeText } from './scope-text.ts';
import type { PortfolioMission } from './types.ts';
import { labelCells } from '../../ui/cell-labels.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  missions: PortfolioMission[];
  names: Map<string, string>;
  onNavigate(path: string): void;
}

export function PortfolioTable({ missions, names, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  if (missions.length === 0) return <p className="notice">{t('missions.portfolio.empty')}</p>;
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table mission-table">
        <caption className="visually-hidden">{t('missions.portfolio.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('missions.fields.title')}</th>
            <th scope="col">{t('missions.fields.status')}</th>
            <th scope="col">{t('missions.fields.kpis')}</th>
            <th scope="col">{t('missions.fields.owner')}</th>
            <th scope="col">{t('missions.fields.nextReview')}</th>
          </tr>
        </thead>
        <tbody>
          {missions.map((m) => (
            <tr key={m.id} data-mission={m.number}>
              <th scope="row">
                <a {...navLink(missionPath(m.id), onNavigate)}>{m.title}</a>
                {m.demo && <DemoLabel />}
                <span className="cell-sub">
                  {m.number} · {scopeText(m.scope, names, t)} · {t(`missions.priority.${m.priority}`)}
                </span>
              </th>
              <td>
                <span className={`status-badge mission-status status-${m.status}`}>{t(`missions.status.${m.status}`)}</span>
              </td>
              <td className="kpi-cell">
                {m.kpis.length === 0 ? (
                  <span className="muted">{t('missions.portfolio.noGoals')}</span>
                ) : (
                  m.kpis.map((k) => (
                    <KpiBar key={k.goalId} title={k.title} status={k.status} fraction={k.fraction} expectedFraction={k.expectedFraction} />
                  ))
                )}
              </td>
              <td>{m.owner?.displayName ?? '—'}</td>
              <td>
                {formatDay(m.nextReview, i18n.language) || '—'}
                {m.reviewOverdue && <span className="badge overdue">{t('missions.portfolio.overdue')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
