/**
 * The review reminder (housekeeping, hourly and at start): when a group's review date is reached,
 * one mail to its owner (or, without an active owner, to every account that may edit youth
 * groups), once per review date — a new review date gets a reminder of its own.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { HousekeepingEnv } from '../../core/module-contract.ts';
import { enqueueMail } from '../mail/index.ts';
import { reminderRecipients } from '../users/index.ts';
import { todayOf } from './access.ts';
import { dueForReminder, markReminded } from './group-store.ts';

function reminderMail(to: string, group: { name: string; review_date: string }, publicUrl: string | undefined) {
  return {
    to,
    subject: `Herbeoordeling jeugdgroep '${group.name}'`,
    text: [
      `De herbeoordeling van jeugdgroep '${group.name}' staat op ${group.review_date}.`,
      'Neem de shortlist opnieuw af en bekijk de aanpak (maatregelen, partners, opgave).',
      ...(publicUrl ? ['', `${publicUrl.replace(/\/$/, '')}/netwerk/jeugdgroepen`] : []),
    ].join('\n'),
  };
}

export async function sendReviewReminders(ctx: ServiceContext, env: HousekeepingEnv): Promise<number> {
  const due = await dueForReminder(ctx.db, todayOf(env.now));
  let sent = 0;
  for (const group of due) {
    if (group.gemeente_code !== env.config.municipality) continue;
    // the claim and the mails in one transaction: two runs at once send one reminder
    const claimed = await ctx.db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, group.id, group.review_date))) return false;
      const to = await reminderRecipients(trx, { userId: group.owner_id, permission: 'youthgroups:edit' });
      await enqueueMail(
        trx,
        to.map((address) => reminderMail(address, group, env.config.publicUrl)),
      );
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
