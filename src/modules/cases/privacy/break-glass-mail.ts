/**
 * The notice of a break-glass opening to the procesregisseur and the privacy officers. It names the
 * case reference, who opened it and when — never the person, and not the reason (that is read in
 * the app, where reading it is logged).
 */
import type { Db } from '../../../db/database.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import { accountSummary, reminderRecipients } from '../../users/index.ts';

const dutchTime = (d: Date) => d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });

/**
 * The active procesregisseur, and every active account that may review break-glass openings (the
 * privacy officers; administrators hold every permission and are told too).
 */
export async function breakGlassRecipients(db: Db, directorId: string | null): Promise<string[]> {
  const director = directorId ? await accountSummary(db, directorId) : undefined;
  const toDirector = director?.status === 'active' ? await reminderRecipients(db, { userId: director.id, permission: 'cases:direct' }) : [];
  const reviewers = await reminderRecipients(db, { userId: null, permission: 'cases:review' });
  return [...new Set([...toDirector.slice(0, 1), ...reviewers])];
}

export function breakGlassMails(
  to: string[],
  notice: { reference: string; userName: string; openedAt: Date; expiresAt: Date; publicUrl: string | undefined },
): OutgoingMail[] {
  const base = notice.publicUrl?.replace(/\/$/, '');
  const text = [
    `${notice.userName} heeft op ${dutchTime(notice.openedAt)} casus ${notice.reference} geopend met een doorbraak (break-glass).`,
    `De toegang is alleen-lezen en loopt tot ${dutchTime(notice.expiresAt)}.`,
    'De reden staat in Stadsveilig onder Casussen → Toezicht, waar de privacyfunctionaris de doorbraak beoordeelt.',
    ...(base ? ['', `${base}/casussen/toezicht`] : []),
  ].join('\n');
  return to.map((address) => ({ to: address, subject: `Doorbraak van toegang: casus ${notice.reference}`, text }));
}
