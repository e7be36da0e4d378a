/**
 * The opgaven module inside the signed-in shell: portfolio, create, and one mission for staff; for
 * a partner account the missions its organisation takes part in and their read-only pages.
 */
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import '../../ui/ui.css';
import { CreatePage } from './CreatePage.tsx';
import { MissionPage } from './MissionPage.tsx';
import './missions.css';
import { PartnerMissionsPage } from './PartnerMissionsPage.tsx';
import { missionsStaffRouteFor } from './paths.ts';
import { PortfolioPage } from './PortfolioPage.tsx';

export interface MissionsProps {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  /** The current pathname (the shell's router). */
  path: string;
  onNavigate(path: string): void;
}

export default function MissionsApp({ instance, session, path, onNavigate }: MissionsProps) {
  const { t } = useTranslation();
  const route = missionsStaffRouteFor(path);
  const caps = capabilitiesOf(session.permissions);
  if (!caps.missions) {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('nav.opgaven')}</h1>
        <p>{t('missions.noAccess')}</p>
      </div>
    );
  }
  const partner = caps.missions === 'partner';
  if (route.page === 'new' && !partner) return <CreatePage session={session} instance={instance} onNavigate={onNavigate} />;
  if (route.page === 'detail')
    return <MissionPage key={route.id} id={route.id} session={session} instance={instance} onNavigate={onNavigate} partner={partner} />;
  if (partner) return <PartnerMissionsPage onNavigate={onNavigate} />;
  return <PortfolioPage session={session} instance={instance} onNavigate={onNavigate} />;
}
