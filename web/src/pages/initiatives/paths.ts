/**
 * URL paths of the initiatives pages: the residents' form and public list (no login) and the staff
 * pages under Netwerk → Initiatieven. Pure.
 */
export const INITIATIVES_STAFF_PATH = '/netwerk/initiatieven';
export const REGISTER_INITIATIVE_PATH = '/initiatief-aanmelden';
export const PUBLIC_INITIATIVES_PATH = '/initiatieven';
export const initiativeStaffPath = (id: string) => `${INITIATIVES_STAFF_PATH}/${id}`;

export type InitiativesPublicRoute = { page: 'register' } | { page: 'list' };
export type InitiativesStaffRoute = { page: 'list' } | { page: 'detail'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const clean = (pathname: string) => (pathname.replace(/\/+$/, '') || '/').toLowerCase();

/** The public initiatives page for a path, or null when the path is not one. */
export function initiativesPublicRouteFor(pathname: string): InitiativesPublicRoute | null {
  const p = clean(pathname);
  if (p === REGISTER_INITIATIVE_PATH) return { page: 'register' };
  if (p === PUBLIC_INITIATIVES_PATH) return { page: 'list' };
  return null;
}

/** The staff page under /netwerk/initiatieven; unknown sub-paths show the list. */
export function initiativesStaffRouteFor(pathname: string): InitiativesStaffRoute {
  const p = pathname.replace(/\/+$/, '');
  const rest = p.slice(INITIATIVES_STAFF_PATH.length + 1);
  if (p.toLowerCase().startsWith(`${INITIATIVES_STAFF_PATH}/`) && UUID.test(rest)) return { page: 'detail', id: rest.toLowerCase() };
  return { page: 'list' };
}
