/**
 * Need-to-know access of partner organisations. A partner-role account (permission
 * `signals:partner`) acts for the partner organisations it is a member of (the network module,
 * managed through its /partners API). It sees and handles only the reports forwarded to one of
 * them (signals.partner_id is one of its active organisations — by id, so spelling and renaming do
 * not matter) — and reads, without handling, the early signals its organisations raised
 * (signals.raised_by_partner_id; early/) — and sees the
 * reporter's contact details only when the report's category allows it
 * (signal_categories.partner_contact). Other reports answer 404, as if absent.
 */
import { authorize, can, type ServiceContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import type { Permission } from '../../core/roles.ts';
import { partnerIdsOfUser } from '../network/index.ts';
import { findCategory } from './config/categories.ts';
import type { SignalRow } from './records/signal-store.ts';

/** Staff see every report; a partner only those forwarded to `partnerIds` (its active organisations). */
export type SignalScope = { kind: 'staff' } | { kind: 'partner'; partnerIds: string[] };

type SignalAction = Extract<Permission, 'signals:read' | 'signals:handle' | 'signals:contact'>;

/** Ids of the active partner organisations of the municipality the acting user is a member of. */
export async function partnerIdsOf(ctx: ServiceContext, gemeente: string): Promise<string[]> {
  return ctx.actor.kind === 'user' ? partnerIdsOfUser(ctx.db, ctx.actor.userId, gemeente) : [];
}

/** Throws 401/403 unless staff may do `action`, or the actor is a partner account. */
export async function signalScope(ctx: ServiceContext, gemeente: string, action: SignalAction): Promise<SignalScope> {
  if (can(ctx.actor, action) || !can(ctx.actor, 'signals:partner')) {
    authorize(ctx, action);
    return { kind: 'staff' };
  }
  return { kind: 'partner', partnerIds: await partnerIdsOf(ctx, gemeente) };
}

/** Forwarded to one of the partner's organisations: the partner reads and handles it. */
export function forwardedToScope(scope: SignalScope, s: Pick<SignalRow, 'partner_id'>): boolean {
  return scope.kind === 'staff' || (s.partner_id !== null && scope.partnerIds.includes(s.partner_id));
}

/** An early signal one of the partner's organisations raised (early/): the partner reads it (status, partner notes), staff handle it. */
export function raisedByScope(scope: SignalScope, s: Pick<SignalRow, 'raised_by_partner_id'>): boolean {
  return scope.kind === 'partner' && s.raised_by_partner_id !== null && scope.partnerIds.includes(s.raised_by_partner_id);
}

export function inScope(scope: SignalScope, s: SignalRow, action: SignalAction = 'signals:read'): boolean {
  return forwardedToScope(scope, s) || (action === 'signals:read' && raisedByScope(scope, s));
}

/** The report when `action` on it is allowed; 404 for a partner outside its reports, 403 for contact details the category keeps from partners. */
export async function authorizeSignal(ctx: ServiceContext, s: SignalRow, action: SignalAction): Promise<SignalScope> {
  const scope = await signalScope(ctx, s.gemeente_code, action);
  if (!inScope(scope, s, action)) throw notFound('Report', s.number);
  if (scope.kind === 'partner' && action === 'signals:contact' && !(await partnerMaySeeContact(ctx, s))) {
    authorize(ctx, 'signals:contact'); // throws 403 with the usual message
  }
  return scope;
}

export async function partnerMaySeeContact(ctx: ServiceContext, s: SignalRow): Promise<boolean> {
  return Boolean((await findCategory(ctx.db, s.gemeente_code, s.category_slug))?.partner_contact);
}
