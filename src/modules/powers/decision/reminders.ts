/**
 * Deadline reminders (housekeeping, hourly and at start): seven days and one day before each open
 * deadline of a decision, one mail to its owner (else its creator; without an active one, to every
 * account that may edit decisions), once each (decision_reminders). The mail names the decision's
 * number, title, the deadline and its date — never a case or a person. Demo decisions are skipped.
 */
import { type ServiceContext, systemContext } from '../../../core/context.ts';
import type { HousekeepingEnv } from '../../../core/module-contract.ts';
import { enqueueMail } from '../../mail/index.ts';
import { reminderRecipients } from '../../users/index.ts';
import { powerBasesOf } from './bases.ts';
import { todayOf } from './calendar.ts';
import type { ComputedDeadline } from './deadlines.ts';
import { claimReminder, type DecisionRecord, decisionRecords } from './decision-store.ts';
import { baseFor, deadlinesOf } from './present.ts';

/** The reminders before a deadline, in days. */
export const REMINDER_DAYS = [7, 1] as const;

function reminderMail(to: string, d: DecisionRecord, deadline: ComputedDeadline, publicUrl: string | undefined) {
  const when = deadline.daysLeft === 0 ? 'vandaag' : deadline.daysLeft === 1 ? 'morgen' : `over ${deadline.daysLeft} dagen`;
  return {
    to,
    subject: `Termijn besluit ${d.number}: ${deadline.label} (${deadline.due})`,
    text: [
      `Besluit ${d.number} — ${d.title}`,
      '',
      `${deadline.label} (${deadline.basis}) verloopt ${when}, op ${deadline.due}.`,
      'Neem de volgende stap in het register of leg vast waarom die niet nodig is.',
      ...(publicUrl ? ['', `${publicUrl.replace(/\/$/, '')}/bevoegdheden/${d.id}`] : []),
    ].join('\n'),
  };
}

/** Which reminder (7 or 1 days before) is due for an open deadline now; the 7-day one is skipped when only 1 day is left. */
export function reminderDue(deadline: ComputedDeadline): number | null {
  if (deadline.status !== 'open' || deadline.daysLeft === null) return null;
  if (deadline.daysLeft <= 1) return 1;
  return deadline.daysLeft <= 7 ? 7 : null;
}

export async function sendDeadlineReminders(ctx: ServiceContext, env: HousekeepingEnv): Promise<number> {
  const gemeente = env.config.municipality;
  const today = todayOf(env.now);
  const system = ctx.actor.kind === 'system' ? ctx : systemContext(ctx.db, 'powers-reminders');
  const bases = await powerBasesOf(ctx.db, gemeente);
  let sent = 0;
  for (const d of await decisionRecords(ctx.db, gemeente, { cases: 'all', demo: false })) {
    for (const deadline of await deadlinesOf(system, d, baseFor(bases, d.baseCode), today)) {
      const daysBefore = reminderDue(deadline);
      if (daysBefore === null) continue;
      // the claim and the mail in one transaction: two runs at once send one reminder
      const claimed = await ctx.db.transaction().execute(async (trx) => {
        if (!(await claimReminder(trx, { decisionId: d.id, kind: deadline.kind, due: deadline.due, daysBefore }))) return false;
        const to = await reminderRecipients(trx, { userId: d.ownerId ?? d.createdBy, permission: 'powers:edit' });
        await enqueueMail(
          trx,
          to.map((address) => reminderMail(address, d, deadline, env.config.publicUrl)),
        );
        return true;
      });
      if (claimed) sent++;
    }
  }
  return sent;
}
