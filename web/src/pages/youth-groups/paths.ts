/** URL paths of the youth groups pages under Netwerk (/netwerk/jeugdgroepen). Pure. */
export type YouthGroupsRoute = { page: 'list' } | { page: 'new' } | { page: 'detail'; id: string };

export const YOUTH_GROUPS_PATH = '/netwerk/jeugdgroepen';
export const NEW_YOUTH_GROUP_PATH = `${YOUTH_GROUPS_PATH}/nieuw`;
export const youthGroupPath = (id: string) => `${YOUTH_GROUPS_PATH}/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page for a path under /netwerk/jeugdgroepen; unknown sub-paths show the list. */
export function youthGroupsRouteFor(pathname: string): YouthGroupsRoute {
  const p = pathname.replace(/\/+$/, '');
  if (p.toLowerCase() === NEW_YOUTH_GROUP_PATH) return { page: 'new' };
  const rest = p.slice(YOUTH_GROUPS_PATH.length + 1);
  return UUID.test(rest) ? { page: 'detail', id: rest.toLowerCase() } : { page: 'list' };
}
