/**
 * Break-glass (cases:break-glass): someone not assigned to a case opens it, read-only and for a
 * limited time, after giving a reason. The opening is stored (case_break_glass, which openCase
 * admits until it expires), the procesregisseur and the privacy officers are mailed, and it is in
 * the processing log with the case's legal basis. The privacy officer reviews every opening.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, notFound } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import { accountSummary } from '../../users/index.ts';
import { breakGlassMails, breakGlassRecipients } from './break-glass-mail.ts';
import { findBreakGlassCase, insertBreakGlass } from './break-glass-store.ts';
import { caseAccessOrNull, caseSubject } from '../access/case-access.ts';

export interface BreakGlassEnv {
  gemeente: string;
  breakGlassHours: number;
  publicUrl: string | undefined;
  now?: Date;
}

export interface BreakGlassOpening {
  id: string;
  caseId: string;
  reference: string;
  openedAt: string;
  expiresAt: string;
}

export async function breakGlass(ctx: ServiceContext, env: BreakGlassEnv, caseId: string, reason: string): Promise<BreakGlassOpening> {
  authorize(ctx, 'cases:break-glass');
  if (ctx.actor.kind !== 'user') throw conflict('Alleen een gebruiker kan een casus met een doorbraak openen.');
  const userId = ctx.actor.userId;
  const now = env.now ?? new Date();
  const c = await findBreakGlassCase(ctx.db, env.gemeente, caseId);
  if (!c) throw notFound('Case', caseId);
  if (c.anonymised_at) throw conflict(`Casus ${c.reference} is geanonimiseerd; er valt niets meer in te zien.`);
  const access = await caseAccessOrNull(ctx, caseId, now);
  if (access?.via === 'director' || access?.via === 'member')
    throw conflict(`U bent al betrokken bij casus ${c.reference}; een doorbraak is niet nodig.`);
  if (access?.via === 'break-glass') throw conflict(`U heeft al toegang tot casus ${c.reference} tot ${access.until?.toISOString()}.`);
  const opening = {
    id: randomUUID(),
    caseId,
    userId,
    reason: reason.trim(),
    openedAt: now,
    expiresAt: new Date(now.getTime() + env.breakGlassHours * 3_600_000),
  };
  const user = await accountSummary(ctx.db, userId);
  await ctx.db.transaction().execute(async (trx) => {
    await insertBreakGlass(trx, opening);
    const to = await breakGlassRecipients(trx, c.director_id);
    await enqueueMail(
      trx,
      breakGlassMails(to, { reference: c.reference, userName: user?.name ?? 'Een gebruiker', ...opening, publicUrl: env.publicUrl }),
    );
    await recordProcessing(
      { ...ctx, db: trx },
      {
        activity: 'cases.break-glass',
        operation: 'create',
        subject: caseSubject(caseId),
        legalBasis: c.legal_basis,
        startTime: now,
        attributes: { case: c.reference, hours: env.breakGlassHours, notified: to.length },
      },
    );
  });
  return { id: opening.id, caseId, reference: c.reference, openedAt: now.toISOString(), expiresAt: opening.expiresAt.toISOString() };
}
