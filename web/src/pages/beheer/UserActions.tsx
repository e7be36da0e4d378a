/**
 * The actions on one account: change its role, reset its password (one-time password shown once), resend or
 * withdraw its invitation, disable it (after a confirmation).
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../ui/use-submit.ts';
import { changeRole, disableUser, resendInvitation, resetPassword, withdrawInvitation } from './api.ts';
import { whoOf } from './format.ts';
import { ROLES, type Role, type Secret, type UserView } from './types.ts';

interface Props {
  user: UserView;
  csrfToken: string | null;
  onChanged(user: UserView, message: string, focus: boolean): void;
  onSecret(secret: Secret): void;
}

// Buttons stay enabled while a request runs (a disabled button would drop the focus); `busy` guards instead.
export function UserActions({ user, csrfToken, onChanged, onSecret }: Props) {
  const { t } = useTranslation();
  const who = whoOf(user);
  const [confirming, setConfirming] = useState<'no' | 'yes' | 'cancelled'>('no');
  const { busy, error, run } = useSubmit();
  const disableRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Back from the confirmation without disabling: the focus returns to the button that opened it.
    if (confirming === 'cancelled') disableRef.current?.focus();
  }, [confirming]);

  async function submitRole(role: Role) {
    if (busy || role === user.role) return;
    const updated = await run(() => changeRole(user.id, role, csrfToken));
    if (updated) onChanged(updated, t('beheer.users.actions.roleChanged', { who, role: t(`beheer.roles.${updated.role}`) }), false);
  }
  async function reset() {
    if (busy) return;
    const reply = await run(() => resetPassword(user.id, csrfToken));
    if (!reply) return;
    onChanged(reply.user, t('beheer.users.actions.resetDone', { who }), false);
    onSecret({ who, password: reply.generatedPassword });
  }
  async function resend() {
    if (busy) return;
    const reply = await run(() => resendInvitation(user.id, csrfToken));
    if (!reply) return;
    onChanged(reply.user, t(reply.link ? 'beheer.users.invite.linkQueued' : 'beheer.users.invite.linkSent', { who }), false);
    if (reply.link) onSecret({ who, link: reply.link });
  }
  async function withdraw() {
    if (busy) return;
    const updated = await run(() => withdrawInvitation(user.id, csrfToken));
    if (updated) onChanged(updated, t('beheer.users.actions.withdrawn', { who }), true);
  }
  async function disable() {
    if (busy) return;
    const updated = await run(() => disableUser(user.id, csrfToken));
    setConfirming('no');
    if (updated) onChanged(updated, t('beheer.users.actions.disabled', { who }), true);
  }

  return (
    <div className="user-actions">
      {user.permissions.update && <RoleForm user={user} who={who} onSubmit={submitRole} />}
      {user.permissions.resetPassword && (
        <button type="button" className="button small ghost" onClick={reset} aria-label={t('beheer.users.actions.resetFor', { who })}>
          {t('beheer.users.actions.reset')}
        </button>
      )}
      {user.permissions.invite && (
        <button type="button" className="button small ghost" onClick={resend} aria-label={t('beheer.users.actions.resendFor', { who })}>
          {t('beheer.users.actions.resend')}
        </button>
      )}
      {user.permissions.invite && user.invitation?.status !== 'withdrawn' && (
        <button type="button" className="button small ghost" onClick={withdraw} aria-label={t('beheer.users.actions.withdrawFor', { who })}>
          {t('beheer.users.actions.withdraw')}
        </button>
      )}
      {user.permissions.disable && confirming !== 'yes' && (
        <button
          type="button"
          className="button small ghost"
          ref={disableRef}
          onClick={() => setConfirming('yes')}
          aria-label={t('beheer.users.actions.disableFor', { who })}
        >
          {t('beheer.users.actions.disable')}
        </button>
      )}
      {confirming === 'yes' && <ConfirmDisable who={who} onConfirm={disable} onCancel={() => setConfirming('cancelled')} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function RoleForm({ user, who, onSubmit }: { user: UserView; who: string; onSubmit(role: Role): void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const id = `user-${user.id}-role`;
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(role);
  }
  return (
    <form className="role-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('beheer.users.actions.roleLabel', { who })}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`beheer.roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button small ghost" aria-label={t('beheer.users.actions.changeRoleFor', { who })}>
        {t('beheer.users.actions.changeRole')}
      </button>
    </form>
  );
}

/** "Really disable?": takes the focus (on Cancel, the safe choice) when it opens. */
function ConfirmDisable({ who, onConfirm, onCancel }: { who: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <fieldset className="confirm-disable">
      <legend>{t('beheer.users.actions.confirmDisable', { who })}</legend>
      <button type="button" className="button small primary" onClick={onConfirm}>
        {t('beheer.users.actions.confirmYes')}
      </button>{' '}
      <button type="button" className="button small ghost" ref={cancelRef} onClick={onCancel}>
        {t('beheer.users.actions.cancel')}
      </button>
    </fieldset>
  );
}
