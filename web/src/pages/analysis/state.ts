/**
 * The Analyse page's state lives in the URL so a view can be shared:
 *   /analyse/<view>?from=2023-01-01&to=2024-01-01&crimeTypes=1.1.1,1.2.*&area=WK050501&source=incidents&unit=buurt
 * Shared filters (period, crime types, area, source) drive every view; each view adds its own
 * options. Defaults stay out of the URL; invalid values are dropped. Pure and unit-tested.
 */
import { PERMUTATION_CHOICES } from './fdr-advice.ts';
import type { Source } from './types.ts';

export const ANALYSIS_PATH = '/analyse';
export const VIEWS = ['hotspots', 'hottimes', 'hotcrimes', 'trends', 'near-repeat', 'concentration'] as const;
export type ViewId = (typeof VIEWS)[number];
/** Views that need each event's point (or refs): partners' early signals have only an area, so these views do not take them. */
export const POINT_VIEWS: readonly ViewId[] = ['hotspots', 'near-repeat', 'concentration'];
export const viewTakesSource = (view: ViewId, source: Source): boolean => source !== 'partner-signals' || !POINT_VIEWS.includes(view);

export interface Filters {
  from: string;
  to: string;
  crimeTypes: string[];
  area: string;
  source: Source;
}

export interface AnalysisState {
  view: ViewId;
  filters: Filters;
  /** View options; only those that differ from the default are kept. */
  options: Record<string, string>;
}

interface OptionSpec {
  def: string;
  valid: RegExp | readonly string[];
  /** Shown in the UI only, never sent to the API. */
  uiOnly?: boolean;
}

const BANDS = /^\d+(\.\d+)?(,\d+(\.\d+)?)*(,inf)?$/;
/** Each view's options: default, allowed values, and whether the API takes it. */
export const VIEW_OPTIONS: Record<ViewId, Record<string, OptionSpec>> = {
  hotspots: {
    unit: { def: 'grid', valid: ['grid', 'buurt'] },
    cellSize: { def: '100', valid: ['50', '100', '200', '250', '500'] },
    method: { def: 'gistar', valid: ['gistar', 'gi', 'local-moran'] },
    fdr: { def: '', valid: ['', '0.05', '0.1'] },
    permutations: { def: '0', valid: PERMUTATION_CHOICES },
    kde: { def: '', valid: ['', 'on'], uiOnly: true },
  },
  hottimes: {},
  hotcrimes: {
    minCount: { def: '10', valid: /^[1-9]\d{0,2}$/ },
    baselineFrom: { def: '', valid: /^(\d{4}-\d{2}-\d{2})?$/ },
    baselineTo: { def: '', valid: /^(\d{4}-\d{2}-\d{2})?$/ },
  },
  trends: {
    // A crime group (1.2.*) for incidents, a report category slug (afval-dumping) for signals.
    series: { def: '', valid: /^([\d.*]+|[a-z0-9-]+)?$/, uiOnly: true },
    minCount: { def: '5', valid: /^[1-9]\d{0,2}$/ },
  },
  'near-repeat': {
    spaceBands: { def: '0,100,200,400', valid: BANDS },
    timeBands: { def: '0,7,14,21', valid: BANDS },
    distance: { def: 'euclidean', valid: ['euclidean', 'manhattan'] },
    // Without crime types the server starts on a burglary type; 'on' asks for every type.
    allTypes: { def: '', valid: ['', 'on'] },
  },
  concentration: {
    of: { def: 'offender', valid: ['offender', 'victim', 'address'] },
  },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CRIME = /^\d+(\.\d+)*(\.\*)?$/;
const AREA = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export const defaultFilters = (): Filters => ({ from: '', to: '', crimeTypes: [], area: '', source: 'incidents' });

const validDate = (v: string | null): v is string => !!v && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const accepts = (spec: OptionSpec, v: string) => (Array.isArray(spec.valid) ? spec.valid.includes(v) : (spec.valid as RegExp).test(v));

/** The view for a path under /analyse; unknown or missing views open the hotspot map. */
export function viewForPath(pathname: string): ViewId {
  const rest = pathname
    .replace(/\/+$/, '')
    .toLowerCase()
    .slice(ANALYSIS_PATH.length + 1);
  return (VIEWS as readonly string[]).includes(rest) ? (rest as ViewId) : 'hotspots';
}

export function parseFilters(q: URLSearchParams): Filters {
  const f = defaultFilters();
  const from = q.get('from');
  const to = q.get('to');
  if (validDate(from)) f.from = from;
  if (validDate(to) && (!f.from || to > f.from)) f.to = to;
  const types = (q.get('crimeTypes') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => CRIME.test(s));
  f.crimeTypes = [...new Set(types)];
  const area = (q.get('area') ?? '').toUpperCase();
  if (AREA.test(area)) f.area = area;
  const source = q.get('source');
  if (source === 'signals' || source === 'partner-signals' || source === 'enforcement') f.source = source;
  return f;
}

export function parseState(pathname: string, search: string): AnalysisState {
  const q = new URLSearchParams(search);
  const view = viewForPath(pathname);
  const options: Record<string, string> = {};
  for (const [key, spec] of Object.entries(VIEW_OPTIONS[view])) {
    const v = q.get(key);
    if (v !== null && v !== spec.def && accepts(spec, v)) options[key] = v;
  }
  return { view, filters: parseFilters(q), options };
}

/** An option's value: the URL's, else the default. */
export function option(state: AnalysisState, key: string): string {
  return state.options[key] ?? VIEW_OPTIONS[state.view][key]?.def ?? '';
}

function filterParams(f: Filters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.source === 'incidents' && f.crimeTypes.length) q.set('crimeTypes', f.crimeTypes.join(','));
  if (f.area) q.set('area', f.area);
  if (f.source !== 'incidents') q.set('source', f.source);
  return q;
}

