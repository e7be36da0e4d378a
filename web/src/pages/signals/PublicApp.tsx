/** The public (no login) meldingen pages: report form, public map, tracking, unsubscribe and subscription confirmation. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../api/types.ts';
import type { PublicRoute } from './paths.ts';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { PublicMapPage } from './PublicMapPage.tsx';
import { ReportPage } from './ReportPage.tsx';
import { TrackingPage } from './TrackingPage.tsx';
import { EmailLinkPage } from './EmailLinkPage.tsx';
import '../../ui/ui.css';
import './signals.css';

interface Props {
  route: PublicRoute;
  path: string;
  instance: Instance | null;
  /** The CSRF token when a staff member's session cookie is present (it must then be echoed). */
  csrfToken: string | null;
  onNavigate(path: string): void;
}

const TITLES: Record<PublicRoute['page'], string> = {
  report: 'signals.report.title',
  'public-map': 'signals.publicMap.title',
  track: 'signals.track.title',
  unsubscribe: 'signals.unsubscribe.title',
  confirm: 'signals.confirmSubscription.title',
};

export default function PublicApp({ route, path, instance, csrfToken, onNavigate }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(TITLES[route.page])} · ${instance?.municipality.name ?? t('app.name')}`;
  }, [route.page, t, instance]);
  return (
    <PublicLayout instance={instance} path={path} onNavigate={onNavigate}>
      {route.page === 'report' && <ReportPage instance={instance} csrfToken={csrfToken} onNavigate={onNavigate} />}
      {route.page === 'public-map' && <PublicMapPage instance={instance} csrfToken={csrfToken} />}
      {route.page === 'track' && <TrackingPage key={route.token} token={route.token} csrfToken={csrfToken} />}
      {(route.page === 'unsubscribe' || route.page === 'confirm') && (
        <EmailLinkPage kind={route.page} token={route.token} csrfToken={csrfToken} />
      )}
    </PublicLayout>
  );
}
