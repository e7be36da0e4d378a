/** The portfolio (/opgaven): all missions on the map and in a table, the prioritisation, and candidate missions. */
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getPortfolio, getPrioritisation } from './api.ts';
import { ActiveMeasuresPanel } from './ActiveMeasuresPanel.tsx';
import { CandidatesSection } from './CandidatesSection.tsx';
import { CaseFiguresPanel } from './CaseFiguresPanel.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { missionPath, NEW_MISSION_PATH, PUBLIC_MISSIONS_PATH } from './paths.ts';
import { PortfolioMap } from './PortfolioMap.tsx';
import { PortfolioTable } from './PortfolioTable.tsx';
import { PrioritisationChart } from './PrioritisationChart.tsx';
import { nameIndex, useBuurten, useNewestYear } from './use-reference.ts';

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  onNavigate(path: string): void;
}

export function PortfolioPage({ instance, session, onNavigate }: Props) {
  const { t } = useTranslation();
  const [state] = useAsync(() => Promise.all([getPortfolio(), getPrioritisation()]), []);
  const year = useNewestYear();
  const buurten = useBuurten(year);
  const caps = capabilitiesOf(session.permissions);
  const canCreate = caps.editMissions;
  const names = nameIndex(buurten);

  return (
    <div className="page missions-page">
      <div className="page-head">
        <h1 tabIndex={-1}>{t('missions.portfolio.title')}</h1>
        <div className="head-actions">
          <a className="button ghost" {...navLink(PUBLIC_MISSIONS_PATH, onNavigate)}>
            {t('missions.portfolio.publicLink')}
          </a>
          {canCreate && (
            <a className="button primary" {...navLink(NEW_MISSION_PATH, onNavigate)}>
              {t('missions.portfolio.new')}
            </a>
          )}
        </div>
      </div>
      <p className="lead">{t('missions.portfolio.lead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <div className="portfolio-layout">
            <section aria-labelledby="portfolio-map-title" className="portfolio-map">
              <h2 id="portfolio-map-title">{t('missions.portfolio.mapTitle')}</h2>
              <PortfolioMap
                config={instance?.map ?? null}
                buurten={buurten ?? []}
                scopes={state.data[0].map}
                onOpen={(id) => onNavigate(missionPath(id))}
              />
            </section>
            <section aria-labelledby="priority-title" className="panel-card">
              <h2 id="priority-title">{t('missions.priority.title')}</h2>
              <p className="hint">{t('missions.priority.hint')}</p>
              <PrioritisationChart missions={state.data[1].missions} onNavigate={onNavigate} />
            </section>
          </div>
          <section aria-labelledby="portfolio-table-title">
            <h2 id="portfolio-table-title">{t('missions.portfolio.tableTitle', { count: state.data[0].missions.length })}</h2>
            <PortfolioTable missions={state.data[0].missions} names={names} onNavigate={onNavigate} />
          </section>
        </>
      )}
      {caps.caseFigures && <CaseFiguresPanel onNavigate={onNavigate} />}
      {caps.powers && instance && <ActiveMeasuresPanel gemeente={instance.municipality.code} onNavigate={onNavigate} />}
      <section aria-labelledby="candidates-title">
        <h2 id="candidates-title">{t('missions.candidates.title')}</h2>
        <p className="hint">{t('missions.candidates.hint')}</p>
        <CandidatesSection csrfToken={session.csrfToken} canCreate={canCreate} onNavigate={onNavigate} />
      </section>
    </div>
  );
}
