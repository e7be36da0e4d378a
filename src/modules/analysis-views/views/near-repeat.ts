/**
 * Near-repeat view: the Knox test (analysis `knoxTest`) over space × time bands of the selected
 * events, with Monte Carlo p-values from date permutations (in the worker thread), within caps
 * that keep one request interactive.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { badRequest } from '../../../core/errors.ts';
import { pointViewErrors, selectionFor } from '../events/selection.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { round, toCsv } from '../reply/export.ts';
import { commonQuery, intParam, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';
import { runJob } from '../worker/pool.ts';

/** At most 20 bands per dimension (the Knox table is bands² cells, re-counted per permutation). */
export const MAX_BREAKS = 21;

/** Band breaks: 2..21 increasing numbers in [0, max], 'inf' allowed last; the text is capped before it is split. */
const breaks = (def: string, max: number, unit: string) =>
  z
    .string()
    .max(300, 'at most 300 characters')
    .default(def)
    .transform((s, c) => {
      const v = s.split(',').map((p) => (p.trim() === 'inf' ? Infinity : p.trim() === '' ? NaN : Number(p)));
      const problem =
        v.length < 2 || v.length > MAX_BREAKS
          ? `must be 2 to ${MAX_BREAKS} break points`
          : v.some((x) => Number.isNaN(x) || x < 0) || v.some((x, i) => i > 0 && !(x > v[i - 1]!))
            ? "must be increasing numbers ≥ 0, comma-separated ('inf' allowed last)"
            : v.some((x, i) => x === Infinity && i < v.length - 1)
              ? "only the last break may be 'inf'"
              : v.some((x) => x > max && x !== Infinity)
                ? `finite breaks must be at most ${max} ${unit} (use 'inf' last for "more than")`
                : null;
      if (problem) {
        c.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return v;
    });

/** Events the Knox test may take interactively (pairs are swept, not enumerated, but permutations re-bin them). */
export const MAX_KNOX_EVENTS = 50_000;
/** Close pairs (closer than the largest finite space break) held in memory for one request (9 bytes each). */
export const MAX_CLOSE_PAIRS = 2_000_000;
/**
 * Time budget of one request: close pairs × (permutations + 1) re-binned ≤ 200 million (~6 s in the
 * worker at ~32 ns each). The page's default on the demo data (a year of all types: 668,238 close
 * pairs within 400 m, 99 permutations) is 67 million; 999 permutations of it (~20 s) are refused.
 */
export const KNOX_WORK_BUDGET = 200_000_000;

export const nearRepeatQuery = commonQuery.extend({
  spaceBands: breaks('0,100,200,400', 10_000, 'm').describe(
    'Distance band breaks in metres, right-open [a, b); 2–21 breaks, finite ones ≤ 10,000, last may be inf; default 0,100,200,400',
  ),
  timeBands: breaks('0,7,14,21', 3650, 'days').describe(
    'Time band breaks in days, right-open; 2–21 breaks, finite ones ≤ 3650, last may be inf; default 0,7,14,21',
  ),
  distance: z.enum(['euclidean', 'manhattan']).default('euclidean'),
  allTypes: z
    .enum(['on'])
    .optional()
    .describe('Without crimeTypes the Knox test starts on a burglary type (see defaultCrimeType); allTypes=on takes every type instead'),
  permutations: intParam(0, 999, 99).describe('Monte Carlo permutations of the dates (default 99; max 999; run in a worker thread)'),
  seed: intParam(0, 2 ** 31 - 1, 1),
});

/**
 * The crime types the near-repeat view starts on when none were asked: burglary is the classic
 * near-repeat crime (Townsley, Homel & Chaseling 2003; Johnson & Bowers 2004), so the first of
 * woninginbraak (1.1.1), then inbraak box/garage/schuur (1.1.2) with at least
 * MIN_DEFAULT_EVENTS events in the period and area; otherwise every type.
 */
export const DEFAULT_CRIME_TYPES = ['1.1.1', '1.1.2'] as const;
export const MIN_DEFAULT_EVENTS = 30;

type NearRepeatQuery = z.infer<typeof nearRepeatQuery>;

async function withDefaultType(ctx: ServiceContext, gemeente: string, q: NearRepeatQuery): Promise<[NearRepeatQuery, string | null]> {
  if (q.source !== 'incidents' || q.crimeTypes?.length || q.allTypes) return [q, null];
  for (const code of DEFAULT_CRIME_TYPES) {
    const sel = await selectionFor(ctx, gemeente, { ...q, crimeTypes: [code] });
    if (sel.idx.length >= MIN_DEFAULT_EVENTS) return [{ ...q, crimeTypes: [code] }, code];
  }
  return [q, null];
}

export async function nearRepeat(ctx: ServiceContext, s: ViewSettings, asked: NearRepeatQuery): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const [q, defaulted] = await withDefaultType(ctx, s.gemeente, asked);
  const sel = await selectionFor(ctx, s.gemeente, q, pointViewErrors(q, 'near repeat'));
  if (sel.idx.length > MAX_KNOX_EVENTS)
    throw badRequest(`${sel.idx.length} events: narrow the period, types or area to at most ${MAX_KNOX_EVENTS} for the Knox test.`);
  const t = sel.table;
  const r = await runJob({
    kind: 'knox',
    x: Float64Array.from(sel.idx, (k) => t.x[k]!),
    y: Float64Array.from(sel.idx, (k) => t.y[k]!),
    t: Float64Array.from(sel.idx, (k) => t.startMin[k]! / 1440),
    spaceBands: q.spaceBands,
    timeBands: q.timeBands,
    distance: q.distance,
    permutations: q.permutations,
    seed: q.seed,
    limits: { maxPairs: MAX_CLOSE_PAIRS, maxWork: KNOX_WORK_BUDGET },
  });
  const cells = r.observed.flatMap((row, i) =>
    row.map((o, j) => {
      const hidden = d.isHidden(o);
      const keep = <T>(v: T) => (hidden ? null : v);
      return {
        space: [r.spaceBands[i]!, r.spaceBands[i + 1]!].map(String),
        time: [r.timeBands[j]!, r.timeBands[j + 1]!].map(String),
        observed: d.count(o),
        expected: keep(round(r.expected[i]![j]!, 4)),
        knoxRatio: keep(round(r.knoxRatio[i]![j]!, 4)),
        p: keep(r.p ? r.p[i]![j]! : null),
        knoxRatioSim: keep(r.knoxRatioSim ? round(r.knoxRatioSim[i]![j]!, 4) : null),
        suppressed: hidden,
      };
    }),
  );
  const meta = metaOf(sel, q, d, [
    'bands right-open [a, b); space in metres (RD New), time in days; p = (#sim ≥ obs + 1)/(N + 1); expected = exact permutation mean',
    ...(defaulted ? [`no crime types asked: started on ${defaulted} (burglary, ≥ ${MIN_DEFAULT_EVENTS} events); allTypes=on for all`] : []),
  ]);
  return {
    body: {
      meta,
      spaceBands: r.spaceBands.map(String),
      timeBands: r.timeBands.map(String),
      distance: q.distance,
      permutations: q.permutations,
      seed: q.seed,
      defaultCrimeType: defaulted,
      pairs: r.pairs,
      cells,
    },
    csv: () =>
      toCsv(
        meta,
        ['spaceFrom', 'spaceTo', 'timeFrom', 'timeTo', 'observed', 'expected', 'knoxRatio', 'p'],
        cells.map((c) => [...c.space, ...c.time, c.observed, c.expected, c.knoxRatio, c.p]),
      ),
  };
}

