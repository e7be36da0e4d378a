/**
 * Hottimes view: the aoristic hour-of-week matrix (7 × 24, Monday 00:00 first, hours as the
 * Europe/Amsterdam clock shows them) with totals by hour of day and by weekday, as missions
 * evidence 'hottimes' computes it (each event spread evenly over the real elapsed minutes of its
 * window, so across a clock change too; see methods/aoristic-fast.ts).
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import type { Disclosure } from '../../analysis/index.ts';
import { selectAndCount, type Selection } from '../events/selection.ts';
import { aoristicProfile } from '../methods/aoristic-fast.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { round, toCsv } from '../reply/export.ts';
import { commonQuery, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';

export const hottimesReply = z.object({
  meta,
  weekdays: z.array(z.string()).describe('Monday first'),
  matrix: z.array(z.array(suppressible)).describe('7 rows (Monday..Sunday) × 24 hours (00:00–01:00 first): aoristic event weight'),
  byHour: z.array(suppressible).describe('24 totals by hour of day'),
  byWeekday: z.array(suppressible).describe('7 totals by weekday'),
  peakHours: z
    .array(z.object({ weekday: z.string(), hour: z.number().int(), hourOfWeek: z.number().int() }))
    .describe('The five busiest hours of the week'),
});

/** The method note of every hottimes reply (meta.notes). */
export const HOTTIMES_METHOD =
  'aoristic (Ratcliffe 2000): each event weighs 1, spread evenly over the real elapsed minutes of its time window, ' +
  'each minute in the hour the Europe/Amsterdam clock shows; clock changes: the skipped spring hour (02:00–03:00) gets nothing, ' +
  'the repeated autumn hour gets both of its real hours; no end: all in the start hour; a week or longer: 1/168 to every hour';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The reply's matrix and totals from the aoristic profile of the selection (`aoristicProfile`, computed by the caller). */
export function hottimesMatrix(sel: Selection, d: Disclosure, profile = aoristicProfile(sel.table, sel.idx)) {
  const byHour = new Float64Array(24);
  const byWeekday = new Float64Array(7);
  profile.forEach((v, h) => {
    byHour[h % 24]! += v;
    byWeekday[Math.floor(h / 24)]! += v;
  });
  const show = (v: number) => {
    const s = d.count(round(v, 3)!);
    return s === null ? null : s;
  };
  const matrix = WEEKDAYS.map((_, w) => Array.from(profile.subarray(w * 24, w * 24 + 24), show));
  const peakHours = [...profile.keys()]
    .sort((a, b) => profile[b]! - profile[a]! || a - b)
    .slice(0, 5)
    .map((h) => ({ weekday: WEEKDAYS[Math.floor(h / 24)]!, hour: h % 24, hourOfWeek: h }));
  return {
    weekdays: [...WEEKDAYS],
    matrix,
    byHour: Array.from(byHour, show),
    byWeekday: Array.from(byWeekday, show),
    peakHours: d.detail || sel.idx.length >= d.min ? peakHours : [],
  };
}

export async function hottimes(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof commonQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const { sel, output } = await selectAndCount(ctx, s.gemeente, q, { kind: 'hottimes' });
  const v = hottimesMatrix(sel, d, output.profile);
  const meta = metaOf(sel, q, d, [HOTTIMES_METHOD]);
  return {
    body: { meta, ...v },
    csv: () =>
      toCsv(
        meta,
        ['weekday', 'hour', 'value'],
        v.matrix.flatMap((row, w) => row.map((val, h) => [v.weekdays[w], h, val])),
      ),
  };
}

export const hottimesView = defineView({
  name: 'hottimes',
  input: commonQuery.omit({ format: true }),
  reply: hottimesReply,
  run: hottimes,
  summary: 'Hottimes: aoristic hour-of-week matrix (7 × 24, Monday 00:00 first)',
  description:
    'Each event is spread evenly over the real elapsed minutes of its time window (Ratcliffe 2000), each minute counted in the hour the Europe/Amsterdam clock shows: on the spring clock change 02:00–03:00 gets nothing (it does not exist), on the autumn change 02:00–03:00 gets both of its real hours. An event without an end counts in its start hour; a window of a week or more gives 1/168 to every hour.',
});
