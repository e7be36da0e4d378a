/**
 * The module's hourly work (PlatformModule.housekeeping): removes initiators' contact details
 * CONTACT_RETENTION_DAYS after the initiative ended, and mails a reminder when a yearly check-in
 * fell due — to the reviewer, or to every account that may review initiatives when there is none —
 * once per due date (`reminded_for` remembers it).
 */
import { sql } from 'kysely';
import type { ServiceContext } from '../../core/context.ts';
import type { HousekeepingEnv } from '../../core/module-contract.ts';
import { dateText } from '../../db/date-text.ts';
import { recordProcessing } from '../audit/index.ts';
import { enqueueMail, type OutgoingMail } from '../mail/index.ts';
import { reminderRecipients } from '../users/index.ts';
import { dayOf } from './present.ts';

/** Contact details are kept this long after an initiative ended (12 months; docs/OPERATIONS.md). */
export const CONTACT_RETENTION_DAYS = 365;

/** Deletes the contact details of initiatives that ended more than the retention period ago; the number removed. */
export async function purgeEndedContacts(ctx: ServiceContext, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * 86_400_000);
  const res = await ctx.db
    .deleteFrom('initiative_contacts')
    .where('initiative_id', 'in', (eb) =>
      eb.selectFrom('initiatives').select('id').where('status', '=', 'ended').where('ended_at', '<', cutoff),
    )
    .executeTakeFirst();
  const removed = Number(res.numDeletedRows);
  if (removed > 0) {
    await recordProcessing(ctx, {
      activity: 'initiatives.retention',
      operation: 'delete',
      attributes: { contacts: removed, retentionDays: CONTACT_RETENTION_DAYS },
    });
  }
  return removed;
}

/**
 * Sends the reminders of check-ins that fell due and were not reminded of yet; the number of
 * initiatives reminded. A demo initiative shows "check-in due" on the page but mails nobody.
 */
export async function remindDueCheckIns(ctx: ServiceContext, env: HousekeepingEnv): Promise<number> {
  const today = dayOf(env.now);
  const due = await ctx.db
    .selectFrom('initiatives')
    .select(['id', 'title', 'reviewer_id', dateText('next_check_in').as('next_check_in')])
    .where('gemeente_code', '=', env.config.municipality)
    .where('status', '!=', 'ended')
    .where('demo', '=', false)
    .where(sql<boolean>`next_check_in <= ${today}::date`)
    .where(sql<boolean>`(reminded_for IS NULL OR reminded_for <> next_check_in)`)
    .execute();
  for (const row of due) {
    const to = await reminderRecipients(ctx.db, { userId: row.reviewer_id, permission: 'initiatives:review' });
    await ctx.db.transaction().execute(async (trx) => {
      await enqueueMail(
        trx,
        to.map((address) => reminderMail(address, row.title, row.id, row.next_check_in!, env.config.publicUrl)),
      );
      await trx.updateTable('initiatives').set({ reminded_for: row.next_check_in }).where('id', '=', row.id).execute();
    });
  }
  return due.length;
}

function reminderMail(to: string, title: string, id: string, dueOn: string, publicUrl: string | undefined): OutgoingMail {
  const link = publicUrl ? `${publicUrl.replace(/\/$/, '')}/netwerk/initiatieven/${id}` : `/netwerk/initiatieven/${id}`;
  return {
    to,
    subject: `Jaarlijks gesprek met initiatief "${title}"`,
    text: [
      `Het jaarlijkse gesprek met het bewonersinitiatief "${title}" staat gepland op ${dueOn}.`,
      'Bel of mail de initiatiefnemers (de contactgegevens staan bij het initiatief) en zet daarna "Gesprek gehouden".',
      '',
      link,
    ].join('\n'),
  };
}

export async function initiativesHousekeeping(ctx: ServiceContext, env: HousekeepingEnv): Promise<void> {
  await purgeEndedContacts(ctx, env.now);
  await remindDueCheckIns(ctx, env);
}
