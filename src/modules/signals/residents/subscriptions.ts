/**
 * E-mail subscriptions to one report (by its number; public, non-sensitive categories only), to
 * a buurt, or to a radius around a point tapped on the public map, with double opt-in: a confirmation link first, mail only after confirming. Followers
 * get their own messages (follower-messages.ts), never the reporter's. Every mail carries a one-click unsubscribe
 * link; confirmation and unsubscribe tokens are derived from the subscription id (see secret.ts).
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput, notFound } from '../../../core/errors.ts';
import { isKnownArea } from '../../areas/index.ts';
import { recordProcessing } from '../../audit/index.ts';
import { enqueueMail, type OutgoingMail } from '../../mail/index.ts';
import type { SignalEnv } from './notify.ts';
import { derivedToken } from '../records/secret.ts';
import { findCategory } from '../config/categories.ts';
import { resolvePlace } from '../records/location.ts';
import { findSignal } from '../records/signal-store.ts';
import { hashToken, TOKEN_PATTERN } from '../records/tokens.ts';
import { isNamedInPublic } from '../visibility.ts';

export type SubscriptionTarget =
  | { kind: 'signal'; number: string }
  | { kind: 'buurt'; buurtCode: string }
  | { kind: 'point'; lat: number; lon: number; radiusM: number };

/** The radii (metres) a resident can choose around a tapped point. */
export const POINT_RADII = [250, 500, 1000] as const;

/** Unconfirmed subscriptions expire after this many hours (retention.ts deletes them). */
export const CONFIRM_HOURS = 48;
export const confirmPath = (token: string) => `/meldingen/bevestigen/${token}`;

function confirmationMail(env: SignalEnv, target: SubscriptionTarget, email: string, token: string): OutgoingMail {
  const what =
    target.kind === 'signal'
      ? `melding ${target.number}`
      : target.kind === 'buurt'
        ? `nieuwe meldingen in buurt ${target.buurtCode}`
        : `nieuwe openbare meldingen binnen ${target.radiusM} meter van het punt dat u op de kaart koos`;
  return {
    to: email,
    subject: 'Bevestig uw aanmelding voor e-mail over meldingen',
    text:
      `U (of iemand anders) heeft dit adres opgegeven om e-mail te krijgen over ${what}.\n\n` +
      `Bevestig binnen ${CONFIRM_HOURS} uur via deze link:\n${env.publicUrl}${confirmPath(token)}\n\n` +
      'Heeft u dit niet gevraagd? Dan hoeft u niets te doen: zonder bevestiging krijgt u geen e-mail en wordt het adres verwijderd.',
  };
}

/**
 * Only a report of a public, non-sensitive category can be followed by number; any other number
 * answers exactly as one that does not exist.
 */
async function followableSignalId(ctx: ServiceContext, gemeente: string, number: string): Promise<string> {
  const s = await findSignal(ctx.db, gemeente, number);
  if (!s || !isNamedInPublic(await findCategory(ctx.db, gemeente, s.category_slug))) throw notFound('Report', number);
  return s.id;
}

const NO_POINT = { lat: null, lon: null, radius_m: null };

async function targetColumns(ctx: ServiceContext, gemeente: string, target: SubscriptionTarget) {
  if (target.kind === 'signal') return { signal_id: await followableSignalId(ctx, gemeente, target.number), buurt_code: null, ...NO_POINT };
  if (target.kind === 'point') {
    if (!(POINT_RADII as readonly number[]).includes(target.radiusM))
      throw invalidInput([{ name: 'body.radius', reason: `must be one of ${POINT_RADII.join(', ')}` }]);
    // Refuses a point outside the municipality, as the report form does; ~1 m precision is plenty.
    const p = await resolvePlace(ctx, gemeente, { point: { lat: target.lat, lon: target.lon } }, true);
    const round = (n: number) => Math.round(n * 1e5) / 1e5;
    return { signal_id: null, buurt_code: null, lat: round(p.lat!), lon: round(p.lon!), radius_m: target.radiusM };
  }
  if (!(await isKnownArea(ctx, gemeente, 'buurt', target.buurtCode))) throw notFound('Buurt', target.buurtCode);
  return { signal_id: null, buurt_code: target.buurtCode, ...NO_POINT };
}

/**
 * Double opt-in: stores the subscription unconfirmed and queues a confirmation mail (same
 * transaction). Only a confirmed subscription receives mail; an unconfirmed one expires.
 */
export async function subscribe(
  ctx: ServiceContext,
  env: SignalEnv,
  target: SubscriptionTarget,
  email: string,
): Promise<{ subscribed: true; confirmationRequired: true }> {
  const columns = await targetColumns(ctx, env.gemeente, target);
  const id = randomUUID();
  const address = email.trim().toLowerCase();
  const confirmToken = await derivedToken(ctx.db, 'confirm', id);
  const unsubscribeToken = await derivedToken(ctx.db, 'unsubscribe', id);
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .insertInto('signal_subscriptions')
      .values({
        id,
        gemeente_code: env.gemeente,
        kind: target.kind,
        ...columns,
        email: address,
        unsubscribe_token_hash: hashToken(unsubscribeToken),
        confirm_token_hash: hashToken(confirmToken),
        confirmed_at: null,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return;
    await enqueueMail(trx, [confirmationMail(env, target, address, confirmToken)]);
    await recordProcessing(
      { ...ctx, db: trx },
      {
        activity: 'signals.subscribe',
        operation: 'create',
        subject: { type: 'subscriber', id },
        attributes: { kind: target.kind, confirmed: false },
      },
    );
  });
  // The same reply whether or not the address was already subscribed (no address probing).
  return { subscribed: true, confirmationRequired: true };
}

/** The link in the confirmation mail. Confirming twice is fine; an unknown or expired token is 404. */
export async function confirmSubscription(ctx: ServiceContext, token: string, now = new Date()): Promise<{ confirmed: true }> {
  if (!TOKEN_PATTERN.test(token)) throw notFound('Subscription', '…');
  const row = await ctx.db
    .selectFrom('signal_subscriptions')
    .select(['id', 'confirmed_at', 'created_at'])
    .where('confirm_token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || (!row.confirmed_at && now.getTime() - row.created_at.getTime() > CONFIRM_HOURS * 3_600_000))
    throw notFound('Subscription', '…');
  if (row.confirmed_at) return { confirmed: true };
  await ctx.db.updateTable('signal_subscriptions').set({ confirmed_at: now }).where('id', '=', row.id).execute();
  await recordProcessing(ctx, {
    activity: 'signals.subscribe',
    operation: 'update',
    subject: { type: 'subscriber', id: row.id },
    attributes: { confirmed: true },
  });
  return { confirmed: true };
}

/** One-click unsubscribe (RFC 8058 style POST). Unknown tokens reply the same (idempotent). */
export async function unsubscribe(ctx: ServiceContext, token: string): Promise<{ unsubscribed: true }> {
  if (!TOKEN_PATTERN.test(token)) throw notFound('Subscription', '…');
  const row = await ctx.db
    .deleteFrom('signal_subscriptions')
    .where('unsubscribe_token_hash', '=', hashToken(token))
    .returning(['id'])
    .executeTakeFirst();
  if (row) await recordProcessing(ctx, { activity: 'signals.subscribe', operation: 'delete', subject: { type: 'subscriber', id: row.id } });
  return { unsubscribed: true };
}
