/**
 * Changing one's own password: the current password (checked under the login throttle), the new
 * one after the password rule; it clears `must_change_password` and ends every other session of
 * the user. Resetting someone else's password is account management (`user-service.ts`).
 */
import type { ServiceContext } from '../../core/context.ts';
import { invalidInput, unauthenticated } from '../../core/errors.ts';
import { recordProcessing } from '../audit/index.ts';
import { lockedError, verifyGuarded, type LoginClient } from './login-guard.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { endSessions, findUserById, setPasswordHash } from './user-store.ts';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  client: LoginClient;
  /** The session the change is made from: it stays, every other session of the user ends. */
  keepTokenHash?: string | undefined;
}

const wrongCurrentPassword = () =>
  invalidInput([{ name: 'body.currentPassword', reason: 'is not correct' }], 'The current password is not correct.');

export async function changeOwnPassword(ctx: ServiceContext, change: PasswordChange): Promise<{ sessionsEnded: number }> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (user?.status !== 'active') throw unauthenticated();
  const problem = passwordProblem(change.newPassword, { email: user.email, current: change.currentPassword });
  if (problem) throw invalidInput([{ name: 'body.newPassword', reason: problem }], `The new password ${problem}.`);
  const now = new Date();
  const outcome = await verifyGuarded(ctx, user.email, user, change.currentPassword, change.client, now);
  if (!outcome.ok) {
    await recordProcessing(ctx, {
      activity: 'accounts.manage',
      operation: 'update',
      status: 'DENIED',
      subject: { type: 'user', id: user.id },
      attributes: { password: 'change-refused', reason: outcome.lockedUntil ? 'locked' : 'wrong-password' },
    });
    throw outcome.lockedUntil ? lockedError(outcome.lockedUntil, now) : wrongCurrentPassword();
  }
  await setPasswordHash(ctx.db, user.id, await hashPassword(change.newPassword), false);
  const sessionsEnded = await endSessions(ctx.db, user.id, change.keepTokenHash);
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: user.id },
    attributes: { password: 'changed', sessionsEnded },
  });
  return { sessionsEnded };
}
