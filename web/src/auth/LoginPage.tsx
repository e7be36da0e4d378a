/** Login with email and password; shows the API's problem detail (wrong credentials, locked). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import type { Instance } from '../api/types.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { loginProblems } from './password-form.ts';

interface Props {
  instance: Instance | null;
  onLogin(email: string, password: string): Promise<void>;
}

interface LoginError {
  detail: string;
  retryAfter: number | null;
}

export function LoginPage({ instance, onLogin }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const municipality = instance?.municipality.name;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The platform's one e-mail rule (the server's), so a local address such as admin@localhost passes.
    const problems = loginProblems(email, password);
    if (problems.length > 0) return setError({ detail: problems.map((p) => t(p)).join(' '), retryAfter: null });
    setBusy(true);
    setError(null);
    try {
      await onLogin(email.trim(), password);
    } catch (e) {
      if (e instanceof ApiError) setError({ detail: e.problem.detail, retryAfter: e.retryAfter });
      else setError({ detail: e instanceof Error ? e.message : String(e), retryAfter: null });
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <a className="skip-link" href="#login-form">
        {t('app.skipLink')}
      </a>
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
          <h1>{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          <form id="login-form" onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
            <label htmlFor="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            {error && (
              <div id="login-error" className="alert" role="alert">
                <strong>{t('login.failed')}</strong>
                <p>{error.detail}</p>
                {error.retryAfter !== null && <p>{t('login.retryAfter', { count: error.retryAfter })}</p>}
              </div>
            )}
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('login.busy') : t('login.submit')}
            </button>
          </form>
        </div>
        <p className="muted small">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
