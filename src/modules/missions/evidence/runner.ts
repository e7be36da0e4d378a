/**
 * Runs the analysis queries a mission's evidence is made of, on live data. The query (including the
 * scope it ran on) is stored beside the frozen result, so `rerun` answers "what does the same
 * question give today?". Kinds and their query parameters:
 * - crime-counts  {year, crimeType?}: CBS registered crime per buurt of the scope (incidents counts); for grid-cell and
 *                 polygon scopes each touched buurt weighted by the share of its area inside (method 'areal-weighting');
 * - hotcrimes     {from, to, baselineFrom, baselineTo, minCount?}: analysis `hotcrimes` (exact rate-ratio test) on events in the scope;
 * - hottimes      {from, to, crimeTypes?}: analysis `aoristicHourOfWeek` on events in the scope;
 * - concentration {from, to, of: offender|victim|address, crimeTypes?}: analysis `concentration` — only shares and Gini, never ids;
 * - report-counts {from, to, categories?}: residents' reports in the scope per main category.
 * Dates are ISO dates (YYYY-MM-DD), periods right-open.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import type { FieldError } from '../../../core/errors.ts';
import { aoristicHourOfWeek, concentration, hotcrimes, topShare } from '../../analysis/index.ts';
import { countsByArea } from '../../incidents/index.ts';
import { aggregateContext } from '../aggregate-context.ts';
import { eventPoints } from '../event-points.ts';
import { reportPoints } from '../goals/indicators/report-points.ts';
import { buurtSharesInScope } from '../scope/areal-shares.ts';
import { scopeLabeller } from '../scope/labeller.ts';
import { scopeSchema, type Scope } from '../scope/scope.ts';
import type { EvidenceKind } from '../tables.ts';

const date = z.iso.date('must be a date (YYYY-MM-DD)');
const codes = z.array(z.string().regex(/^\d+(\.\d+)*(\.\*)?$/)).max(50);
const QUERIES = {
  'crime-counts': z.object({ year: z.number().int().min(2000).max(2100), crimeType: z.string().optional() }),
  hotcrimes: z.object({
    from: date,
    to: date,
    baselineFrom: date,
    baselineTo: date,
    minCount: z.number().int().min(1).max(1000).optional(),
  }),
  hottimes: z.object({ from: date, to: date, crimeTypes: codes.optional() }),
  concentration: z.object({ from: date, to: date, of: z.enum(['offender', 'victim', 'address']), crimeTypes: codes.optional() }),
  'report-counts': z.object({ from: date, to: date, categories: z.array(z.string()).max(50).optional() }),
} as const;

export type RunnableKind = keyof typeof QUERIES;
export const isRunnable = (kind: EvidenceKind): kind is RunnableKind => kind in QUERIES;

export interface MissionQueryEnv {
  gemeente: string;
  scope: Scope;
  crimeTypes: string[];
  signalCategories: string[];
}

/** Validates a query of `kind`; field errors are named under `prefix` (e.g. body.evidence.0.query). */
export function parseQuery(kind: RunnableKind, query: unknown, prefix: string): FieldError[] | Record<string, unknown> {
  const r = QUERIES[kind].safeParse(query);
  if (r.success) return r.data as Record<string, unknown>;
  return r.error.issues.map((i) => ({ name: [prefix, ...i.path.map(String)].join('.'), reason: i.message }));
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function targetEvents(ctx: ServiceContext, env: MissionQueryEnv, from: string, to: string, crimeTypes?: string[]) {
  const pts = await eventPoints(ctx, env.gemeente, { from: day(from), to: day(to), crimeTypes: crimeTypes ?? env.crimeTypes });
  const labeller = await scopeLabeller(ctx, env.gemeente, env.scope, 0);
  const inside: number[] = [];
  for (let k = 0; k < pts.n; k++) if (labeller.label(pts.x[k]!, pts.y[k]!, pts.lon[k]!, pts.lat[k]!) === 'target') inside.push(k);
  return { pts, inside };
}

async function runHotcrimes(ctx: ServiceContext, env: MissionQueryEnv, q: z.infer<(typeof QUERIES)['hotcrimes']>) {
  const cur = await targetEvents(ctx, env, q.from, q.to, []);
  const base = await targetEvents(ctx, env, q.baselineFrom, q.baselineTo, []);
  const tally = new Map<string, { current: number; baseline: number }>();
  const bump = (type: string, key: 'current' | 'baseline') => {
    const t = tally.get(type) ?? { current: 0, baseline: 0 };
    t[key]++;
    tally.set(type, t);
  };
  for (const k of cur.inside) bump(cur.pts.crimeType[k]!, 'current');
  for (const k of base.inside) bump(base.pts.crimeType[k]!, 'baseline');
  const days = (a: string, b: string) => (day(b).getTime() - day(a).getTime()) / 86_400_000;
  const r = hotcrimes(
    [...tally].map(([type, c]) => ({ type, ...c })),
    {
      currentLength: days(q.from, q.to),
      baselineLength: days(q.baselineFrom, q.baselineTo),
      ...(q.minCount ? { minCount: q.minCount } : {}),
    },
  );
  return {
    total: cur.inside.length,
    baselineTotal: base.inside.length,
    byLevel: r.byLevel.slice(0, 15),
    byChange: r.byChange.slice(0, 15),
  };
}

async function runConcentration(ctx: ServiceContext, env: MissionQueryEnv, q: z.infer<(typeof QUERIES)['concentration']>) {
  const { pts, inside } = await targetEvents(ctx, env, q.from, q.to, q.crimeTypes);
  const col = q.of === 'offender' ? pts.offender : q.of === 'victim' ? pts.victim : pts.address;
  const ids = inside.filter((k) => col[k]! >= 0).map((k) => String(col[k]));
  const c = concentration(ids);
  return {
    of: q.of,
    events: inside.length,
    incidents: c.incidents,
    distinctIds: c.distinctIds,
    repeatIds: c.repeatIds,
    repeatIncidentShare: c.repeatIncidentShare,
    gini: c.gini,
    top10PercentShare: topShare(c.curve, 0.1),
    top20PercentShare: topShare(c.curve, 0.2),
  };
}

/**
 * CBS registered crime in the scope. Buurten scopes: the scope's buurten. Grid-cell and polygon
 * scopes: every buurt the scope touches, weighted by the share of its area inside (areal-shares.ts).
 */
async function runCrimeCounts(ctx: ServiceContext, env: MissionQueryEnv, q: z.infer<(typeof QUERIES)['crime-counts']>) {
  const rows = await countsByArea(ctx, {
    municipality: env.gemeente,
    level: 'buurt',
    year: q.year,
    ...(q.crimeType ? { crimeType: q.crimeType } : {}),
  });
  const head = { year: q.year, crimeType: q.crimeType ?? null };
  const scope = env.scope;
  if (scope.kind === 'buurten') {
    const inScope = rows.filter((r) => scope.codes.includes(r.areaCode));
    return { ...head, method: 'buurten', total: inScope.reduce((s, r) => s + (r.count ?? 0), 0), rows: inScope };
  }
  const shares = await buurtSharesInScope(ctx, env.gemeente, scope, rows[0]?.areaYear ?? q.year);
  const touched = rows
    .filter((r) => shares.has(r.areaCode))
    .map((r) => {
      const share = shares.get(r.areaCode)!;
      return { ...r, share: Math.round(share * 1000) / 1000, estimate: r.count === null ? null : Math.round(r.count * share * 10) / 10 };
    });
  return { ...head, method: 'areal-weighting', total: Math.round(touched.reduce((s, r) => s + (r.estimate ?? 0), 0)), rows: touched };
}

export async function runEvidenceQuery(
  ctx: ServiceContext,
  kind: RunnableKind,
  query: Record<string, unknown>,
  env: MissionQueryEnv,
): Promise<Record<string, unknown>> {
  const actx = aggregateContext(ctx);
  switch (kind) {
    case 'crime-counts':
      return runCrimeCounts(actx, env, QUERIES['crime-counts'].parse(query));
    case 'hotcrimes':
      return runHotcrimes(actx, env, QUERIES.hotcrimes.parse(query));
    case 'hottimes': {
      const q = QUERIES.hottimes.parse(query);
      const { pts, inside } = await targetEvents(actx, env, q.from, q.to, q.crimeTypes);
      const profile = aoristicHourOfWeek({ startUtc: inside.map((k) => pts.startMin[k]!), endUtc: inside.map((k) => pts.endMin[k]!) });
      const peakHours = [...profile.keys()].sort((a, b) => profile[b]! - profile[a]! || a - b).slice(0, 5);
      return { events: inside.length, profile: Array.from(profile, (v) => Math.round(v * 1000) / 1000), peakHours };
    }
    case 'concentration':
      return runConcentration(actx, env, QUERIES.concentration.parse(query));
    case 'report-counts': {
      const q = QUERIES['report-counts'].parse(query);
      const reports = await reportPoints(actx, env.gemeente, {
        from: day(q.from),
        to: day(q.to),
        categories: q.categories ?? env.signalCategories,
      });
      const labeller = await scopeLabeller(actx, env.gemeente, env.scope, 0);
      const byCategory: Record<string, number> = {};
      let total = 0;
      reports.forEach((r) => {
        if (labeller.label(r.x, r.y, r.lon, r.lat) !== 'target') return;
        total++;
        byCategory[r.mainCategory] = (byCategory[r.mainCategory] ?? 0) + 1;
      });
      return { total, byCategory };
    }
  }
}

/** Validates the scope frozen in a stored query (older rows may predate a scope change). */
export function frozenScope(query: Record<string, unknown>, fallback: Scope): Scope {
  const r = scopeSchema.safeParse(query.scope);
  return r.success ? r.data : fallback;
}

/** Numeric top-level fields present in both results: frozen, fresh and their difference. */
export function compareResults(frozen: unknown, fresh: unknown): { field: string; frozen: number; fresh: number; difference: number }[] {
  if (!frozen || !fresh || typeof frozen !== 'object' || typeof fresh !== 'object') return [];
  const a = frozen as Record<string, unknown>;
  const b = fresh as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => typeof a[k] === 'number' && typeof b[k] === 'number')
    .map((k) => ({ field: k, frozen: a[k] as number, fresh: b[k] as number, difference: (b[k] as number) - (a[k] as number) }));
}
