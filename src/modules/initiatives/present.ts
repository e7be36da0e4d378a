/** Turns stored initiatives into what the API returns: the public view, or the staff view with its review part. */

import type { InitiativeRow } from './initiative-store.ts';
import type { BuurtPlace } from './places.ts';
import type { InitiativeView } from './schema.ts';
import type { SupportAsked } from './tables.ts';

/** Statuses the public may see (with the initiators' consent and staff's publication). */
export const PUBLIC_STATUSES = ['supported', 'active'] as const;

/** Whether a check-in is due on `today` (YYYY-MM-DD): not for an ended initiative. */
export const checkInDue = (r: Pick<InitiativeRow, 'status' | 'next_check_in'>, today: string) =>
  r.status !== 'ended' && r.next_check_in !== null && r.next_check_in <= today;

/** What everyone may see of a published initiative: no spot, no reviewer, no contact but a published e-mail. */
export function presentPublic(r: InitiativeRow, place: BuurtPlace | undefined): InitiativeView {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    description: r.description,
    buurtCode: r.buurt_code,
    buurtName: place?.name ?? null,
    status: r.status,
    point: place?.point ?? null,
    contactEmail: r.public_email,
    demo: r.demo,
    review: null,
  };
}

/**
 * The staff view (network:read): the review part, never the contact details. The spot the
 * initiators gave (it may be their address) only with `showSpot` (initiatives:review).
 */
export function presentStaff(
  r: InitiativeRow,
  place: BuurtPlace | undefined,
  reviewerName: string | undefined,
  today: string,
  showSpot: boolean,
): InitiativeView {
  const spot = showSpot && r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null;
  return {
    ...presentPublic(r, place),
    point: spot ?? place?.point ?? null,
    review: {
      publishConsent: r.publish,
      publishContactEmailConsent: r.publish_contact_email,
      published: r.published,
      peopleEstimate: r.people_estimate,
      supportAsked: r.support_asked as SupportAsked[],
      supportNote: r.support_note,
      reviewer: r.reviewer_id ? { id: r.reviewer_id, name: reviewerName ?? '—' } : null,
      missionIds: r.mission_ids,
      nextCheckIn: r.next_check_in,
      checkInDue: checkInDue(r, today),
      createdAt: r.created_at.toISOString(),
      hasContact: r.has_contact,
    },
  };
}

/** YYYY-MM-DD of a moment (UTC). */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The same day a year later (29 February → 28 February). */
export function yearAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return dayOf(date);
}
