/**
 * The Beheer (administration) module inside the signed-in shell: a sub-navigation of the sections the
 * session may use, and the current section. Sections are listed in paths.ts; only built ones appear.
 */
import { useTranslation } from 'react-i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import { navLink } from '../../ui/nav-link.ts';
import '../../ui/ui.css';
import './beheer.css';
import './i18n.ts';
import { sectionFor, visibleSections } from './paths.ts';
import { UsersSection } from './UsersSection.tsx';
import { LogSection } from './LogSection.tsx';
import { KeysSection } from './KeysSection.tsx';
import { MailSection } from './MailSection.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { CategoriesSection } from './CategoriesSection.tsx';
import { RoutingSection } from './RoutingSection.tsx';
import { ImportsSection } from './ImportsSection.tsx';
import { DepartmentsSection } from './DepartmentsSection.tsx';
import { PartnersSection } from './PartnersSection.tsx';
import { DemoSection } from './DemoSection.tsx';

interface Props {
  session: Session & { user: SessionUser };
  path: string;
  onNavigate(path: string): void;
}

export default function BeheerApp({ session, path, onNavigate }: Props) {
  const { t } = useTranslation();
  const sections = visibleSections(session.permissions);
  const current = sectionFor(path, session.permissions);
  return (
    <div className="beheer-app">
      <nav className="sub-nav" aria-label={t('beheer.sectionsLabel')}>
        {sections.map((s) => (
          <a key={s.id} {...navLink(s.path, onNavigate)} aria-current={s.id === current?.id ? 'page' : undefined}>
            {t(`beheer.sections.${s.id}`)}
          </a>
        ))}
      </nav>
      {current?.id === 'users' ? (
        <UsersSection session={session} />
      ) : current?.id === 'log' ? (
        <LogSection mayReadUsers={session.permissions.includes('users:read')} />
      ) : current?.id === 'keys' ? (
        <KeysSection session={session} />
      ) : current?.id === 'mail' ? (
        <MailSection session={session} />
      ) : current?.id === 'settings' ? (
        <SettingsSection session={session} onNavigate={onNavigate} />
      ) : current?.id === 'categories' ? (
        <CategoriesSection session={session} />
      ) : current?.id === 'routing' ? (
        <RoutingSection session={session} />
      ) : current?.id === 'imports' ? (
        <ImportsSection session={session} path={path} onNavigate={onNavigate} />
      ) : current?.id === 'departments' ? (
        <DepartmentsSection session={session} />
      ) : current?.id === 'partners' ? (
        <PartnersSection session={session} />
      ) : current?.id === 'demo' ? (
        <DemoSection session={session} />
      ) : (
        <div className="page narrow">
          <h1 tabIndex={-1}>{t('beheer.title')}</h1>
          <p>{t('beheer.noAccess')}</p>
        </div>
      )}
    </div>
  );
}
