/** Invite a user: e-mail address, name and role; the server generates the one-time password. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { inviteUser } from './api.ts';
import { whoOf } from './format.ts';
import { ROLES, type Role, type UserView } from './types.ts';

interface Props {
  csrfToken: string | null;
  onInvited(user: UserView, password: string | null, who: string): void;
}

export function InviteForm({ csrfToken, onInvited }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { email: email.trim(), role, ...(name.trim() ? { displayName: name.trim() } : {}) };
    const created = await run(() =>
      inviteUser(body, csrfToken).catch((err: unknown) => {
        throw err instanceof ApiError && err.status === 409 ? new Error(t('beheer.users.invite.duplicate')) : err;
      }),
    );
    if (!created) return;
    setEmail('');
    setName('');
    onInvited(created.user, created.generatedPassword, whoOf(created.user));
  }

  return (
    <form className="action-form invite-form" onSubmit={submit} aria-labelledby="invite-title">
      <h2 id="invite-title">{t('beheer.users.invite.title')}</h2>
      <p className="hint">{t('beheer.users.invite.lead')}</p>
      <div className="invite-fields">
        <Field id="invite-email" label={t('beheer.users.invite.email')}>
          <input type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field id="invite-name" label={t('beheer.users.invite.name')} hint={t('beheer.users.invite.nameHint')}>
          <input autoComplete="off" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="invite-role" label={t('beheer.users.invite.role')}>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`beheer.roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('beheer.users.invite.busy') : t('beheer.users.invite.submit')}
      </button>
    </form>
  );
}
