/** Status changes of a case (procesregisseur only), each with its reason in the history. */
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput, transitionNotAllowed } from '../../../core/errors.ts';
import { openCase } from '../access/case-access.ts';
import { caseRow, insertStatus, updateCase } from './case-store.ts';
import { type ClosingReason, findTransition } from './status.ts';
import type { CaseStatus } from '../tables.ts';

export interface TransitionInput {
  to: CaseStatus;
  reason?: string;
  closingReason?: ClosingReason;
}

export async function changeStatus(ctx: ServiceContext, caseId: string, input: TransitionInput): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', needs: 'direct', attributes: { part: 'status', to: input.to } });
  const row = (await caseRow(ctx.db, caseId))!;
  const transition = findTransition(row.status, input.to);
  if (!transition) throw transitionNotAllowed(`Van '${row.status}' naar '${input.to}' kan niet.`);
  const reason = input.reason?.trim() || null;
  if (transition.reasonRequired && !reason) throw invalidInput([{ name: 'body.reason', reason: 'geef een reden voor deze stap' }]);
  if (transition.closingReasonRequired && !input.closingReason)
    throw invalidInput([{ name: 'body.closingReason', reason: 'kies een reden van afsluiten' }]);
  const now = new Date();
  const values: Parameters<typeof updateCase>[2] = { status: input.to };
  if (input.to === 'plan-vastgesteld') values.plan_set_at = now;
  if (input.to === 'afgesloten') Object.assign(values, { closed_at: now, closing_reason: input.closingReason });
  if (row.status === 'afgesloten') Object.assign(values, { closed_at: null, closing_reason: null });
  await updateCase(ctx.db, caseId, values);
  await insertStatus(ctx.db, caseId, {
    from: row.status,
    to: input.to,
    reason,
    actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
}
