/**
 * Frozen and re-run evidence as the caller may see it (disclosure.ts). Results are stored exact;
 * this decides per kind (evidence-runner.ts) which figures a reply shows. A snapshot is the picture
 * its author saw: one captured by someone with analysis:detail may hold small counts, so readers
 * without that permission do not get it (older snapshots, captured before this was recorded, count
 * as captured with detail).
 */
import type { FigureRule } from '../disclosure.ts';

type Rec = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function hotcrimeRow(row: unknown, rule: FigureRule) {
  const r = rec(row);
  const current = num(r.current);
  const baseline = num(r.baseline);
  const keep = (v: unknown) => rule.derived([current, baseline], v ?? null);
  return {
    type: r.type,
    current: rule.count(current),
    baseline: rule.count(baseline),
    currentRate: keep(r.currentRate),
    baselineRate: keep(r.baselineRate),
    rateRatio: keep(r.rateRatio),
    change: keep(r.change),
    tested: r.tested,
    p: keep(r.p),
    q: keep(r.q),
    levelRank: r.levelRank,
    changeRank: r.changeRank,
    suppressed: rule.hides(current) || rule.hides(baseline),
  };
}

function concentration(r: Rec, rule: FigureRule) {
  const events = num(r.events) ?? 0;
  const all = rule.forTotal(events);
  const share = (v: unknown) => all.derived([events, num(r.incidents)], v ?? null);
  return {
    of: r.of,
    events: all.count(events),
    incidents: all.count(num(r.incidents)),
    distinctIds: all.count(num(r.distinctIds)),
    repeatIds: all.count(num(r.repeatIds)),
    repeatIncidentShare: share(r.repeatIncidentShare),
    gini: share(r.gini),
    top10PercentShare: share(r.top10PercentShare),
    top20PercentShare: share(r.top20PercentShare),
  };
}

/** The result of evidence `kind` with the figures the caller may not see set to null. */
export function discloseResult(kind: string, result: unknown, query: unknown, rule: FigureRule): unknown {
  if (rule.detail) return result;
  const r = rec(result);
  switch (kind) {
    case 'crime-counts': {
      const all = rule.forTotal(num(r.total) ?? 0);
      const rows = list(r.rows).map((row) => {
        const x = rec(row);
        const estimate = 'estimate' in x ? { estimate: all.derived([num(x.count)], x.estimate ?? null) } : {};
        return { ...x, count: all.count(num(x.count)), ratePer1000: all.derived([num(x.count)], x.ratePer1000 ?? null), ...estimate };
      });
      return { year: r.year, crimeType: r.crimeType, method: r.method, total: all.count(num(r.total)), rows };
    }
    case 'hotcrimes': {
      const all = rule.forTotal(num(r.total) ?? 0);
      const byLevel = list(r.byLevel).map((row) => hotcrimeRow(row, all));
      const byChange = list(r.byChange).map((row) => hotcrimeRow(row, all));
      return { total: all.count(num(r.total)), baselineTotal: rule.count(num(r.baselineTotal)), byLevel, byChange };
    }
    case 'hottimes': {
      const all = rule.forTotal(num(r.events) ?? 0);
      const events = all.count(num(r.events));
      return { events, profile: list(r.profile).map((v) => all.count(num(v))), peakHours: events === null ? [] : r.peakHours };
    }
    case 'concentration':
      return concentration(r, rule);
    case 'report-counts': {
      const all = rule.forTotal(num(r.total) ?? 0);
      const byCategory = Object.fromEntries(Object.entries(rec(r.byCategory)).map(([k, v]) => [k, all.count(num(v))]));
      return { total: all.count(num(r.total)), byCategory };
    }
    default: {
      // snapshots (and any kind this file does not know): only what a reader without detail captured
      const captured = rec(query).capturedWithDetail;
      if (captured === false && !rule.smallScope) return result;
      return rule.withhold();
    }
  }
}
