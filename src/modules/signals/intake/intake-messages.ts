/**
 * What an intake writes besides the report itself, prepared in memory so that the database sees
 * one statement (intake-store.ts): the processing-log records (contact details stored, reporter
 * address used, buurt subscribers' addresses used) and the outbox mails (confirmation to the
 * reporter, notice to the buurt's confirmed subscribers — see follower-messages.ts). The number is not known yet: NUMBER_MARK
 * stands for it.
 */
import { randomBytes } from 'node:crypto';
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { API_VERSION } from '../../../core/api-version.ts';
import { PROCESSING_ACTIVITIES, type ProcessingActivityId } from '../../audit/index.ts';
import { RESOURCE_NAME } from '../../audit/index.ts';
import { pseudonymFor } from '../../audit/index.ts';
import { NUMBER_MARK, type AuditRow, type IntakeWrite } from './intake-store.ts';
import { buurtNoticeMail } from '../residents/follower-messages.ts';
import { renderTemplate, trackingPath, type SignalEnv } from '../residents/notify.ts';
import { derivedToken } from '../records/secret.ts';
import { cachedTemplate } from '../config/templates.ts';

export async function auditRow(ctx: ServiceContext, activity: ProcessingActivityId, operation: string,
  subject: { type: string; id: string } | null, attributes: Record<string, unknown>): Promise<AuditRow> {
  return {
    trace_id: ctx.traceId, span_id: randomBytes(8).toString('hex'), name: PROCESSING_ACTIVITIES[activity], processing_activity_id: activity, operation,
    actor: actorLabel(ctx.actor), data_subject_type: subject?.type ?? null, data_subject_pseudonym: subject ? await pseudonymFor(ctx.db, subject.type, subject.id) : null,
    resource_name: RESOURCE_NAME, resource_version: API_VERSION, attributes,
  };
}

export interface IntakeFacts {
  id: string;
  trackingToken: string;
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
export async function intakeMessages(ctx: ServiceContext, env: SignalEnv, f: IntakeFacts, subscribers: Array<{ id: string; email: string }>)
  : Promise<Pick<IntakeWrite, 'audits' | 'mails'>> {
  const audits: AuditRow[] = [];
  const mails: IntakeWrite['mails'] = [];
  const reporter = { type: 'signal-reporter', id: f.id };
  if (f.hasContact) audits.push(await auditRow(ctx, 'signals.intake', 'create', reporter, {}));
  const template = f.email ? await cachedTemplate(ctx.db, env.gemeente, 'new') : undefined;
  if (f.email && template) {
    const values = { number: NUMBER_MARK, category: f.categoryName, deadline: f.deadline, text: '', trackingUrl: env.publicUrl + trackingPath(f.trackingToken) };
    mails.push({ to_address: f.email, subject: renderTemplate(template.subject, values), body_text: renderTemplate(template.body, values) });
    audits.push(await auditRow(ctx, 'signals.notify', 'read', reporter, { status: 'new' }));
  }
  if (f.notifyBuurt && f.buurtCode && subscribers.length) {
    for (const s of subscribers) {
      const m = buurtNoticeMail(env, s.email, { categoryName: f.categoryName, number: f.publicNumber ? NUMBER_MARK : null }, await derivedToken(ctx.db, 'unsubscribe', s.id));
      mails.push({ to_address: m.to, subject: m.subject, body_text: m.text });
    }
    audits.push(await auditRow(ctx, 'signals.notify', 'read', null, { buurt: f.buurtCode, recipients: subscribers.length }));
  }
  return { audits, mails };
}
