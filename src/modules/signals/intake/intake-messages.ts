/**
 * What an intake writes besides the report itself, prepared in memory so that the database sees
 * one statement (intake-store.ts): the processing-log records (contact details stored, reporter
 * address used, buurt subscribers' addresses used) and the outbox mails (confirmation to the
 * reporter, notice to the buurt's and nearby points' confirmed subscribers — see follower-messages.ts). The number is not known yet: NUMBER_MARK
 * stands for it.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { prepareProcessingRecord, type PreparedProcessingRecord } from '../../audit/index.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import { NUMBER_MARK, type IntakeWrite } from './intake-store.ts';
import { buurtNoticeMail, pointNoticeMail } from '../residents/follower-messages.ts';
import { renderTemplate, trackingPath, type SignalEnv } from '../residents/notify.ts';
import { derivedToken } from '../records/secret.ts';
import { cachedTemplate } from '../config/templates.ts';

export interface IntakeFacts {
  id: string;
  trackingToken: string;
  /** The reporter's e-mail address when they asked for mail (confirmation and updates), else null. */
  email: string | null;
  hasContact: boolean;
  categoryName: string;
  deadline: string;
  buurtCode: string | null;
  notifyBuurt: boolean;
  /** The number may be told to the public (not for sensitive categories). */
  publicNumber: boolean;
}

/** Audit records and mails of one intake. `ctx.db` must be the database, not a transaction (cached keys). */
export async function intakeMessages(
  ctx: ServiceContext,
  env: SignalEnv,
  f: IntakeFacts,
  subscribers: Array<{ id: string; email: string }>,
  pointSubscribers: Array<{ id: string; email: string; radius: number }> = [],
): Promise<Pick<IntakeWrite, 'audits' | 'mails'>> {
  const audits: PreparedProcessingRecord[] = [];
  const mails: OutgoingMail[] = [];
  const reporter = { type: 'signal-reporter', id: f.id };
  if (f.hasContact) audits.push(await prepareProcessingRecord(ctx, { activity: 'signals.intake', operation: 'create', subject: reporter }));
  const template = f.email ? await cachedTemplate(ctx.db, env.gemeente, 'new') : undefined;
  if (f.email && template) {
    const values = {
      number: NUMBER_MARK,
      category: f.categoryName,
      deadline: f.deadline,
      text: '',
      trackingUrl: env.publicUrl + trackingPath(f.trackingToken),
    };
    mails.push({ to: f.email, subject: renderTemplate(template.subject, values), text: renderTemplate(template.body, values) });
    audits.push(
      await prepareProcessingRecord(ctx, {
        activity: 'signals.notify',
        operation: 'read',
        subject: reporter,
        attributes: { status: 'new' },
      }),
    );
  }
  if (f.notifyBuurt && f.buurtCode && subscribers.length) {
    for (const s of subscribers) {
      mails.push(
        buurtNoticeMail(
          env,
          s.email,
          { categoryName: f.categoryName, number: f.publicNumber ? NUMBER_MARK : null },
          await derivedToken(ctx.db, 'unsubscribe', s.id),
        ),
      );
    }
    audits.push(
      await prepareProcessingRecord(ctx, {
        activity: 'signals.notify',
        operation: 'read',
        attributes: { buurt: f.buurtCode, recipients: subscribers.length },
      }),
    );
  }
  await pointNotices(ctx, env, f, pointSubscribers, { audits, mails });
  return { audits, mails };
}

/** Notices to point subscribers (the caller passes none for a sensitive category); one mail per address. */
async function pointNotices(
  ctx: ServiceContext,
  env: SignalEnv,
  f: IntakeFacts,
  subscribers: Array<{ id: string; email: string; radius: number }>,
  out: Pick<IntakeWrite, 'audits' | 'mails'>,
): Promise<void> {
  if (!f.publicNumber) return;
  const mailed = new Set(out.mails.map((m) => m.to.toLowerCase()));
  const fresh = subscribers.filter((s) => !mailed.has(s.email.toLowerCase()) && mailed.add(s.email.toLowerCase()));
  for (const s of fresh) {
    const n = { categoryName: f.categoryName, number: NUMBER_MARK, radius: s.radius };
    out.mails.push(pointNoticeMail(env, s.email, n, await derivedToken(ctx.db, 'unsubscribe', s.id)));
  }
  if (fresh.length)
    out.audits.push(
      await prepareProcessingRecord(ctx, {
        activity: 'signals.notify',
        operation: 'read',
        attributes: { point: true, recipients: fresh.length },
      }),
    );
}
