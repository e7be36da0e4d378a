/** App header: name, municipality, user and role, language switch, logout, and the module navigation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, SessionUser } from '../api/types.ts';
import { PASSWORD_PATH } from '../auth/password-form.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Nav } from './Nav.tsx';
import type { ModuleEntry } from './routes.ts';

interface Props {
  instance: Instance | null;
  user: SessionUser;
  modules: ModuleEntry[];
  current: ModuleEntry;
  onNavigate(path: string): void;
  onLogout(): void;
}

export function Header({ instance, user, modules, current, onNavigate, onLogout }: Props) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const municipality = instance?.municipality.name;
  const role = t(`roles.${user.role}`, { defaultValue: user.roleLabel });

  function navigate(path: string) {
    setMenuOpen(false);
    onNavigate(path);
  }

  return (
    <header className="app-header">
      <div className="header-bar">
        <a
          className="brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span className="brand-name">{t('app.name')}</span>
          {municipality && <span className="brand-municipality">{municipality}</span>}
        </a>
        <button
          type="button"
          className="button ghost menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span aria-hidden="true" className="menu-icon" /> {t('header.menu')}
        </button>
        <div className="header-user">
          <span className="user-name">
            <span className="visually-hidden">{t('header.signedInAs')} </span>
            {user.displayName ?? user.email}
            <span className="user-role"> · {role}</span>
          </span>
          <a
            className="button ghost"
            href={PASSWORD_PATH}
            onClick={(e) => {
              e.preventDefault();
              navigate(PASSWORD_PATH);
            }}
          >
            {t('header.changePassword')}
          </a>
          <LanguageSwitch />
          <button type="button" className="button ghost" onClick={onLogout}>
            {t('header.logout')}
          </button>
        </div>
      </div>
      <Nav modules={modules} current={current} open={menuOpen} onNavigate={navigate} />
    </header>
  );
}
