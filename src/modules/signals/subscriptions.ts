/**
 * E-mail subscriptions to one report (by its number) or to a buurt. Every mail carries a one-click
 * unsubscribe link whose token is derived from the subscription id (see secret.ts).
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { recordProcessing } from '../audit/audit-service.ts';
import { derivedToken } from './secret.ts';
import { requireSignal } from './signal-store.ts';
import { hashToken, TOKEN_PATTERN } from './tokens.ts';

export type SubscriptionTarget = { kind: 'signal'; number: string } | { kind: 'buurt'; buurtCode: string };

export async function subscribe(ctx: ServiceContext, gemeente: string, target: SubscriptionTarget, email: string): Promise<{ subscribed: true }> {
  let signalId: string | null = null;
  let buurtCode: string | null = null;
  if (target.kind === 'signal') {
    signalId = (await requireSignal(ctx.db, gemeente, target.number)).id;
  } else {
    const buurt = await ctx.db.selectFrom('areas').select('code').where('gemeente_code', '=', gemeente).where('level', '=', 'buurt')
      .where('code', '=', target.buurtCode).limit(1).executeTakeFirst();
    if (!buurt) throw notFound('Buurt', target.buurtCode);
    buurtCode = buurt.code;
  }
  const id = randomUUID();
  const token = await derivedToken(ctx.db, 'unsubscribe', id);
  const result = await ctx.db.insertInto('signal_subscriptions')
    .values({ id, gemeente_code: gemeente, kind: target.kind, signal_id: signalId, buurt_code: buurtCode, email: email.trim().toLowerCase(), unsubscribe_token_hash: hashToken(token) })
    .onConflict((oc) => oc.doNothing()).executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) {
    await recordProcessing(ctx, { activity: 'signals.subscribe', operation: 'create', subject: { type: 'subscriber', id }, attributes: { kind: target.kind } });
  }
  // The same reply whether or not the address was already subscribed (no address probing).
  return { subscribed: true };
}

/** One-click unsubscribe (RFC 8058 style POST). Unknown tokens reply the same (idempotent). */
export async function unsubscribe(ctx: ServiceContext, token: string): Promise<{ unsubscribed: true }> {
  if (!TOKEN_PATTERN.test(token)) throw notFound('Subscription', '…');
  const row = await ctx.db.deleteFrom('signal_subscriptions').where('unsubscribe_token_hash', '=', hashToken(token)).returning(['id']).executeTakeFirst();
  if (row) await recordProcessing(ctx, { activity: 'signals.subscribe', operation: 'delete', subject: { type: 'subscriber', id: row.id } });
  return { unsubscribed: true };
}
