/** The staff opgaven module inside the signed-in shell: portfolio, create, and one mission. */
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import '../../ui/ui.css';
import { CreatePage } from './CreatePage.tsx';
import { MissionPage } from './MissionPage.tsx';
import './missions.css';
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
  if (!session.permissions.includes('missions:read')) {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('nav.opgaven')}</h1>
        <p>{t('missions.noAccess')}</p>
      </div>
    );
  }
  if (route.page === 'new') return <CreatePage session={session} instance={instance} onNavigate={onNavigate} />;
  if (route.page === 'detail')
    return <MissionPage key={route.id} id={route.id} session={session} instance={instance} onNavigate={onNavigate} />;
  return <PortfolioPage session={session} instance={instance} onNavigate={onNavigate} />;
}
