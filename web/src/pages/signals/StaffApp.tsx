/**
 * The meldingen module inside the signed-in shell: inbox, report detail and settings. Staff see
 * every report; a partner account the reports forwarded to its organisation (the API decides what
 * each sees; the capability helper only decides which pages and controls are offered).
 */
import { useTranslation } from 'react-i18next';
import type { Instance, Session, SessionUser } from '../../api/types.ts';
import { capabilitiesOf } from '../../ui/capabilities.ts';
import { DetailPage } from './DetailPage.tsx';
import { EarlySignalPage } from './EarlySignalPage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { staffRouteFor } from './paths.ts';
import { SettingsPage } from './SettingsPage.tsx';
import '../../ui/ui.css';
import './signals.css';

export interface StaffProps {
  instance: Instance | null;
  session: Session & { user: SessionUser };
  /** The current pathname (the shell's router). */
  path: string;
  onNavigate(path: string): void;
}

export default function StaffApp({ instance, session, path, onNavigate }: StaffProps) {
  const { t } = useTranslation();
  const route = staffRouteFor(path);
  const caps = capabilitiesOf(session.permissions);
  if (!caps.signals) {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('nav.meldingen')}</h1>
        <p>{t('signals.staff.noAccess')}</p>
      </div>
    );
  }
  if (route.page === 'detail')
    return <DetailPage key={route.id} id={route.id} session={session} caps={caps} instance={instance} onNavigate={onNavigate} />;
  if (route.page === 'early-signal' && caps.earlySignals) return <EarlySignalPage session={session} onNavigate={onNavigate} />;
  if (route.page === 'settings' && caps.signalSettings) return <SettingsPage session={session} onNavigate={onNavigate} />;
  return <InboxPage session={session} caps={caps} instance={instance} onNavigate={onNavigate} />;
}
