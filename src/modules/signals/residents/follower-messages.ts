/**
 * Messages to people who are not the reporter: followers of a report, subscribers of a buurt and
 * of a point on the public map.
 * They never carry the reporter's tracking link or anything meant only for the reporter; the only
 * free text they may carry is a text staff published (visibility.ts), and each has the recipient's
 * own unsubscribe link. Fixed Dutch texts: the editable templates (templates.ts) are the
 * reporter's, with {{trackingUrl}}, and are never rendered for anyone else.
 */
import type { OutgoingMail } from '../../mail/index.ts';
import type { SignalEnv } from './notify.ts';
import type { SignalStatus } from '../tables.ts';
import { STATUS_LABELS } from '../records/workflow.ts';

export const unsubscribePath = (token: string) => `/meldingen/afmelden/${token}`;
/** The public map (web/src/pages/signals/paths.ts PUBLIC_MAP_PATH). */
export const publicMapPath = '/melden/kaart';
const unsubscribeLine = (env: SignalEnv, token: string) => `Afmelden: ${env.publicUrl}${unsubscribePath(token)}`;

export interface FollowerUpdate {
  number: string;
  categoryName: string;
  status: SignalStatus;
  /** A text staff published, or null. */
  publicText: string | null;
}

/** A status update to a follower of a report. */
export function followerStatusMail(env: SignalEnv, to: string, u: FollowerUpdate, unsubscribeToken: string): OutgoingMail {
  const label = STATUS_LABELS[u.status].nl;
  return {
    to,
    subject: `Melding ${u.number}: ${label.toLowerCase()}`,
    text:
      `U volgt melding ${u.number} (${u.categoryName}). De status is nu: ${label}.\n\n` +
      (u.publicText ? `${u.publicText}\n\n` : '') +
      `U krijgt dit bericht omdat u deze melding volgt.\n${unsubscribeLine(env, unsubscribeToken)}`,
  };
}

/** A published note to a follower of a report (never an unpublished text). */
export function followerNoteMail(
  env: SignalEnv,
  to: string,
  n: { number: string; categoryName: string; publicText: string },
  unsubscribeToken: string,
): OutgoingMail {
  return {
    to,
    subject: `Melding ${n.number}: nieuw bericht`,
    text:
      `U volgt melding ${n.number} (${n.categoryName}). Er is een nieuw bericht:\n\n${n.publicText}\n\n` +
      `U krijgt dit bericht omdat u deze melding volgt.\n${unsubscribeLine(env, unsubscribeToken)}`,
  };
}

/** A notice about a new report in a subscribed buurt; `number` is null for sensitive categories. */
export function buurtNoticeMail(
  env: SignalEnv,
  to: string,
  n: { categoryName: string; number: string | null },
  unsubscribeToken: string,
): OutgoingMail {
  return {
    to,
    subject: `Nieuwe melding in uw buurt: ${n.categoryName}`,
    text: `Er is een nieuwe melding gedaan in uw buurt (${n.categoryName}${n.number ? `, ${n.number}` : ''}).\n\n${unsubscribeLine(env, unsubscribeToken)}`,
  };
}

/** A notice about a new public report within the radius of a subscribed point (never a sensitive one). */
export function pointNoticeMail(
  env: SignalEnv,
  to: string,
  n: { categoryName: string; number: string; radius: number },
  unsubscribeToken: string,
): OutgoingMail {
  return {
    to,
    subject: `Nieuwe melding bij u in de buurt: ${n.categoryName}`,
    text:
      `Er is een nieuwe melding gedaan binnen ${n.radius} meter van het punt dat u op de kaart koos (${n.categoryName}, ${n.number}).\n\n` +
      `Bekijk de kaart: ${env.publicUrl}${publicMapPath}\n\n${unsubscribeLine(env, unsubscribeToken)}`,
  };
}
