/** URL paths of Casussen (PGA). Pure, so the routing is unit-tested without a browser. */
export const CASES_PATH = '/casussen';
export const NEW_CASE_PATH = `${CASES_PATH}/nieuw`;
export const MEETINGS_PATH = `${CASES_PATH}/overleggen`;
export const NEW_MEETING_PATH = `${MEETINGS_PATH}/nieuw`;
export const SEARCH_PATH = `${CASES_PATH}/zoeken`;
export const REVIEW_PATH = `${CASES_PATH}/toezicht`;
export const FIGURES_PATH = `${CASES_PATH}/cijfers`;
export const casePath = (id: string) => `${CASES_PATH}/${id}`;
export const meetingPath = (id: string) => `${MEETINGS_PATH}/${id}`;

export type CasesRoute =
  | { page: 'list' }
  | { page: 'new' }
  | { page: 'case'; id: string }
  | { page: 'meetings' }
  | { page: 'new-meeting' }
  | { page: 'meeting'; id: string }
  | { page: 'search' }
  | { page: 'review' }
  | { page: 'figures' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page for a path under /casussen; unknown sub-paths show the list. */
export function casesRouteFor(pathname: string): CasesRoute {
  const p = (pathname.replace(/\/+$/, '') || '/').toLowerCase();
  const fixed: Record<string, CasesRoute> = {
    [NEW_CASE_PATH]: { page: 'new' },
    [MEETINGS_PATH]: { page: 'meetings' },
    [NEW_MEETING_PATH]: { page: 'new-meeting' },
    [SEARCH_PATH]: { page: 'search' },
    [REVIEW_PATH]: { page: 'review' },
    [FIGURES_PATH]: { page: 'figures' },
  };
  if (fixed[p]) return fixed[p];
  if (p.startsWith(`${MEETINGS_PATH}/`)) {
    const id = p.slice(MEETINGS_PATH.length + 1);
    return UUID.test(id) ? { page: 'meeting', id } : { page: 'meetings' };
  }
  const id = p.slice(CASES_PATH.length + 1);
  return UUID.test(id) ? { page: 'case', id } : { page: 'list' };
}
