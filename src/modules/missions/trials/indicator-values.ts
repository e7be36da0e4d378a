/**
 * The primary indicator per unit and period. Counts (buurt units) are read under the missions
 * aggregate actor (aggregate-context.ts) and expressed per 30 days, so periods of different length
 * compare; manual values are used as entered.
 * - incidents: the incidents module's one event selection (`selectEvents`, event start in the period,
 *   the trial's crime types, the buurt);
 * - signals: residents' reports (`signalEvents`: time, category and buurt only), by report time;
 * - enforcement: BOA warnings, fines and reports by feit code (or kind), by registration time
 *   (enforcement `enforcementCountsByBuurt`).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { enforcementCountsByBuurt } from '../../enforcement/index.ts';
import { eventTableOf, getIncidentColumns, selectEvents } from '../../incidents/index.ts';
import { signalEvents } from '../../signals/index.ts';
import { aggregateContext } from '../aggregate-context.ts';
import { daysBetween, type TrialPeriod } from './periods.ts';
import type { TrialIndicator } from './schema.ts';
import type { Measurements } from './trial-store.ts';

/** Value per unit code and period key; null when unknown (a missing manual value). */
export type UnitValues = Map<string, Map<string, number | null>>;

/** Counts per buurt of one source over one period [from, to). */
export type CountSource = (
  ctx: ServiceContext,
  gemeente: string,
  period: TrialPeriod,
  buurten: readonly string[],
) => Promise<Map<string, number>>;

const dayStartMin = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / 60_000);

const incidentCounts =
  (crimeTypes: string[]): CountSource =>
  async (ctx, gemeente, period, buurten) => {
    const cols = await getIncidentColumns(ctx, gemeente);
    const table = eventTableOf(cols);
    const out = new Map<string, number>();
    for (const code of buurten) {
      const { idx } = selectEvents(table, {
        fromMin: dayStartMin(period.from),
        toMin: dayStartMin(period.to),
        types: crimeTypes,
        area: code,
      });
      out.set(code, idx.length);
    }
    return out;
  };

const signalCounts =
  (categories: string[]): CountSource =>
  async (ctx, gemeente, period, buurten) => {
    const ev = await signalEvents(ctx, gemeente, {
      from: new Date(`${period.from}T00:00:00Z`),
      to: new Date(`${period.to}T00:00:00Z`),
      categories,
    });
    const out = new Map<string, number>(buurten.map((b) => [b, 0]));
    for (const code of ev.buurtCode) if (code && out.has(code)) out.set(code, out.get(code)! + 1);
    return out;
  };

/** BOA warnings, fines and reports per buurt (enforcement `enforcementCountsByBuurt`, feit codes or kinds). */
const enforcementCounts =
  (feitCodes: string[]): CountSource =>
  async (ctx, gemeente, period, buurten) => {
    const rows = await enforcementCountsByBuurt(ctx, gemeente, {
      from: new Date(`${period.from}T00:00:00Z`),
      to: new Date(`${period.to}T00:00:00Z`),
      codes: feitCodes,
    });
    const wanted = new Set(buurten);
    return new Map(rows.filter((r) => wanted.has(r.buurtCode)).map((r) => [r.buurtCode, r.total]));
  };

function countSourceOf(indicator: Exclude<TrialIndicator, { source: 'manual' }>): CountSource {
  if (indicator.source === 'incidents') return incidentCounts(indicator.crimeTypes);
  if (indicator.source === 'signals') return signalCounts(indicator.categories);
  return enforcementCounts(indicator.feitCodes);
}

export async function indicatorValues(
  ctx: ServiceContext,
  gemeente: string,
  t: { indicator: TrialIndicator; measurements: Measurements },
  units: readonly string[],
  periods: readonly TrialPeriod[],
  /** Raw counts per unit and period (not per 30 days) are written here, for disclosure control. */
  raw?: UnitValues,
): Promise<UnitValues> {
  const values: UnitValues = new Map(units.map((u) => [u, new Map()]));
  if (t.indicator.source === 'manual') {
    for (const u of units) for (const p of periods) values.get(u)!.set(p.key, t.measurements[u]?.[p.key] ?? null);
    return values;
  }
  for (const u of units) raw?.set(u, new Map());
  const source = countSourceOf(t.indicator);
  const actx = aggregateContext(ctx);
  for (const p of periods) {
    const counts = await source(actx, gemeente, p, units);
    const per30 = 30 / daysBetween(p.from, p.to);
    for (const u of units) {
      values.get(u)!.set(p.key, (counts.get(u) ?? 0) * per30);
      raw?.get(u)?.set(p.key, counts.get(u) ?? 0);
    }
  }
  return values;
}

export function valueUnitOf(indicator: TrialIndicator): string {
  if (indicator.source === 'manual') return `${indicator.name} (${indicator.unit})`;
  const what = { incidents: 'geregistreerde incidenten', signals: 'meldingen van bewoners', enforcement: 'BOA-registraties' }[
    indicator.source
  ];
  return `${what} per 30 dagen`;
}
