/**
 * The URL paths of the meldingen pages. Resident pages are public (no login); the tracking and
 * unsubscribe paths are the ones the server puts in e-mails (src/modules/signals/notify.ts). Pure.
 */
export type PublicRoute =
  | { page: 'report' }
  | { page: 'public-map' }
  | { page: 'track'; token: string }
  | { page: 'unsubscribe'; token: string }
  | { page: 'confirm'; token: string };

export type StaffRoute = { page: 'inbox' } | { page: 'detail'; id: string } | { page: 'settings' } | { page: 'early-signal' };

export const REPORT_PATH = '/melden';
export const PUBLIC_MAP_PATH = '/melden/kaart';
export const STAFF_PATH = '/meldingen';
export const SETTINGS_PATH = '/meldingen/instellingen';
/** A partner account's form for an early signal (vroegsignaal). */
export const EARLY_SIGNAL_PATH = '/meldingen/vroegsignaal';
export const trackPath = (token: string) => `/meldingen/volgen/${token}`;
export const detailPath = (number: string) => `${STAFF_PATH}/${number}`;

const TOKEN = '([A-Za-z0-9_-]{20,100})';
const NUMBER = /^M-\d{4}-\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const clean = (pathname: string) => pathname.replace(/\/+$/, '') || '/';

/** The public page for a path, or null when the path needs a login. */
export function publicRouteFor(pathname: string): PublicRoute | null {
  const p = clean(pathname);
  if (p.toLowerCase() === REPORT_PATH) return { page: 'report' };
  if (p.toLowerCase() === PUBLIC_MAP_PATH) return { page: 'public-map' };
  const track = new RegExp(`^/meldingen/volgen/${TOKEN}$`).exec(p);
  if (track?.[1]) return { page: 'track', token: track[1] };
  const unsub = new RegExp(`^/meldingen/afmelden/${TOKEN}$`).exec(p);
  if (unsub?.[1]) return { page: 'unsubscribe', token: unsub[1] };
  const confirm = new RegExp(`^/meldingen/bevestigen/${TOKEN}$`).exec(p);
  if (confirm?.[1]) return { page: 'confirm', token: confirm[1] };
  return null;
}

/** The staff page under /meldingen; unknown sub-paths show the inbox. */
export function staffRouteFor(pathname: string): StaffRoute {
  const p = clean(pathname);
  if (p.toLowerCase() === SETTINGS_PATH) return { page: 'settings' };
  if (p.toLowerCase() === EARLY_SIGNAL_PATH) return { page: 'early-signal' };
  const rest = p.slice(STAFF_PATH.length + 1);
  if (p.toLowerCase().startsWith(`${STAFF_PATH}/`) && (NUMBER.test(rest) || UUID.test(rest))) return { page: 'detail', id: rest };
  return { page: 'inbox' };
}
