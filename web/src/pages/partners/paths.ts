/** URL paths of the partner pages under Netwerk. Pure. */
export const PARTNERS_PATH = '/netwerk/partners';
export const partnerPath = (id: string) => `${PARTNERS_PATH}/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PartnersRoute = { page: 'list' } | { page: 'detail'; id: string } | { page: 'unknown' };

/** The partner page a path shows. */
export function partnersRouteFor(pathname: string): PartnersRoute {
  const p = pathname.replace(/\/+$/, '');
  if (p === PARTNERS_PATH) return { page: 'list' };
  const id = p.startsWith(`${PARTNERS_PATH}/`) ? p.slice(PARTNERS_PATH.length + 1) : '';
  return UUID.test(id) ? { page: 'detail', id } : { page: 'unknown' };
}
