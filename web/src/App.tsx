/** Top level: loads the public instance facts and the session, then shows login or the app. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getInstance } from './api/endpoints.ts';
import type { Instance } from './api/types.ts';
import { ChangePasswordPage } from './auth/ChangePasswordPage.tsx';
import { InvitationPage } from './auth/InvitationPage.tsx';
import { INVITATION_PATH } from './auth/password-form.ts';
import { LoginPage } from './auth/LoginPage.tsx';
import { useSession } from './auth/use-session.ts';
import { perceptionPublicRouteFor } from './pages/perception/paths.ts';
import { missionsPublicRouteFor } from './pages/missions/paths.ts';
import { initiativesPublicRouteFor } from './pages/initiatives/paths.ts';
import { publicRouteFor } from './pages/signals/paths.ts';
import { prefetchReportForm } from './pages/signals/report-prefetch.ts';
import { Shell } from './shell/Shell.tsx';
import { useLocationPath } from './shell/use-location.ts';

// Residents' pages (report, public map, tracking, unsubscribe) need no login.
const publicSignals = () => import('./pages/signals/PublicApp.tsx');
const publicMissions = () => import('./pages/missions/PublicMissionsApp.tsx');
// Residents' beleving pages (pulse questionnaire, neighbourhood page) need no login either.
const publicPerception = () => import('./pages/perception/PublicPerception.tsx');
const PublicSignals = lazy(publicSignals);
const PublicMissions = lazy(publicMissions);
const PublicPerception = lazy(publicPerception);
// Residents' initiatives: the form to register one and the public list (pages/initiatives).
const publicInitiatives = () => import('./pages/initiatives/PublicInitiativesApp.tsx');
const PublicInitiatives = lazy(publicInitiatives);

// A resident's page is fetched together with the app, not after the instance facts and the session
// have answered: one round trip less on a slow phone (bench/first-load.bench.ts).
// A failure here is met again, and shown, when the page renders.
const firstPath = window.location.pathname;
const early = publicRouteFor(firstPath)
  ? publicSignals()
  : missionsPublicRouteFor(firstPath)
    ? publicMissions()
    : perceptionPublicRouteFor(firstPath)
      ? publicPerception()
      : initiativesPublicRouteFor(firstPath)
        ? publicInitiatives()
        : null;
early?.catch(() => {});
// The report form's token and categories too (pages/signals/report-prefetch.ts).
if (publicRouteFor(firstPath)?.page === 'report') prefetchReportForm();
// The instance facts are asked for at once too, not after the first render.
let firstInstance: Promise<Instance> | null = getInstance();
firstInstance.catch(() => {}); // handled in App; this keeps an early failure out of the console

export function App() {
  const { t } = useTranslation();
  const { state, login, logout, reload, replace } = useSession();
  // undefined while loading; null when unavailable.
  const [instance, setInstance] = useState<Instance | null | undefined>(undefined);

  useEffect(() => {
    // The instance facts are decoration (municipality name, map background); the app works without them.
    const reply = firstInstance ?? getInstance();
    firstInstance = null;
    reply.then(setInstance).catch(() => setInstance(null));
  }, []);

  const [path, navigate] = useLocationPath();
  const publicRoute = publicRouteFor(path);
  const missionsPublicRoute = missionsPublicRouteFor(path);
  const perceptionRoute = perceptionPublicRouteFor(path);
  const initiativesRoute = initiativesPublicRouteFor(path);

  if (instance === undefined && state.status !== 'error') {
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  }
  const known = instance ?? null;
  if (missionsPublicRoute) {
    return (
      <Suspense
        fallback={
          <p className="page" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <PublicMissions route={missionsPublicRoute} path={path} instance={known} onNavigate={navigate} />
      </Suspense>
    );
  }
  if (publicRoute) {
    // A staff member's session cookie is sent along; the API then wants its CSRF token.
    const csrfToken = state.status === 'authenticated' ? state.session.csrfToken : null;
    return (
      <Suspense
        fallback={
          <p className="page" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <PublicSignals route={publicRoute} path={path} instance={known} csrfToken={csrfToken} onNavigate={navigate} />
      </Suspense>
    );
  }
  if (perceptionRoute) {
    const csrfToken = state.status === 'authenticated' ? state.session.csrfToken : null;
    return (
      <Suspense
        fallback={
          <p className="page" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <PublicPerception route={perceptionRoute} path={path} instance={known} csrfToken={csrfToken} onNavigate={navigate} />
      </Suspense>
    );
  }
  if (initiativesRoute) {
    const csrfToken = state.status === 'authenticated' ? state.session.csrfToken : null;
    return (
      <Suspense
        fallback={
          <p className="page" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <PublicInitiatives route={initiativesRoute} path={path} instance={known} csrfToken={csrfToken} onNavigate={navigate} />
      </Suspense>
    );
  }
  if (path.replace(/\/+$/, '') === INVITATION_PATH) {
    return (
      <InvitationPage
        instance={known}
        onAccepted={(session) => {
          replace(session);
          navigate('/');
        }}
      />
    );
  }
  switch (state.status) {
    case 'loading':
      return (
        <p className="page" role="status">
          {t('app.loading')}
        </p>
      );
    case 'error':
      return (
        <div className="page narrow" role="alert">
          <p>{t('app.startError', { detail: state.detail })}</p>
          <button type="button" className="button primary" onClick={reload}>
            {t('app.retry')}
          </button>
        </div>
      );
    case 'anonymous':
      return <LoginPage instance={known} onLogin={login} />;
    case 'authenticated': {
      const { session } = state;
      if (!session.user) return null;
      if (session.user.mustChangePassword) {
        // A one-time password: the API answers nothing else until it is changed.
        return <ChangePasswordPage session={session} forced onChanged={replace} onLogout={() => logout().catch(reload)} />;
      }
      return (
        <Shell
          instance={known}
          session={{ ...session, user: session.user }}
          onLogout={() => logout().catch(reload)}
          onSessionChange={replace}
        />
      );
    }
  }
}
