/** Texts of the user list: who, status, last login, lock-out. Pure (the translate function is passed in). */
import { localeOf } from '../../i18n/language.ts';
import type { UserView } from './types.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

export function dateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(localeOf(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

/** How an account is named in messages: the name, else the e-mail address. */
export const whoOf = (u: Pick<UserView, 'displayName' | 'email'>) => u.displayName ?? u.email;

export function statusText(u: UserView, t: T): string {
  const status = t(`beheer.users.status.${u.status}`);
  return u.status === 'active' && u.mustChangePassword ? `${status}, ${t('beheer.users.status.mustChange')}` : status;
}

/** The account's invitation by link, while it matters (not once accepted); '' otherwise. */
export function invitationText(u: UserView, t: T, language: string): string {
  const inv = u.invitation;
  if (!inv || inv.status === 'accepted') return '';
  return t(`beheer.users.invitation.${inv.status}`, { time: dateTime(inv.expiresAt, language) });
}

export function lastLoginText(u: UserView, t: T, language: string): string {
  return u.lastLoginAt ? dateTime(u.lastLoginAt, language) : t('beheer.users.never');
}

export function lockoutText(u: UserView, t: T, language: string): string {
  const { lockedUntil, lockedClients, failedLogins } = u.lockout;
  if (lockedUntil) {
    const locked = t('beheer.users.lockout.lockedUntil', { time: dateTime(lockedUntil, language) });
    return `${locked} ${t('beheer.users.lockout.clients', { count: lockedClients })}`;
  }
  return failedLogins > 0 ? t('beheer.users.lockout.failures', { count: failedLogins }) : t('beheer.users.lockout.none');
}