const text = (q: URLSearchParams) => q.toString().replace(/%2C/g, ',').replace(/%2A/g, '*');

/** The page URL for a state (what the address bar shows and a colleague can open). */
export function stateToUrl(s: AnalysisState): string {
  const q = filterParams(s.filters);
  for (const [key, v] of Object.entries(s.options)) {
    const spec = VIEW_OPTIONS[s.view][key];
    if (spec && v !== spec.def && accepts(spec, v)) q.set(key, v);
  }
  const qs = text(q);
  return `${ANALYSIS_PATH}/${s.view}${qs ? `?${qs}` : ''}`;
}

/** Switching views keeps the shared filters and drops the other view's options. */
export const withView = (s: AnalysisState, view: ViewId): AnalysisState => ({ view, filters: s.filters, options: {} });
export const withFilters = (s: AnalysisState, patch: Partial<Filters>): AnalysisState => ({ ...s, filters: { ...s.filters, ...patch } });
export const withOption = (s: AnalysisState, key: string, value: string): AnalysisState => {
  const options = { ...s.options, [key]: value };
  if (value === (VIEW_OPTIONS[s.view][key]?.def ?? '')) delete options[key];
  return { ...s, options };
};

/**
 * The API path of a view for a state: the shared filters, the API options of the view, `extra`
 * (e.g. `format=csv`); `endpoint` for a related endpoint with the same filters (kde, alerts).
 */
export function apiPath(s: AnalysisState, extra: Record<string, string> = {}, endpoint: string = s.view): string {
  const q = filterParams(s.filters);
  for (const [key, spec] of Object.entries(VIEW_OPTIONS[s.view])) {
    const v = s.options[key];
    if (!spec.uiOnly && v !== undefined && v !== '' && v !== spec.def) q.set(key, v);
  }
  for (const [key, v] of Object.entries(extra)) q.set(key, v);
  const qs = text(q);
  return `/api/v1/analysis/${endpoint}${qs ? `?${qs}` : ''}`;
}

/** Which export formats the API gives for a view (`format=`); geojson only where there is geometry. */
export function exportFormats(view: ViewId): ('csv' | 'geojson')[] {
  return view === 'hotspots' ? ['csv', 'geojson'] : ['csv'];
}
