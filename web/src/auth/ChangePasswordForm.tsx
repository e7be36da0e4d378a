/**
 * The "Wachtwoord wijzigen" form: current password, new password twice. Problems are shown next
 * to their field (aria-invalid + aria-describedby) and summed up in an alert; the server's reasons
 * (strength rule, wrong current password, lock-out) are shown as it words them.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { changePassword } from '../api/endpoints.ts';
import type { Session } from '../api/types.ts';
import { fieldOfApiError, passwordFormProblems, type PasswordField, type PasswordFields } from './password-form.ts';

interface Props {
  csrfToken: string | null;
  onChanged(session: Session): void;
}

const FIELDS: Array<{ field: PasswordField; autoComplete: string }> = [
  { field: 'current', autoComplete: 'current-password' },
  { field: 'next', autoComplete: 'new-password' },
  { field: 'repeat', autoComplete: 'new-password' },
];

export function ChangePasswordForm({ csrfToken, onChanged }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PasswordFields>({ current: '', next: '', repeat: '' });
  const [problems, setProblems] = useState<Partial<Record<PasswordField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const local = Object.fromEntries(Object.entries(passwordFormProblems(values)).map(([k, key]) => [k, t(key)]));
    setProblems(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      onChanged(await changePassword(values.current, values.next, csrfToken));
    } catch (e) {
      setBusy(false);
      if (!(e instanceof ApiError)) return setFailure(e instanceof Error ? e.message : String(e));
      const byField: Partial<Record<PasswordField, string>> = {};
      for (const err of e.problem.errors ?? []) {
        const field = fieldOfApiError(err.name);
        if (field) byField[field] = err.reason;
      }
      setProblems(byField);
      setFailure(e.problem.detail);
    }
  }

  const anyProblem = failure !== null || Object.keys(problems).length > 0;
  return (
    <form className="password-form" onSubmit={submit} noValidate aria-describedby={anyProblem ? 'password-problems' : undefined}>
      {anyProblem && (
        <div id="password-problems" className="alert" role="alert">
          <strong>{t('password.failed')}</strong>
          {failure && <p>{failure}</p>}
        </div>
      )}
      {FIELDS.map(({ field, autoComplete }) => {
        const id = `password-${field}`;
        const problem = problems[field];
        const hint = field === 'next' ? t('password.rule') : null;
        const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div key={field} className="field">
            <label htmlFor={id}>{t(`password.${field}`)}</label>
            {hint && (
              <p id={`${id}-hint`} className="hint">
                {hint}
              </p>
            )}
            {problem && (
              <p id={`${id}-error`} className="field-error">
                {problem}
              </p>
            )}
            <input
              id={id}
              name={field}
              type="password"
              autoComplete={autoComplete}
              required
              value={values[field]}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          </div>
        );
      })}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('password.busy') : t('password.submit')}
      </button>
    </form>
  );
}
