/** The staff beleving module inside the signed-in shell: start, safety profile, discrepancies, moderation. */
import { navLink } from '../../ui/nav-link.ts';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import '../../ui/ui.css';
import { AreaPicker } from './AreaPicker.tsx';
import { DiscrepancyPage } from './DiscrepancyPage.tsx';
import { ModerationPage } from './ModerationPage.tsx';
import { BELEVING_PATH, DISCREPANCY_PATH, MODERATION_PATH, perceptionStaffRouteFor, profilePath } from './paths.ts';
import './perception.css';
import { ProfilePage } from './ProfilePage.tsx';

interface Props {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  path: string;
  onNavigate(path: string): void;
}

export default function PerceptionApp({ instance, session, path, onNavigate }: Props) {
  const { t } = useTranslation();
  const route = perceptionStaffRouteFor(path);
  const caps = capabilitiesOf(session.permissions);
  const tabs = [
    { path: BELEVING_PATH, label: t('perception.tabs.profile'), current: route.page === 'home' || route.page === 'profile', show: true },
    {
      path: DISCREPANCY_PATH,
      label: t('perception.tabs.discrepancies'),
      current: route.page === 'discrepancies',
      show: caps.perception,
    },
    {
      path: MODERATION_PATH,
      label: t('perception.tabs.moderation'),
      current: route.page === 'moderation',
      show: caps.moderateStories,
    },
  ].filter((tab) => tab.show);
  const csrf = session.csrfToken;
  return (
    <div className="perception-app">
      <nav className="sub-nav" aria-label={t('perception.tabs.label')}>
        {tabs.map((tab) => (
          <a key={tab.path} {...navLink(tab.path, onNavigate)} aria-current={tab.current ? 'page' : undefined}>
            {tab.label}
          </a>
        ))}
      </nav>
      {route.page === 'home' && (
        <div className="page narrow">
          <h1 tabIndex={-1}>{t('perception.home.title')}</h1>
          <p className="lead">{t('perception.home.lead')}</p>
          <AreaPicker gemeenteCode={instance?.municipality.code ?? null} onOpen={(code) => onNavigate(profilePath(code))} />
        </div>
      )}
      {route.page === 'profile' && <ProfilePage key={route.code} code={route.code} session={session} onNavigate={onNavigate} />}
      {route.page === 'discrepancies' && (caps.perception ? <DiscrepancyPage instance={instance} onNavigate={onNavigate} /> : <NoAccess />)}
      {route.page === 'moderation' && (caps.moderateStories ? <ModerationPage csrfToken={csrf} /> : <NoAccess />)}
    </div>
  );
}

function NoAccess() {
  const { t } = useTranslation();
  return (
    <div className="page narrow">
      <h1 tabIndex={-1}>{t('nav.beleving')}</h1>
      <p>{t('perception.noAccess')}</p>
    </div>
  );
}
