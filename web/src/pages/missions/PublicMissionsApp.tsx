/** The public (no login) opgaven pages: approved mission summaries as a list and one by one. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import '../../ui/ui.css';
import { useAsync } from '../../ui/use-async.ts';
import { getPublicMission, getPublicMissions } from './api.ts';
import { KpiBar } from './KpiBar.tsx';
import { navLink } from '../../ui/nav-link.ts';
import './missions.css';
import { PUBLIC_MISSIONS_PATH, publicMissionPath, type MissionsPublicRoute } from './paths.ts';
import { formatDay, formatNumber } from './progress-format.ts';
import type { ProgressStatus, PublicMission } from './types.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  route: MissionsPublicRoute;
  path: string;
  instance: Instance | null;
  onNavigate(path: string): void;
}

function Summary({ m, full }: { m: PublicMission; full: boolean }) {
  const { t, i18n } = useTranslation();
  const l = i18n.language;
  return (
    <>
      <p>
        <span className={`status-badge mission-status status-${m.status}`}>
          {t(`missions.status.${m.status}`, { defaultValue: m.statusLabel })}
        </span>{' '}
        {m.area}
      </p>
      <p className="public-text">{full ? m.summary : `${m.summary.slice(0, 240)}${m.summary.length > 240 ? '…' : ''}`}</p>
      {full && m.join && (
        <section className="panel-card">
          <h2>{t('missions.public.joinTitle')}</h2>
          <p className="public-text">{m.join}</p>
        </section>
      )}
      {full && m.goals.length > 0 && (
        <section aria-labelledby="public-goals">
          <h2 id="public-goals">{t('missions.public.goals')}</h2>
          <ul className="goal-list">
            {m.goals.map((g) => (
              <li key={g.title} className="panel-card">
                <h3>{g.title}</h3>
                <p className="small">
                  {t('missions.public.goalLine', {
                    indicator: g.indicator,
                    baseline: formatNumber(g.baseline, l),
                    current: formatNumber(g.current, l),
                    target: formatNumber(g.target, l),
                    deadline: formatDay(g.deadline, l),
                  })}
                </p>
                <KpiBar
                  title={t('missions.goals.progress')}
                  status={g.progress.status as ProgressStatus}
                  fraction={g.progress.fraction}
                  expectedFraction={0}
                  explanation={g.progress.explanation}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function List({ onNavigate }: { onNavigate(p: string): void }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getPublicMissions(), []);
  return (
    <div className="page narrow-wide public-missions">
      <h1 tabIndex={-1}>{t('missions.public.listTitle')}</h1>
      <p className="lead">{t('missions.public.listLead')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' &&
        (state.data.missions.length === 0 ? (
          <p className="notice">{t('missions.public.noneYet')}</p>
        ) : (
          <ul className="report-list">
            {state.data.missions.map((m) => (
              <li key={m.id} className="panel-card">
                <h2>
                  <a {...navLink(publicMissionPath(m.id), onNavigate)}>{m.title}</a>
                </h2>
                {m.demo && <DemoLabel />}
                <Summary m={m} full={false} />
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

function Detail({ id, onNavigate }: { id: string; onNavigate(p: string): void }) {
  const { t } = useTranslation();
  const [state] = useAsync(() => getPublicMission(id), [id]);
  return (
    <div className="page narrow-wide public-missions">
      <p>
        <a {...navLink(PUBLIC_MISSIONS_PATH, onNavigate)}>← {t('missions.public.allMissions')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <>
          <h1 tabIndex={-1}>{t('missions.public.listTitle')}</h1>
          <p className="alert" role="alert">
            {t('missions.public.notFound')}
          </p>
        </>
      )}
      {state.status === 'ready' && (
        <>
          <h1 tabIndex={-1}>{state.data.title}</h1>
          {state.data.demo && <DemoLabel />}
          <Summary m={state.data} full />
        </>
      )}
    </div>
  );
}

export default function PublicMissionsApp({ route, path, instance, onNavigate }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('missions.public.listTitle')} · ${instance?.municipality.name ?? t('app.name')}`;
  }, [t, instance]);
  return (
    <PublicLayout instance={instance} path={path} onNavigate={onNavigate}>
      {route.page === 'public-detail' ? <Detail key={route.id} id={route.id} onNavigate={onNavigate} /> : <List onNavigate={onNavigate} />}
    </PublicLayout>
  );
}
