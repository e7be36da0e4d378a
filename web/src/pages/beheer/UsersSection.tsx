/**
 * Beheer → Gebruikers: every account with role, status, last login and lock-out; invite a user; change
 * a role, reset a password, disable an account; invite by e-mail link, resend or withdraw an invitation. Messages go to one live region; a one-time password
 * appears once in its own panel, which takes the focus.
 */
import { SecretPanel } from './SecretPanel.tsx';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { listUsers } from './api.ts';
import { InviteForm } from './InviteForm.tsx';
import type { Secret, UserView } from './types.ts';
import { UsersTable } from './UsersTable.tsx';

export function UsersSection({ session }: { session: Session & { user: SessionUser } }) {
  const { t } = useTranslation();
  const [state, , set] = useAsync(() => listUsers(), []);
  const [message, setMessage] = useState('');
  const [secret, setSecret] = useState<Secret | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const users = state.status === 'ready' ? state.data : null;

  /** Shows `text` in the live region; with `focus`, moves the focus there (the control acted on is gone). */
  function announce(text: string, focus = false) {
    setMessage(text);
    if (focus) requestAnimationFrame(() => statusRef.current?.focus());
  }
  function store(user: UserView) {
    if (!users) return;
    const known = users.some((u) => u.id === user.id);
    set(known ? users.map((u) => (u.id === user.id ? user : u)) : [...users, user]);
  }

  return (
    <div className="page beheer-users">
      <h1 tabIndex={-1}>{t('beheer.users.title')}</h1>
      <p className="lead">{t('beheer.users.lead')}</p>
      <p className="beheer-status" role="status" tabIndex={-1} ref={statusRef}>
        {message}
      </p>
      <SecretPanel secret={secret} onClose={() => setSecret(null)} />
      <InviteForm
        csrfToken={session.csrfToken}
        onInvited={(user, password, who) => {
          store(user);
          announce(t('beheer.users.invite.done', { who }));
          if (password) setSecret({ who, password });
        }}
        onLinkSent={(reply, who) => {
          store(reply.user);
          announce(t(reply.link ? 'beheer.users.invite.linkQueued' : 'beheer.users.invite.linkSent', { who }));
          if (reply.link) setSecret({ who, link: reply.link });
        }}
      />
      <h2>{t('beheer.users.caption')}</h2>
      {state.status === 'loading' && <p role="status">{t('beheer.users.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {users && (
        <UsersTable
          users={users}
          selfId={session.user.id}
          csrfToken={session.csrfToken}
          onChanged={(user, text, focus) => {
            store(user);
            announce(text, focus);
          }}
          onSecret={(s) => setSecret(s)}
        />
      )}
    </div>
  );
}
