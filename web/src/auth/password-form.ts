/**
 * Pure checks of the login and password forms, so they are unit-tested without a browser. The
 * e-mail address follows the platform's one rule (src/core/email-address.ts, shared with the
 * server); the password rule itself is the server's (it answers with the reason), the form only
 * catches what needs no round trip. Each problem is an i18n key.
 */
import { isEmailAddress } from '../../../src/core/email-address.ts';

export const PASSWORD_PATH = '/wachtwoord';
/** The page an invitation link opens (the token follows after #). */
export const INVITATION_PATH = '/uitnodiging';
export const MIN_PASSWORD_LENGTH = 12;

export type LoginProblem = 'login.invalidEmail' | 'login.passwordRequired';

export function loginProblems(email: string, password: string): LoginProblem[] {
  const problems: LoginProblem[] = [];
  if (!isEmailAddress(email.trim())) problems.push('login.invalidEmail');
  if (password.length === 0) problems.push('login.passwordRequired');
  return problems;
}

export interface PasswordFields {
  current: string;
  next: string;
  repeat: string;
}

export type PasswordField = keyof PasswordFields;
export type PasswordProblems = Partial<Record<PasswordField, string>>;

export function passwordFormProblems(f: PasswordFields): PasswordProblems {
  const problems: PasswordProblems = {};
  if (f.current.length === 0) problems.current = 'password.currentRequired';
  if (f.next.length < MIN_PASSWORD_LENGTH) problems.next = 'password.tooShort';
  else if (f.next === f.current) problems.next = 'password.sameAsCurrent';
  if (f.repeat !== f.next) problems.repeat = 'password.mismatch';
  return problems;
}

/** The API names fields body.currentPassword / body.newPassword: map them onto the form. */
export function fieldOfApiError(name: string): PasswordField | null {
  if (name === 'body.currentPassword') return 'current';
  if (name === 'body.newPassword') return 'next';
  return null;
}

export type InvitationProblem = 'password.tooShort' | 'password.mismatch';

/** What the invitation form catches before asking the server (which applies the full rule). */
export function invitationProblems(password: string, repeat: string): InvitationProblem[] {
  const problems: InvitationProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('password.tooShort');
  if (repeat !== password) problems.push('password.mismatch');
  return problems;
}
