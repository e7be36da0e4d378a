/**
 * Concentration view over pseudonymous refs (analysis `concentration`, `topShare`): hotshots
 * (offenders), hotvics (victims), repeat addresses — counts per ref, the concentration curve, top
 * shares and Gini. Per-ref counts only for analysts, each read logged (Logboek Dataverwerkingen).
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { concentration as concentrationOf, topShare } from '../../analysis/index.ts';
import { recordProcessing } from '../../audit/index.ts';
import { selectionFor } from '../events/selection.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { round, toCsv } from '../reply/export.ts';
import { commonQuery, intParam, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';

export const concentrationQuery = commonQuery.extend({
  of: z
    .enum(['offender', 'victim', 'address'])
    .default('offender')
    .describe('hotshots (offender refs), hotvics (victim refs) or repeat addresses'),
  top: intParam(0, 500, 20).describe('Analysts: how many refs with their counts (pseudonymous refs, never names)'),
});

export async function concentration(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof concentrationQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  if (q.source !== 'incidents') throw invalidInput([{ name: 'query.source', reason: 'reports carry no offender, victim or address refs' }]);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const refs = sel.table.refs!;
  const col = refs[q.of];
  const ids: string[] = [];
  for (const k of sel.idx) if (col[k]! >= 0) ids.push(refs.dicts[q.of][col[k]!]!);
  const c = concentrationOf(ids);
  const byCount = new Map<number, number>();
  for (const r of c.counts) byCount.set(r.count, (byCount.get(r.count) ?? 0) + 1);
  const distribution = [...byCount].sort((a, b) => a[0] - b[0]).map(([events, n]) => ({ events, refs: d.count(n) }));
  const step = Math.max(1, Math.ceil(c.curve.length / 100));
  const curve = c.curve
    .filter((_, i) => i % step === 0 || i === c.curve.length - 1)
    .map((p) => ({ idShare: round(p.idShare, 4), incidentShare: round(p.incidentShare, 4) }));
  const top = d.detail ? c.counts.slice(0, q.top) : [];
  if (top.length) {
    // Per-ref counts concern (pseudonymised) persons: log who saw which refs, one record per ref,
    // with what was asked (Logboek Dataverwerkingen); JSON and CSV alike (the same read).
    const startTime = new Date();
    const asked = {
      of: q.of,
      from: sel.period.from,
      to: sel.period.to,
      area: sel.area,
      crimeTypes: q.crimeTypes ?? null,
      format: q.format,
      refsShown: top.length,
    };
    for (const [rank, r] of top.entries()) {
      await recordProcessing(ctx, {
        activity: 'analysis.repeat-refs',
        operation: 'read',
        subject: { type: `${q.of}-ref`, id: r.id },
        startTime,
        attributes: { ...asked, rank: rank + 1, count: r.count },
      });
    }
  }
  const meta = metaOf(
    sel,
    q,
    d,
    d.detail ? ['refs are pseudonyms from the source system; never names'] : ['per-ref counts are shown to analysts only'],
  );
  const summary = {
    of: q.of,
    incidentsWithRef: d.count(c.incidents),
    distinctRefs: d.count(c.distinctIds),
    repeatRefs: d.count(c.repeatIds),
    repeatIncidentShare: d.with(c.incidents, round(c.repeatIncidentShare, 4)),
    gini: d.with(c.incidents, round(c.gini, 4)),
    topShares: Object.fromEntries([0.01, 0.05, 0.1, 0.2].map((x) => [String(x), d.with(c.incidents, round(topShare(c.curve, x), 4))])),
  };
  return {
    body: { meta, ...summary, distribution, curve: d.with(c.incidents, curve) ?? [], top: top.map((r) => ({ ref: r.id, count: r.count })) },
    csv: () =>
      toCsv(
        meta,
        ['events', 'refs'],
        distribution.map((r) => [r.events, r.refs]),
      ),
  };
}

export const concentrationReply = z.object({
  meta,
  of: z.string(),
  incidentsWithRef: suppressible,
  distinctRefs: suppressible,
  repeatRefs: suppressible,
  repeatIncidentShare: suppressible,
  gini: suppressible,
  topShares: z.record(z.string(), z.number().nullable()).describe("share of incidents of the top 1/5/10/20 % refs, keys '0.01'…"),
  distribution: z.array(z.object({ events: z.number(), refs: suppressible })).describe('how many refs have exactly `events` incidents'),
  curve: z
    .array(z.object({ idShare: z.number().nullable(), incidentShare: z.number().nullable() }))
    .describe('concentration curve from the most frequent ref (≤ 101 points)'),
  top: z.array(z.object({ ref: z.string(), count: z.number() })).describe('analysts only: the most frequent pseudonymous refs'),
});

export const concentrationView = defineView({
  name: 'concentration',
  input: concentrationQuery.omit({ format: true }),
  reply: concentrationReply,
  run: concentration,
  summary: 'Concentration over pseudonymous refs: hotshots (offenders), hotvics (victims), repeat addresses',
  description:
    'Counts per ref, concentration curve, top-x % share and Gini. Refs are pseudonyms from the source system, never names; per-ref counts only for analysts.',
});
