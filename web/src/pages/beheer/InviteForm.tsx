/** Invite a user: e-mail address, name and role; by a one-time password the server generates, or by an e-mail link. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { inviteByLink, inviteUser } from './api.ts';
import { whoOf } from './format.ts';
import { type CreatedUser, type InviteReply, ROLES, type Role, type UserView } from './types.ts';

interface Props {
  csrfToken: string | null;
  onInvited(user: UserView, password: string | null, who: string): void;
  /** Invited by e-mail link: the reply (with the link itself when no SMTP server is configured). */
  onLinkSent(reply: InviteReply, who: string): void;
}

export function InviteForm({ csrfToken, onInvited, onLinkSent }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [method, setMethod] = useState<'password' | 'link'>('password');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { email: email.trim(), role, ...(name.trim() ? { displayName: name.trim() } : {}) };
    const duplicate = (err: unknown): never => {
      throw err instanceof ApiError && err.status === 409 ? new Error(t('beheer.users.invite.duplicate')) : err;
    };
    type Created = { link: InviteReply } | { password: CreatedUser };
    const created = await run<Created>(() =>
      method === 'link'
        ? inviteByLink(body, csrfToken).then((link) => ({ link }), duplicate)
        : inviteUser(body, csrfToken).then((password) => ({ password }), duplicate),
    );
    if (!created) return;
    setEmail('');
    setName('');
    if ('link' in created) onLinkSent(created.link, whoOf(created.link.user));
    else onInvited(created.password.user, created.password.generatedPassword, whoOf(created.password.user));
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
      <fieldset className="invite-method">
        <legend>{t('beheer.users.invite.method')}</legend>
        {(['password', 'link'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="invite-method" value={m} checked={method === m} onChange={() => setMethod(m)} />{' '}
            {t(`beheer.users.invite.methods.${m}`)}
          </label>
        ))}
      </fieldset>
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
