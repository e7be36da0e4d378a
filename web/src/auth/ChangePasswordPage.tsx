/**
 * Changing the password: forced (a one-time password; nothing else is reachable until it is
 * changed, so the page stands alone like the login page) or chosen from the header.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

interface Props {
  session: Session;
  /** The session's password is a one-time one (session.user.mustChangePassword). */
  forced: boolean;
  onChanged(session: Session): void;
  onLogout(): void;
}

export function ChangePasswordPage({ session, forced, onChanged, onLogout }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('password.title')} · ${t('app.name')}`;
    heading.current?.focus();
  }, [t]);

  function changed(next: Session) {
    setDone(true);
    onChanged(next);
  }

  const content = (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('password.title')}
      </h1>
      <p className="muted">{forced ? t('password.forcedIntro') : t('password.intro')}</p>
      {done ? <p role="status">{t('password.done')}</p> : <ChangePasswordForm csrfToken={session.csrfToken} onChanged={changed} />}
    </>
  );
  if (!forced) return <div className="page narrow">{content}</div>;
  return (
    <div className="login-page">
      <header className="login-header">
        <LanguageSwitch />
        <button type="button" className="button ghost" onClick={onLogout}>
          {t('header.logout')}
        </button>
      </header>
      <main className="login-main">
        <div className="login-card">{content}</div>
      </main>
    </div>
  );
}
