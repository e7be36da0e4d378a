/**
 * The network's hourly housekeeping: an agreement that comes within AGREEMENT_WARNING_DAYS of its
 * end date gets one reminder mail to the active staff with `network:edit` (through the mail
 * outbox); `reminder_sent_at` remembers it, so every agreement is reminded of once (again only
 * after its end date changes). An expired agreement needs no work: its status follows the date.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { HousekeepingEnv } from '../../core/module-contract.ts';
import { enqueueMail } from '../mail/index.ts';
import { reminderRecipients } from '../users/index.ts';
import { agreementsDueForReminder, claimReminder } from './agreement-store.ts';
import { AGREEMENT_WARNING_DAYS, addDays, daysBetween, todayOf } from './agreement-status.ts';

/** Queues the due reminders; the number of agreements reminded of. */
export async function remindExpiringAgreements(ctx: ServiceContext, env: HousekeepingEnv): Promise<number> {
  const today = todayOf(env.now);
  const due = await agreementsDueForReminder(ctx.db, env.config.municipality, today, addDays(today, AGREEMENT_WARNING_DAYS));
  if (due.length === 0) return 0;
  const to = await reminderRecipients(ctx.db, { userId: null, permission: 'network:edit' });
  if (to.length === 0) return 0;
  const base = (env.config.publicUrl ?? '').replace(/\/$/, '');
  let reminded = 0;
  for (const a of due) {
    const sent = await ctx.db.transaction().execute(async (tx) => {
      if (!(await claimReminder(tx, a.id, env.now))) return false;
      const days = daysBetween(today, a.ends_on ?? today);
      const text = [
        `De afspraak "${a.title}" met ${a.partner_name} loopt af op ${a.ends_on} (over ${days} dagen).`,
        'Verleng of beëindig de afspraak op tijd en leg dat vast bij de partner.',
        '',
        `${base}/netwerk/partners/${a.partner_id}`,
      ].join('\n');
      await enqueueMail(
        tx,
        to.map((address) => ({ to: address, subject: `Afspraak verloopt binnenkort: ${a.title}`, text })),
      );
      return true;
    });
    if (sent) reminded++;
  }
  return reminded;
}
