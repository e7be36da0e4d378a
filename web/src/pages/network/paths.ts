/**
 * URL paths of the Netwerk overview and the network of one area (/netwerk/gebied/{code}), and the
 * links its rows lead to (each part's own pages). Pure.
 */
export type NetworkRoute = { page: 'overview' } | { page: 'area'; code: string };

export const NETWORK_PATH = '/netwerk';
const AREA_BASE = `${NETWORK_PATH}/gebied`;
export const areaNetworkPath = (code: string) => `${AREA_BASE}/${encodeURIComponent(code)}`;

const AREA_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/i;
const clean = (pathname: string) => pathname.replace(/\/+$/, '') || '/';

/** The page of a path under /netwerk that belongs to this folder; anything unknown shows the overview. */
export function networkRouteFor(pathname: string): NetworkRoute {
  const p = clean(pathname);
  if (!p.toLowerCase().startsWith(`${AREA_BASE}/`)) return { page: 'overview' };
  const code = decodeURIComponent(p.slice(AREA_BASE.length + 1));
  return AREA_CODE.test(code) ? { page: 'area', code: code.toUpperCase() } : { page: 'overview' };
}

/** Where a row of a section leads (null: nowhere to go, e.g. a target-group figure). */
export function rowPath(section: string, id: string, loggedIn = true): string | null {
  const e = encodeURIComponent(id);
  switch (section) {
    case 'partners':
      return `${NETWORK_PATH}/partners/${e}`;
    case 'agreements':
      return null;
    case 'missions':
      return loggedIn ? `/opgaven/${e}` : `/opgaven/publiek/${e}`;
    case 'initiatives':
      return `${NETWORK_PATH}/initiatieven/${e}`;
    case 'youthGroups':
      return `${NETWORK_PATH}/jeugdgroepen/${e}`;
    default:
      return null;
  }
}
