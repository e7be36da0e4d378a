/**
 * The page an invitation link opens (`/uitnodiging#<token>`): the invitee chooses a password (twice)
 * and is logged in. The token stays in the fragment, so it never reaches a server log; it is read
 * once and removed from the address bar.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { acceptInvitation } from '../api/endpoints.ts';
import type { Instance, Session } from '../api/types.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { invitationProblems } from './password-form.ts';

interface Props {
  instance: Instance | null;
  onAccepted(session: Session): void;
}

/** The token from the address bar's fragment, read once; the fragment is then cleared. */
function takeToken(): string {
  const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

export function InvitationPage({ instance, onAccepted }: Props) {
  const { t } = useTranslation();
  const [token] = useState(takeToken);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const municipality = instance?.municipality.name;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = invitationProblems(password, repeat);
    if (problems.length > 0) return setError(problems.map((p) => t(p)).join(' '));
    setBusy(true);
    setError(null);
    try {
      onAccepted(await acceptInvitation(token, password));
    } catch (e) {
      setBusy(false);
      if (!(e instanceof ApiError)) return setError(e instanceof Error ? e.message : String(e));
      setError([e.problem.detail, ...(e.problem.errors ?? []).map((x) => x.reason)].join(' '));
    }
  }

  return (
    <div className="login-page">
      <header className="login-header">
        <LanguageSwitch />
      </header>
      <main className="login-main">
        <div className="login-card">
          <p className="brand">
            <img src="/favicon.svg" alt="" width="40" height="40" />
            <span className="brand-name">{t('app.name')}</span>
          </p>
          {municipality && <p className="login-municipality">{t('app.municipality', { name: municipality })}</p>}
          <h1>{t('invitation.title')}</h1>
          {token ? (
            <>
              <p className="muted">{t('invitation.intro')}</p>
              <form onSubmit={submit} noValidate aria-describedby={error ? 'invitation-error' : undefined}>
                {error && (
                  <div id="invitation-error" className="alert" role="alert">
                    <strong>{t('invitation.failed')}</strong>
                    <p>{error}</p>
                  </div>
                )}
                <div className="field">
                  <label htmlFor="invitation-password">{t('invitation.password')}</label>
                  <p id="invitation-password-hint" className="hint">
                    {t('password.rule')}
                  </p>
                  <input
                    id="invitation-password"
                    type="password"
                    autoComplete="new-password"
                    required
                    aria-describedby="invitation-password-hint"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor="invitation-repeat">{t('invitation.repeat')}</label>
                  <input
                    id="invitation-repeat"
                    type="password"
                    autoComplete="new-password"
                    required
                    value={repeat}
                    onChange={(e) => setRepeat(e.target.value)}
                  />
                </div>
                <button type="submit" className="button primary" disabled={busy}>
                  {busy ? t('invitation.busy') : t('invitation.submit')}
                </button>
              </form>
            </>
          ) : (
            <p className="alert" role="alert">
              {t('invitation.noToken')}
            </p>
          )}
        </div>
      </main>
    </div>
  );
}