export const nearRepeatReply = z.object({
  meta,
  spaceBands: z.array(z.string()).describe("metres; 'Infinity' = open"),
  timeBands: z.array(z.string()).describe('days'),
  distance: z.string(),
  permutations: z.number(),
  seed: z.number(),
  defaultCrimeType: z
    .string()
    .nullable()
    .describe('The burglary type the view started on because no crime types were asked (meta.crimeTypes holds it); null otherwise'),
  pairs: z.number().describe('pairs considered n(n−1)/2'),
  cells: z.array(
    z.object({
      space: z.array(z.string()).describe('[from, to) metres'),
      time: z.array(z.string()).describe('[from, to) days'),
      observed: suppressible,
      expected: suppressible,
      knoxRatio: suppressible,
      p: suppressible,
      knoxRatioSim: suppressible,
      suppressed: z.boolean(),
    }),
  ),
});

export const nearRepeatView = defineView({
  name: 'near-repeat',
  input: nearRepeatQuery.omit({ format: true }),
  reply: nearRepeatReply,
  run: nearRepeat,
  summary: 'Near-repeat: Knox test over space × time bands with Monte Carlo p-values',
  description:
    'Every pair of events classified by distance and time difference; observed vs the exact permutation expectation; p from date permutations (worker thread).',
});
