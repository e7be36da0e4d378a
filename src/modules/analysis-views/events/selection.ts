/**
 * The events an analysis view works on: registered crime from the incidents module's in-memory
 * columns, residents' reports from the signals module (`signalEvents`), or partners' early
 * signals (`earlySignalEvents`: buurt and time, no point — point views refuse them), or BOA enforcement
 * registrations from the enforcement module (`enforcementEvents`: type = feit code), all as the incidents
 * module's one column shape (`EventTable`), selected by its one rule (`selectEvents`: event start
 * in [from, to) with dates at 00:00 UTC; crime types with `1.4.*` group prefixes; area = one buurt,
 * or every buurt of a wijk by CBS code prefix) — the rule of mission evidence and of the wijk
 * report's hot times too.
 * One rule for points without a buurt, for both sources and every view: an event stored without a
 * buurt (a report imported from elsewhere before imports refused such points, a report kept
 * without areas loaded) is left out of every view, city-wide ones included, and counted in
 * `withoutBuurt` (meta.withoutBuurt and a note) — as the imports refuse a point outside the
 * municipality.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { analysisLoading, invalidInput, type FieldError } from '../../../core/errors.ts';
import {
  eventTableFrom,
  eventTableOf,
  getIncidentColumns,
  incidentColumnsState,
  selectEvents,
  type EventTable,
} from '../../incidents/index.ts';
import { enforcementEvents } from '../../enforcement/index.ts';
import { earlySignalEvents, signalEvents } from '../../signals/index.ts';
import type { AnalysisSource, CommonQuery } from '../schema.ts';
import { runTableJob } from '../worker/pool.ts';
import type { KernelOutput, TableKernel } from '../worker/table-jobs.ts';

export interface Period {
  from: string;
  to: string;
  fromMin: number;
  toMin: number;
}

export interface Selection {
  source: AnalysisSource;
  table: EventTable;
  idx: Uint32Array;
  period: Period;
  area: string;
  /** The types asked (incidents' crime types; reports are filtered by category when loaded). */
  types: readonly string[] | undefined;
  syntheticCount: number;
  /** Events of the period and types left out because they have no buurt (see the file comment). */
  withoutBuurt: number;
}

const dayMin = (d: string) => Date.parse(`${d}T00:00:00Z`) / 60_000;
const isoDay = (min: number) => new Date(min * 60_000).toISOString().slice(0, 10);

/** Default period: the year up to the day after the latest event (or today without events). */
export function resolvePeriod(t: EventTable, q: { from?: string | undefined; to?: string | undefined }): Period {
  let to = q.to;
  if (!to) {
    let last = t.sortedByStart && t.length ? t.startMin[t.length - 1]! : -Infinity;
    if (!t.sortedByStart) for (let k = 0; k < t.length; k++) if (t.startMin[k]! > last) last = t.startMin[k]!;
    to = isoDay((Number.isFinite(last) ? Math.floor(last / 1440) + 1 : Math.floor(Date.now() / 86_400_000)) * 1440);
  }
  const from = q.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { from, to, fromMin: dayMin(from), toMin: dayMin(to) };
}

/** The same area and types over another period (a baseline, an earlier period). */
export function selectPeriod(sel: Selection, period: Period): Selection {
  return { ...sel, period, ...selectEvents(sel.table, { fromMin: period.fromMin, toMin: period.toMin, types: sel.types, area: sel.area }) };
}

async function signalTable(ctx: ServiceContext, gemeente: string, categories: string[] | undefined): Promise<EventTable> {
  const s = await signalEvents(ctx, gemeente, categories?.length ? { categories } : {});
  return eventTableFrom({ x: s.x, y: s.y, timeMs: s.time, type: s.category, buurtCode: s.buurtCode, synthetic: s.demo });
}

/** Enforcement registrations (BOA): type = feit code; `categories` are feit codes or kinds (warning, fine, report). */
async function enforcementTable(ctx: ServiceContext, gemeente: string, codes: string[] | undefined): Promise<EventTable> {
  const e = await enforcementEvents(ctx, gemeente, codes?.length ? { codes } : {});
  return eventTableFrom({ x: e.x, y: e.y, timeMs: e.time, type: e.code, buurtCode: e.buurtCode, synthetic: e.demo });
}

/** Partners' early signals (no point; x/y NaN) in the same shape. */
async function earlySignalTable(ctx: ServiceContext, gemeente: string, categories: string[] | undefined): Promise<EventTable> {
  const e = await earlySignalEvents(ctx, gemeente, categories?.length ? { categories } : {});
  const none = new Float64Array(e.count).fill(Number.NaN);
  return eventTableFrom({ x: none, y: none, timeMs: e.time, type: e.category, buurtCode: e.buurtCode });
}

/**
 * A view that needs each event's point (hotspots, KDE, near repeat, grid counts, evaluation)
 * refuses a source without points: early signals sit in a buurt, not at a point.
 */
