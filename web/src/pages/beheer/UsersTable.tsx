/** The accounts as a table: name, e-mail address, role, status, last login, lock-out, departments, and the actions the caller may take. */
import { useTranslation } from 'react-i18next';
import { invitationText, lastLoginText, lockoutText, statusText } from './format.ts';
import type { Secret, UserView } from './types.ts';
import { UserActions } from './UserActions.tsx';
import { labelCells } from '../../ui/cell-labels.ts';

interface Props {
  users: UserView[];
  selfId: string;
  csrfToken: string | null;
  /** An account changed: the new view, the message to announce, and whether the focus moves to it. */
  onChanged(user: UserView, message: string, focus: boolean): void;
  onSecret(secret: Secret): void;
}

export function UsersTable({ users, selfId, csrfToken, onChanged, onSecret }: Props) {
  const { t, i18n } = useTranslation();
  const col = (key: string) => t(`beheer.users.columns.${key}`);
  return (
    <div className="table-scroll">
      <table ref={labelCells} className="inbox-table users-table">
        <caption className="visually-hidden">
          {t('beheer.users.caption')} ({t('beheer.users.count', { count: users.length })})
        </caption>
        <thead>
          <tr>
            {['name', 'email', 'role', 'status', 'lastLogin', 'lockout', 'departments', 'actions'].map((c) => (
              <th key={c} scope="col">
                {col(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.email} className={u.status === 'disabled' ? 'user-disabled' : undefined}>
              <th scope="row">
                {u.displayName ?? t('beheer.users.noName')} {u.id === selfId && <span className="cell-sub">{t('beheer.users.you')}</span>}
              </th>
              <td>{u.email}</td>
              <td>{t(`beheer.roles.${u.role}`)}</td>
              <td>
                {statusText(u, t)}
                {invitationText(u, t, i18n.language) && <span className="cell-sub">{invitationText(u, t, i18n.language)}</span>}
              </td>
              <td>{lastLoginText(u, t, i18n.language)}</td>
              <td className={u.lockout.lockedUntil ? 'user-locked' : undefined}>
                {lockoutText(u, t, i18n.language)}
                {u.lockout.lockedUntil && <span className="cell-sub">{t('beheer.users.lockout.hint')}</span>}
              </td>
              <td>{u.departments.join(', ')}</td>
              <td>
                {u.id === selfId ? (
                  <span className="cell-sub">{t('beheer.users.actions.self')}</span>
                ) : (
                  <UserActions user={u} csrfToken={csrfToken} onChanged={onChanged} onSecret={onSecret} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
