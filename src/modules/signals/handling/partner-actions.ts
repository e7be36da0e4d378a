/**
 * What a partner does with a forwarded report, logged under the processing activity
 * 'signals.partner' (status changes and notes go through staff-service.ts, which calls
 * `logPartnerAction`), and handing a report back.
 *
 * A partner hands a forwarded report back to the municipality with a reason: the report is no
 * longer forwarded (signals.partner and partner_id cleared, so it leaves the partner's inbox) and the history says
 * who returned it and why (kind 'routed', visible to staff and partners). A partner account may do
 * this for a report forwarded to its organisation; staff who handle reports may record it for the
 * partner (e.g. after a phone call). The write and the history entry are one transaction; a
 * partner's return is logged.
 */
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { conflict } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { authorizeSignal, signalScope } from '../partner-access.ts';
import { addHistory, requireSignal, type SignalRow } from '../records/signal-store.ts';
import { isClosed } from '../records/workflow.ts';

export type PartnerAction = 'transition' | 'note' | 'return';

/** One processing-log record of a partner's action on a report (the history says what; this says who processed it). */
export async function logPartnerAction(ctx: ServiceContext, s: Pick<SignalRow, 'id' | 'number' | 'partner'>, action: PartnerAction) {
  await recordProcessing(ctx, {
    activity: 'signals.partner',
    operation: 'update',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, action, partner: s.partner ?? '' },
  });
}

export async function returnToMunicipality(ctx: ServiceContext, gemeente: string, idOrNumber: string, reason: string) {
  await signalScope(ctx, gemeente, 'signals:handle');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  const scope = await authorizeSignal(ctx, s, 'signals:handle');
  if (!s.partner && !s.partner_id) throw conflict('This report is not forwarded to a partner; there is nothing to hand back.');
  if (s.merged_into_id || isClosed(s.status)) throw conflict('This report is closed or merged; it can no longer be handed back.');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('signals').set({ partner: null, partner_id: null, updated_at: new Date() }).where('id', '=', s.id).execute();
    await addHistory(trx, {
      signalId: s.id,
      actor: actorLabel(ctx.actor),
      kind: 'routed',
      text: `Teruggegeven aan de gemeente: ${reason.trim()}`,
      visibility: 'partner',
      data: { partner: null, returnedBy: s.partner },
    });
    if (scope.kind === 'partner') await logPartnerAction({ ...ctx, db: trx }, s, 'return');
  });
  return { id: s.id, number: s.number, returned: true as const };
}