export function pointViewErrors(q: Pick<CommonQuery, 'source'>, view: string, where: 'query' | 'body' = 'query'): FieldError[] {
  return q.source === 'partner-signals'
    ? [
        {
          name: `${where}.source`,
          reason: `early signals (partner-signals) have an area, not a point; ${view} needs points: use incidents or signals`,
        },
      ]
    : [];
}

/** Problems with the common parameters that zod cannot see alone, named `<where>.<field>` (query, or body for POST). */
function commonErrors(q: CommonQuery, gemeente: string, where: 'query' | 'body'): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, reason: string) => errors.push({ name: `${where}.${field}`, reason });
  if (q.source !== 'incidents' && q.crimeTypes) add('crimeTypes', `applies to source=incidents; use categories for ${q.source}`);
  if (q.source === 'incidents' && q.categories) add('categories', 'applies to source=signals; use crimeTypes for incidents');
  if (q.area?.startsWith('GM') && q.area !== gemeente) add('area', `this instance serves ${gemeente}`);
  if (q.area && !q.area.startsWith('GM') && q.area.slice(2, 6) !== gemeente.slice(2)) add('area', `not an area of ${gemeente}`);
  if (q.from && q.to && q.from >= q.to) add('to', 'must be after from');
  return errors;
}

/** Seconds a client waits before asking again while the incident columns load. */
const LOADING_RETRY_SECONDS = 3;

/**
 * The event table of a source (no filtering). While the incident columns load after a start
 * (seconds for a million incidents) a view answers `analysis-loading` (503, Retry-After) at once
 * instead of waiting; the web app shows "still loading" and asks again.
 */
export async function loadTable(ctx: ServiceContext, gemeente: string, q: Pick<CommonQuery, 'source' | 'categories'>): Promise<EventTable> {
  if (q.source === 'signals') return signalTable(ctx, gemeente, q.categories);
  if (q.source === 'partner-signals') return earlySignalTable(ctx, gemeente, q.categories);
  if (q.source === 'enforcement') return enforcementTable(ctx, gemeente, q.categories);
  if (incidentColumnsState(ctx.db, gemeente) === 'loading') {
    throw analysisLoading(
      'The incident data of the analysis views is still being loaded after the start. Try again in a few seconds.',
      LOADING_RETRY_SECONDS,
    );
  }
  return eventTableOf(await getIncidentColumns(ctx, gemeente));
}

/** Refuses the common parameters' combinations zod cannot see alone, with the view's own problems (`extraErrors`), in one reply. */
export function checkQuery(q: CommonQuery, gemeente: string, extraErrors: FieldError[] = [], where: 'query' | 'body' = 'query'): void {
  const errors = [...commonErrors(q, gemeente, where), ...extraErrors];
  if (errors.length) throw invalidInput(errors);
}

/**
 * The selection of a view and, with `kernel` (or a kernel made for the resolved period), the counting pass over it: for the incident columns
 * of a large municipality both run in a worker thread (worker/pool.ts `runTableJob`), so the
 * request thread stays free; otherwise here. The same result either way.
 */
export async function selectAndCount<K extends TableKernel>(
  ctx: ServiceContext,
  gemeente: string,
  q: CommonQuery,
  kernel: K | ((period: Period) => K),
  extraErrors: FieldError[] = [],
  where: 'query' | 'body' = 'query',
): Promise<{ sel: Selection; output: KernelOutput<K> }> {
  checkQuery(q, gemeente, extraErrors, where);
  const table = await loadTable(ctx, gemeente, q);
  const period = resolvePeriod(table, q);
  const area = q.area ?? gemeente;
  const types = q.crimeTypes;
  const filter = { fromMin: period.fromMin, toMin: period.toMin, types, area };
  const { selected, output } = await runTableJob(table, { filter, kernel: typeof kernel === 'function' ? kernel(period) : kernel });
  return { sel: { source: q.source, table, period, area, types, ...selected }, output };
}

export async function selectionFor(
  ctx: ServiceContext,
  gemeente: string,
  q: CommonQuery,
  extraErrors: FieldError[] = [],
  where: 'query' | 'body' = 'query',
): Promise<Selection> {
  return (await selectAndCount(ctx, gemeente, q, { kind: 'select' }, extraErrors, where)).sel;
}

/** The indeling most selected events are placed in (undefined = unknown: use the newest). */
export function majorityAreaYear(sel: Selection): number | undefined {
  const tally = new Uint32Array(1 << 16);
  const years = sel.table.areaYear;
  for (let i = 0; i < sel.idx.length; i++) tally[years[sel.idx[i]!]!]!++;
  let best: number | undefined;
  for (let y = tally.length - 1; y > 0; y--) if (tally[y]! > (best === undefined ? 0 : tally[best]!)) best = y;
  return best;
}
