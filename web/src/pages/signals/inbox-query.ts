/**
 * The inbox filter as plain data and its two string forms: the web page's query string (so a
 * filtered inbox can be bookmarked and shared) and the API's query (with limit/offset). Saved
 * filters come back from the API parsed (arrays, booleans, numbers) and are read here too. Pure.
 */
import { isSignalStatus } from './status.ts';
import type { SignalStatus } from './types.ts';

export const PAGE_SIZE = 25;
export const SORTS = ['newest', 'oldest', 'deadline'] as const;
export type Sort = (typeof SORTS)[number];
export type OpenFilter = '' | 'true' | 'false';
export type View = 'list' | 'map';
export const SOURCES = ['partner', 'web', 'open311', 'staff', 'import'] as const;
export type Source = '' | (typeof SOURCES)[number];

export interface InboxFilter {
  q: string;
  status: SignalStatus[];
  open: OpenFilter;
  category: string;
  area: string;
  assignee: string;
  overdue: boolean;
  olderThanDays: number | null;
  /** '' = every source; 'partner' = partners' early signals (vroegsignalen). */
  source: Source;
  sort: Sort;
  page: number;
  view: View;
}

export const defaultFilter = (): InboxFilter => ({
  q: '',
  status: [],
  open: 'true',
  category: '',
  area: '',
  assignee: '',
  overdue: false,
  olderThanDays: null,
  source: '',
  sort: 'newest',
  page: 1,
  view: 'list',
});

const AREA = /^(BU\d{8}|WK\d{6})$/;
const ASSIGNEE = /^(me|none|[0-9a-f-]{36})$/;
const SLUG = /^[a-z0-9-]{1,60}$/;

/** Reads a filter from a query string (or saved-filter record); invalid values fall back to defaults. */
export function filterFromQuery(search: string | URLSearchParams): InboxFilter {
  const p = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  const f = defaultFilter();
  const get = (k: string) => p.get(k)?.trim() ?? '';
  f.q = get('q').slice(0, 200);
  f.status = get('status').split(',').filter(isSignalStatus);
  const open = get('open');
  // The page's default is "open only"; "open=all" in the URL means no open/closed filter.
  f.open = open === 'true' || open === 'false' ? open : open === 'all' ? '' : f.open;
  if (SLUG.test(get('category'))) f.category = get('category');
  if (AREA.test(get('area'))) f.area = get('area');
  if (ASSIGNEE.test(get('assignee'))) f.assignee = get('assignee');
  // "Mijn team": reports routed to a department or team the user belongs to (API: team=mine).
  if (get('team') === 'mine') f.assignee = 'team';
  f.overdue = get('overdue') === 'true';
  const older = Number(get('olderThanDays'));
  f.olderThanDays = get('olderThanDays') && Number.isInteger(older) && older >= 0 && older <= 3650 ? older : null;
  if ((SOURCES as readonly string[]).includes(get('source'))) f.source = get('source') as Source;
  if ((SORTS as readonly string[]).includes(get('sort'))) f.sort = get('sort') as Sort;
  const page = Number(get('page'));
  f.page = Number.isInteger(page) && page >= 1 ? page : 1;
  f.view = get('view') === 'map' ? 'map' : 'list';
  return f;
}

/** The filter conditions as API parameters (no paging, no view). */
function conditions(f: InboxFilter): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (f.q.trim()) out.push(['q', f.q.trim()]);
  if (f.status.length) out.push(['status', f.status.join(',')]);
  if (f.open) out.push(['open', f.open]);
  if (f.category) out.push(['category', f.category]);
  if (f.area) out.push(['area', f.area]);
  if (f.assignee === 'team') out.push(['team', 'mine']);
  else if (f.assignee) out.push(['assignee', f.assignee]);
  if (f.overdue) out.push(['overdue', 'true']);
  if (f.olderThanDays !== null) out.push(['olderThanDays', String(f.olderThanDays)]);
  if (f.source) out.push(['source', f.source]);
  if (f.sort !== 'newest') out.push(['sort', f.sort]);
  return out;
}

/** The page's query string: only what differs from the defaults, so URLs stay short. */
export function filterToQuery(f: InboxFilter): string {
  const p = new URLSearchParams(conditions(f).filter(([k]) => k !== 'open'));
  if (f.open !== 'true') p.set('open', f.open || 'all');
  if (f.page > 1) p.set('page', String(f.page));
  if (f.view === 'map') p.set('view', 'map');
  return p.toString();
}

/** The API query: conditions plus limit/offset of the page (the map view asks for up to 500). */
export function filterToApiQuery(f: InboxFilter, pageSize = PAGE_SIZE): string {
  const p = new URLSearchParams(conditions(f));
  if (f.view === 'map') {
    p.set('limit', '500');
  } else {
    p.set('limit', String(pageSize));
    if (f.page > 1) p.set('offset', String((f.page - 1) * pageSize));
  }
  return p.toString();
}

/** The API query for the CSV export: the same conditions, everything (the API caps it). */
export const filterToExportQuery = (f: InboxFilter) => new URLSearchParams(conditions(f)).toString();

/** A saved filter's body: the conditions as the API's query object. */
export function filterToSaved(f: InboxFilter): Record<string, string> {
  return Object.fromEntries(conditions(f));
}

/** A saved filter as the API returns it (parsed: arrays, booleans, numbers) back into a filter. */
export function filterFromSaved(query: Record<string, unknown>): InboxFilter {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  // A saved filter without "open" meant "open and closed".
  if (!('open' in query)) p.set('open', 'all');
  return filterFromQuery(p);
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** How many conditions are set (for the "n filters" summary and "clear" button). */
export function activeConditionCount(f: InboxFilter): number {
  return conditions(f).filter(([k]) => k !== 'sort' && k !== 'q').length + (f.open === 'true' ? -1 : 0);
}
