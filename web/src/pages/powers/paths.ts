/** URL paths of Bevoegdheden (administrative powers). Pure, so the routing is unit-tested without a browser. */
export const POWERS_PATH = '/bevoegdheden';
export const NEW_DECISION_PATH = `${POWERS_PATH}/nieuw`;
export const MEASURES_MAP_PATH = `${POWERS_PATH}/kaart`;
export const DEADLINES_PATH = `${POWERS_PATH}/termijnen`;
export const decisionPath = (id: string) => `${POWERS_PATH}/${id}`;

export type PowersRoute = { page: 'list' } | { page: 'new' } | { page: 'map' } | { page: 'deadlines' } | { page: 'decision'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page for a path under /bevoegdheden; unknown sub-paths show the list. */
export function powersRouteFor(pathname: string): PowersRoute {
  const p = (pathname.replace(/\/+$/, '') || '/').toLowerCase();
  const fixed: Record<string, PowersRoute> = {
    [NEW_DECISION_PATH]: { page: 'new' },
    [MEASURES_MAP_PATH]: { page: 'map' },
    [DEADLINES_PATH]: { page: 'deadlines' },
  };
  if (fixed[p]) return fixed[p];
  const id = p.slice(POWERS_PATH.length + 1);
  return UUID.test(id) ? { page: 'decision', id } : { page: 'list' };
}
