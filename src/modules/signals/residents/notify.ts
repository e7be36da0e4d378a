/**
 * Messages about a status change, queued in the outbox in the caller's transaction, one per
 * recipient. Reporters (with consent) — of the report and of duplicates merged into it — get the
 * municipality's template for the new status, with their own tracking link and the status text.
 * Followers get their own message (follower-messages.ts): no tracking link, only a published text,
 * their own unsubscribe link. An address that is both gets the reporter's message. Every use of an
 * address is logged.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { recordProcessing } from '../../audit/index.ts';
import { enqueueMail, type OutgoingMail } from '../../mail/index.ts';
import type { CategoryRow } from '../config/categories.ts';
import { followerNoteMail, followerStatusMail } from './follower-messages.ts';
import { derivedToken } from '../records/secret.ts';
import type { SignalStatus } from '../tables.ts';
import { mayPublishText } from '../visibility.ts';

export interface SignalEnv {
  gemeente: string;
  /** Base URL of the public web app, for links in e-mails (e.g. https://meldingen.dordrecht.nl). */
  publicUrl: string;
  /** Mail leaves the outbox (SMTP configured); without it, replies promise no mail. Unset: false. */
  mailEnabled?: boolean;
}

export const trackingPath = (token: string) => `/meldingen/volgen/${token}`;

/** Replaces {{name}} placeholders; unknown placeholders become empty. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (_, k: string) => values[k] ?? '').replace(/\n{3,}/g, '\n\n');
}

export interface NotifySignal {
  id: string;
  number: string;
  categoryName: string;
  deadline: string | null;
  category: CategoryRow | undefined;
}

/** The status text; `published`: staff published it, so followers may read it too. */
export interface StatusText {
  text: string | null;
  published: boolean;
}

interface Recipients {
  reporters: Array<{ email: string; signalId: string }>;
  followers: Array<{ email: string; subscriptionId: string }>;
}

async function recipients(ctx: ServiceContext, signalId: string): Promise<Recipients> {
  const ids = [
    signalId,
    ...(await ctx.db.selectFrom('signals').select('id').where('merged_into_id', '=', signalId).execute()).map((r) => r.id),
  ];
  const contacts = await ctx.db
    .selectFrom('signal_contacts')
    .select(['signal_id', 'email'])
    .where('signal_id', 'in', ids)
    .where('consent', '=', true)
    .where('updates', '=', true)
    .where('email', 'is not', null)
    .execute();
  const subs = await ctx.db
    .selectFrom('signal_subscriptions')
    .select(['id', 'email'])
    .where('signal_id', 'in', ids)
    .where('confirmed_at', 'is not', null)
    .execute();
  const seen = new Set<string>();
  const out: Recipients = { reporters: [], followers: [] };
  for (const c of contacts) {
    if (!seen.has(c.email!.toLowerCase())) {
      seen.add(c.email!.toLowerCase());
      out.reporters.push({ email: c.email!, signalId: c.signal_id });
    }
  }
  for (const s of subs) {
    if (!seen.has(s.email.toLowerCase())) {
      seen.add(s.email.toLowerCase());
      out.followers.push({ email: s.email, subscriptionId: s.id });
    }
  }
  return out;
}

/** The text of a status for the report's category: its sub-category's, else its main category's, else the general one (templates.ts). */
async function statusTemplate(ctx: ServiceContext, gemeente: string, status: SignalStatus, category: CategoryRow | undefined) {
  const rows = await ctx.db
    .selectFrom('signal_templates')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .where('status', '=', status)
    .execute();
  const order = [category?.slug, category?.parent_slug, null].filter((c) => c !== undefined);
  for (const c of order) {
    const t = rows.find((r) => r.category_slug === c);
    if (t) return t;
  }
  return undefined;
}

/** Queues the messages of `status` for everyone following the report (never for a demo report). Returns the number queued. */
export async function notifyStatus(
  ctx: ServiceContext,
  env: SignalEnv,
  signal: NotifySignal,
  status: SignalStatus,
  st: StatusText,
): Promise<number> {
  const template = await statusTemplate(ctx, env.gemeente, status, signal.category);
  if (!template) return 0;
  const demo = await ctx.db.selectFrom('signals').select('demo').where('id', '=', signal.id).executeTakeFirst();
  if (demo?.demo) return 0;
  const { reporters, followers } = await recipients(ctx, signal.id);
  const mails: OutgoingMail[] = [];
  for (const r of reporters) {
    const values = {
      number: signal.number,
      category: signal.categoryName,
      deadline: signal.deadline ?? '',
      text: st.text ?? '',
      trackingUrl: env.publicUrl + trackingPath(await derivedToken(ctx.db, 'track', r.signalId)),
    };
    mails.push({ to: r.email, subject: renderTemplate(template.subject, values), text: renderTemplate(template.body, values) });
  }
  const publicText = st.published && mayPublishText(signal.category) ? st.text : null;
  for (const f of followers) {
    const update = { number: signal.number, categoryName: signal.categoryName, status, publicText };
    mails.push(followerStatusMail(env, f.email, update, await derivedToken(ctx.db, 'unsubscribe', f.subscriptionId)));
  }
  await enqueueMail(ctx.db, mails);
  const used = [
    ...reporters.map((r) => ({ type: 'signal-reporter', id: r.signalId })),
    ...followers.map((f) => ({ type: 'subscriber', id: f.subscriptionId })),
  ];
  for (const subject of used) {
    await recordProcessing(ctx, { activity: 'signals.notify', operation: 'read', subject, attributes: { status, number: signal.number } });
  }
  return mails.length;
}

/** A note meant for the reporter (visibility 'reporter'), mailed to the reporters who agreed to updates; to followers only when published. Never for a demo report. */
export async function notifyNote(
  ctx: ServiceContext,
  env: SignalEnv,
  signal: NotifySignal,
  note: { text: string; published: boolean },
): Promise<number> {
  const demo = await ctx.db.selectFrom('signals').select('demo').where('id', '=', signal.id).executeTakeFirst();
  if (demo?.demo) return 0;
  const { reporters, followers } = await recipients(ctx, signal.id);
  const mails: OutgoingMail[] = [];
  for (const r of reporters) {
    const url = env.publicUrl + trackingPath(await derivedToken(ctx.db, 'track', r.signalId));
    mails.push({
      to: r.email,
      subject: `Nieuw bericht over uw melding ${signal.number}`,
      text: `Over uw melding ${signal.number} (${signal.categoryName}) hebben wij een nieuw bericht voor u:\n\n${note.text}\n\nVolg uw melding: ${url}`,
    });
  }
  const publicText = note.published && mayPublishText(signal.category) ? note.text : null;
  const readers = publicText ? followers : [];
  for (const f of readers) {
    const n = { number: signal.number, categoryName: signal.categoryName, publicText: publicText! };
    mails.push(followerNoteMail(env, f.email, n, await derivedToken(ctx.db, 'unsubscribe', f.subscriptionId)));
  }
  if (mails.length) await enqueueMail(ctx.db, mails);
  const used = [
    ...reporters.map((r) => ({ type: 'signal-reporter', id: r.signalId })),
    ...readers.map((f) => ({ type: 'subscriber', id: f.subscriptionId })),
  ];
  for (const subject of used) {
    await recordProcessing(ctx, {
      activity: 'signals.notify',
      operation: 'read',
      subject,
      attributes: { note: true, number: signal.number },
    });
  }
  return mails.length;
}
