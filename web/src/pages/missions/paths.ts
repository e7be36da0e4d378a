/**
 * URL paths of the opgaven (missions) pages. The public summaries need no login; everything else
 * is under the signed-in shell. The create-from-analysis query string is in create-query.ts. Pure.
 */
export type MissionsStaffRoute = { page: 'portfolio' } | { page: 'new' } | { page: 'detail'; id: string };
export type MissionsPublicRoute = { page: 'public-list' } | { page: 'public-detail'; id: string };

export const MISSIONS_PATH = '/opgaven';
export const NEW_MISSION_PATH = '/opgaven/nieuw';
export const PUBLIC_MISSIONS_PATH = '/opgaven/publiek';
export const missionPath = (id: string) => `${MISSIONS_PATH}/${id}`;
export const publicMissionPath = (id: string) => `${PUBLIC_MISSIONS_PATH}/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const clean = (pathname: string) => pathname.replace(/\/+$/, '') || '/';

/** The public opgaven page for a path, or null when the path is not a public one. */
export function missionsPublicRouteFor(pathname: string): MissionsPublicRoute | null {
  const p = clean(pathname);
  if (p.toLowerCase() === PUBLIC_MISSIONS_PATH) return { page: 'public-list' };
  if (!p.toLowerCase().startsWith(`${PUBLIC_MISSIONS_PATH}/`)) return null;
  const id = p.slice(PUBLIC_MISSIONS_PATH.length + 1);
  return UUID.test(id) ? { page: 'public-detail', id: id.toLowerCase() } : { page: 'public-list' };
}

/** The staff page under /opgaven; unknown sub-paths show the portfolio. */
export function missionsStaffRouteFor(pathname: string): MissionsStaffRoute {
  const p = clean(pathname);
  if (p.toLowerCase() === NEW_MISSION_PATH) return { page: 'new' };
  const rest = p.slice(MISSIONS_PATH.length + 1);
  if (p.toLowerCase().startsWith(`${MISSIONS_PATH}/`) && UUID.test(rest)) return { page: 'detail', id: rest.toLowerCase() };
  return { page: 'portfolio' };
}
