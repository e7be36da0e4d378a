/**
 * Hotcrimes view: crime types (or report categories) ranked by level and by change against a
 * baseline period (analysis `hotcrimes`: rate ratio per day, exact conditional test of equal
 * Poisson rates, BH q over the tested types).
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { hotcrimes as rankHotcrimes } from '../../analysis/index.ts';
import { resolvePeriod, selectionFor, selectPeriod, type Selection } from '../events/selection.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { round, toCsv } from '../reply/export.ts';
import { commonQuery, intParam, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';

export const hotcrimesQuery = commonQuery.extend({
  baselineFrom: z.iso.date().optional().describe('Baseline start (inclusive). Default: the period of equal length just before `from`.'),
  baselineTo: z.iso.date().optional().describe('Baseline end (exclusive). Default: `from`.'),
  minCount: intParam(1, 1000, 10).describe('Types with current + baseline below this are listed but not tested or ranked on change'),
});

const hotcrimeRow = z.object({
  type: z.string().describe('CBS crime code (or report category)'),
  current: suppressible,
  baseline: suppressible,
  currentRate: suppressible.describe('events per day'),
  baselineRate: suppressible,
  rateRatio: suppressible,
  change: suppressible.describe('rate difference per day'),
  tested: z.boolean().describe('false when current + baseline < minCount'),
  p: suppressible,
  q: suppressible.describe('BH-adjusted over tested types'),
  levelRank: z.number().int(),
  changeRank: z.number().int().nullable(),
  suppressed: z.boolean(),
});

export const hotcrimesReply = z.object({
  meta,
  baseline: z.object({ from: z.string(), to: z.string(), events: suppressible }),
  byLevel: z.array(hotcrimeRow).describe('All types by current count'),
  byChange: z.array(hotcrimeRow).describe('Tested types: increases first, by p, then by size'),
});

function baselineSelection(sel: Selection, q: z.infer<typeof hotcrimesQuery>): Selection {
  const len = sel.period.toMin - sel.period.fromMin;
  const iso = (min: number) => new Date(min * 60_000).toISOString().slice(0, 10);
  return selectPeriod(
    sel,
    resolvePeriod(sel.table, { from: q.baselineFrom ?? iso(sel.period.fromMin - len), to: q.baselineTo ?? sel.period.from }),
  );
}

export async function hotcrimes(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof hotcrimesQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const errors =
    q.baselineFrom && q.baselineTo && q.baselineFrom >= q.baselineTo
      ? [{ name: 'query.baselineTo', reason: 'must be after baselineFrom' }]
      : [];
  const sel = await selectionFor(ctx, s.gemeente, q, errors);
  const base = baselineSelection(sel, q);
  const tally = new Map<string, { current: number; baseline: number }>();
  const bump = (k: number, key: 'current' | 'baseline') => {
    const type = sel.table.typeCodes[sel.table.type[k]!]!;
    const t = tally.get(type) ?? { current: 0, baseline: 0 };
    t[key]++;
    tally.set(type, t);
  };
  for (const k of sel.idx) bump(k, 'current');
  for (const k of base.idx) bump(k, 'baseline');
  const days = (p: Selection['period']) => (p.toMin - p.fromMin) / 1440;
  const r = rankHotcrimes(
    [...tally].map(([type, c]) => ({ type, ...c })),
    { currentLength: days(sel.period), baselineLength: days(base.period), minCount: q.minCount },
  );
  const present = (row: (typeof r.byLevel)[number]) => {
    const hidden = d.isHidden(row.current) || d.isHidden(row.baseline);
    const keep = <T>(v: T) => (hidden ? null : v);
    return {
      type: row.type,
      current: d.count(row.current),
      baseline: d.count(row.baseline),
      currentRate: keep(round(row.currentRate, 4)),
      baselineRate: keep(round(row.baselineRate, 4)),
      rateRatio: keep(round(row.rateRatio, 4)),
      change: keep(round(row.change, 4)),
      tested: row.tested,
      p: keep(row.p),
      q: keep(row.q),
      levelRank: row.levelRank,
      changeRank: row.changeRank,
      suppressed: hidden,
    };
  };
  const byLevel = r.byLevel.map(present);
  const byChange = r.byChange.map((row) => byLevel.find((b) => b.type === row.type)!);
  const meta = metaOf(sel, q, d, [
    `rates per day; exact conditional test of equal Poisson rates (binomial), BH q over tested types; minCount ${q.minCount}`,
  ]);
  const baseline = { from: base.period.from, to: base.period.to, events: d.count(base.idx.length) };
  return {
    body: { meta, baseline, byLevel, byChange },
    csv: () =>
      toCsv(
        meta,
        [
          'type',
          'current',
          'baseline',
          'currentRate',
          'baselineRate',
          'rateRatio',
          'change',
          'tested',
          'p',
          'q',
          'levelRank',
          'changeRank',
        ],
        byLevel.map((b) => [
          b.type,
          b.current,
          b.baseline,
          b.currentRate,
          b.baselineRate,
          b.rateRatio,
          b.change,
          b.tested,
          b.p,
          b.q,
          b.levelRank,
          b.changeRank,
        ]),
      ),
  };
}

export const hotcrimesView = defineView({
  name: 'hotcrimes',
  input: hotcrimesQuery.omit({ format: true }),
  reply: hotcrimesReply,
  run: hotcrimes,
  summary: 'Hotcrimes: crime types ranked by level and by change against a baseline period',
  description:
    'Rate ratio per day of current vs baseline; exact test of equal Poisson rates conditional on the total (binomial, as R poisson.test), two-sided; BH q over the tested types. Types with current + baseline < minCount are listed but not tested.',
});
