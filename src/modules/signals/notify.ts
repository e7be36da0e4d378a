/**
 * Messages to reporters and subscribers. A status change renders the municipality's template for
 * the new status (editable by admins) and queues one e-mail per recipient in the outbox, in the
 * same transaction. Recipients: the reporter (with consent), reporters of duplicates merged into
 * the report, and e-mail subscribers of the report. Every use of an address is logged.
 */
import type { ServiceContext } from '../../core/context.ts';
import { recordProcessing } from '../audit/audit-service.ts';
import { enqueueMail, type OutgoingMail } from '../mail/outbox.ts';
import { derivedToken } from './secret.ts';
import type { SignalStatus } from './tables.ts';

export interface SignalEnv {
  gemeente: string;
  /** Base URL of the public web app, for links in e-mails (e.g. https://meldingen.dordrecht.nl). */
  publicUrl: string;
}

export const trackingPath = (token: string) => `/meldingen/volgen/${token}`;
export const unsubscribePath = (token: string) => `/meldingen/afmelden/${token}`;

/** Replaces {{name}} placeholders; unknown placeholders become empty. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (_, k: string) => values[k] ?? '').replace(/\n{3,}/g, '\n\n');
}

interface NotifySignal {
  id: string;
  number: string;
  categoryName: string;
  deadline: string | null;
}

async function recipients(ctx: ServiceContext, signalId: string): Promise<Array<{ email: string; signalId: string; subscriptionId?: string }>> {
  const ids = [signalId, ...(await ctx.db.selectFrom('signals').select('id').where('merged_into_id', '=', signalId).execute()).map((r) => r.id)];
  const contacts = await ctx.db.selectFrom('signal_contacts').select(['signal_id', 'email']).where('signal_id', 'in', ids)
    .where('consent', '=', true).where('email', 'is not', null).execute();
  const subs = await ctx.db.selectFrom('signal_subscriptions').select(['id', 'signal_id', 'email']).where('signal_id', 'in', ids)
    .where('confirmed_at', 'is not', null).execute();
  const seen = new Set<string>();
  const out: Array<{ email: string; signalId: string; subscriptionId?: string }> = [];
  for (const c of contacts) if (!seen.has(c.email!.toLowerCase())) (seen.add(c.email!.toLowerCase()), out.push({ email: c.email!, signalId: c.signal_id }));
  for (const s of subs) if (!seen.has(s.email.toLowerCase())) (seen.add(s.email.toLowerCase()), out.push({ email: s.email, signalId: s.signal_id!, subscriptionId: s.id }));
  return out;
}

/** Queues the template of `status` for everyone following the report. Returns the number queued. */
export async function notifyStatus(ctx: ServiceContext, env: SignalEnv, signal: NotifySignal, status: SignalStatus, text: string | null): Promise<number> {
  const template = await ctx.db.selectFrom('signal_templates').selectAll().where('gemeente_code', '=', env.gemeente).where('status', '=', status).executeTakeFirst();
  if (!template) return 0;
  const list = await recipients(ctx, signal.id);
  const mails: OutgoingMail[] = [];
  for (const r of list) {
    const values = {
      number: signal.number,
      category: signal.categoryName,
      deadline: signal.deadline ?? '',
      text: text ?? '',
      trackingUrl: env.publicUrl + trackingPath(await derivedToken(ctx.db, 'track', r.signalId)),
    };
    let body = renderTemplate(template.body, values);
    if (r.subscriptionId) body += `\n\nAfmelden: ${env.publicUrl}${unsubscribePath(await derivedToken(ctx.db, 'unsubscribe', r.subscriptionId))}`;
    mails.push({ to: r.email, subject: renderTemplate(template.subject, values), text: body });
  }
  await enqueueMail(ctx.db, mails);
  for (const r of list) {
    await recordProcessing(ctx, { activity: 'signals.notify', operation: 'read', subject: { type: 'signal-reporter', id: r.subscriptionId ?? r.signalId }, attributes: { status, number: signal.number } });
  }
  return mails.length;
}
