/** The signed-in layout: skip link, header with navigation, and the current module. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../api/types.ts';
import { ChangePasswordPage } from '../auth/ChangePasswordPage.tsx';
import { PASSWORD_PATH } from '../auth/password-form.ts';
import { Header } from './Header.tsx';
import { NotYetPage } from './NotYetPage.tsx';
import { capabilitiesOf } from '../ui/capabilities.ts';
import { NetworkTabs } from './NetworkTabs.tsx';
import { moduleForPath, networkSectionFor, visibleModules } from './routes.ts';
import { useLocationPath } from './use-location.ts';

const MapPage = lazy(() => import('../pages/map/MapPage.tsx'));
const SignalsStaff = lazy(() => import('../pages/signals/StaffApp.tsx'));
const PerceptionStaff = lazy(() => import('../pages/perception/PerceptionApp.tsx'));
const MissionsStaff = lazy(() => import('../pages/missions/MissionsApp.tsx'));
const AnalysisStaff = lazy(() => import('../pages/analysis/AnalysisApp.tsx'));
const BeheerStaff = lazy(() => import('../pages/beheer/BeheerApp.tsx'));
const NetworkOverview = lazy(() => import('../pages/network/NetworkApp.tsx'));
const NetworkPartners = lazy(() => import('../pages/partners/PartnersApp.tsx'));
const NetworkInitiatives = lazy(() => import('../pages/initiatives/InitiativesApp.tsx'));
const NetworkYouthGroups = lazy(() => import('../pages/youth-groups/YouthGroupsApp.tsx'));
const NetworkTargetGroups = lazy(() => import('../pages/target-groups/TargetGroupsApp.tsx'));
const CasesStaff = lazy(() => import('../pages/cases/CasesApp.tsx'));
const PowersStaff = lazy(() => import('../pages/powers/PowersApp.tsx'));
const NETWORK_PAGES = {
  overview: NetworkOverview,
  partners: NetworkPartners,
  initiatives: NetworkInitiatives,
  'youth-groups': NetworkYouthGroups,
  'target-groups': NetworkTargetGroups,
} as const;

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  onLogout(): void;
  /** A fresh session reply (after a password change). */
  onSessionChange(session: Session): void;
}

export function Shell({ instance, session, onLogout, onSessionChange }: Props) {
  const { t } = useTranslation();
  const [path, navigate] = useLocationPath();
  const modules = visibleModules(session.permissions);
  const current = moduleForPath(path, session.permissions);

  const onPasswordPage = path.replace(/\/+$/, '') === PASSWORD_PATH;
  useEffect(() => {
    // The password page sets its own title.
    if (!onPasswordPage) document.title = `${t(`nav.${current.id}`)} · ${t('app.name')}`;
  }, [current.id, onPasswordPage, t]);

  // After navigating (not on first load), move focus to the new page's heading for screen readers.
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies(current.id): the effect runs on navigation to another module, which is what current.id says.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [current.id]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <Header instance={instance} user={session.user} modules={modules} current={current} onNavigate={navigate} onLogout={onLogout} />
      <main id="main" tabIndex={-1}>
        {onPasswordPage ? (
          <ChangePasswordPage session={session} forced={false} onChanged={onSessionChange} onLogout={onLogout} />
        ) : current.available ? (
          <Suspense
            fallback={
              <p className="page" role="status">
                {t('app.loading')}
              </p>
            }
          >
            {current.id === 'meldingen' ? (
              <SignalsStaff instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'beleving' ? (
              <PerceptionStaff instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'opgaven' ? (
              <MissionsStaff instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'analyse' ? (
              <AnalysisStaff instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'netwerk' ? (
              <NetworkPage instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'casussen' ? (
              <CasesStaff instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'bevoegdheden' ? (
              <PowersStaff instance={instance} session={session} path={path} onNavigate={navigate} />
            ) : current.id === 'beheer' ? (
              <BeheerStaff session={session} path={path} onNavigate={navigate} />
            ) : (
              <MapPage instance={instance} />
            )}
          </Suspense>
        ) : (
          <NotYetPage key={current.id} module={current.id} onNavigate={navigate} />
        )}
      </main>
    </div>
  );
}

/** Netwerk: its tabs and the part the path names (each part a page folder of its own). */
function NetworkPage(props: {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  path: string;
  onNavigate(path: string): void;
}) {
  const section = networkSectionFor(props.path);
  const Page = NETWORK_PAGES[section];
  return (
    <>
      <NetworkTabs caps={capabilitiesOf(props.session.permissions)} current={section} onNavigate={props.onNavigate} />
      <Page {...props} />
    </>
  );
}
