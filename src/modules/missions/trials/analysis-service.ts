/** GET …/trial/analysis: reads the indicator per unit and period and analyses the registered trial. */
import { can, type ServiceContext } from '../../../core/context.ts';
import { transitionNotAllowed } from '../../../core/errors.ts';
import { requireMissionAccess } from '../access.ts';
import { analyseRandomised, analyseSteppedWedge, unitResults, type UnitResult } from './analysis.ts';
import { indicatorValues, valueUnitOf, type UnitValues } from './indicator-values.ts';
import { indicatorLabel, limitationsOf, methodText } from './method.ts';
import { trialPeriods } from './periods.ts';
import { parseSeed } from './prng.ts';
import type { AnalysisView } from './schema.ts';
import { behaviouralMeasure, trialOr404 } from './trial-service.ts';

/**
 * Disclosure (missions/disclosure.ts, the workbench rule): for a caller without analysis:detail a
 * unit's value whose raw count is 1 … minCount−1 is shown as null (with its change); the arm means,
 * estimate and test still use every value. The number hidden is said in the limitations.
 */
function disclosedUnits(units: UnitResult[], raw: UnitValues, minCount: number): { units: UnitResult[]; hidden: number } {
  let hidden = 0;
  const out = units.map((u) => {
    const counts = raw.get(u.code);
    const small = (k: string) => {
      const c = counts?.get(k) ?? 0;
      return c > 0 && c < minCount;
    };
    const keys = Object.keys(u.values).filter(small);
    if (keys.length === 0) return u;
    hidden += keys.length;
    return { ...u, values: { ...u.values, ...Object.fromEntries(keys.map((k) => [k, null])) }, change: null };
  });
  return { units: out, hidden };
}

export async function trialAnalysis(
  ctx: ServiceContext,
  gemeente: string,
  missionId: string,
  measureId: string,
  minCount: number,
  today = new Date(),
): Promise<AnalysisView> {
  await requireMissionAccess(ctx, gemeente, missionId, 'read');
  await behaviouralMeasure(ctx, missionId, measureId);
  const t = await trialOr404(ctx, measureId);
  if (!t.registered_at || !t.allocation || !t.seed)
    throw transitionNotAllowed('Een proef wordt pas geanalyseerd na loting en vooraf registreren.');
  const periods = trialPeriods(t);
  const raw: UnitValues = new Map();
  const values = await indicatorValues(
    ctx,
    gemeente,
    t,
    t.allocation.map((u) => u.code),
    periods,
    raw,
  );
  const units = unitResults(t.allocation, values, periods);
  const seed = parseSeed(t.seed);
  const sw = t.design === 'stepped-wedge' ? analyseSteppedWedge(units, periods, t.steps!, seed) : null;
  const rd = sw ? null : analyseRandomised(units, seed);
  const r = (sw ?? rd)!;
  const missing = units.filter((u) => Object.values(u.values).some((v) => v === null)).length;
  const final = today.toISOString().slice(0, 10) >= t.trial_to;
  const valueUnit = valueUnitOf(t.indicator);
  const limitations = limitationsOf(t, missing, final);
  const shown = can(ctx.actor, 'analysis:detail') ? { units, hidden: 0 } : disclosedUnits(units, raw, minCount);
  if (shown.hidden > 0)
    limitations.push(
      `${shown.hidden} kleine telling(en) (1 tot ${minCount}) per eenheid en periode zijn voor uw rol verborgen; de groepsgemiddelden, schatting en toets gebruiken alle waarden.`,
    );
  const expected = r.estimate === null || r.estimate === 0 ? null : r.estimate < 0 === (t.expected_direction === 'decrease');
  return {
    design: t.design,
    final,
    outcome:
      t.design === 'randomised'
        ? 'verschil in gemiddelde verandering (proefperiode min nulmeting), proefgroep min controlegroep'
        : 'verschil in verandering ten opzichte van de nulmeting, al overgestapt min nog niet overgestapt, gewogen over de perioden',
    valueUnit,
    units: shown.units,
    arms: rd?.arms ?? null,
    periods: sw?.periods ?? null,
    estimate: r.estimate,
    ci: r.ci,
    pValue: r.pValue,
    pMethod: r.pMethod,
    allocationsCompared: r.allocationsCompared,
    inferencePossible: r.inferencePossible,
    inExpectedDirection: expected,
    missingValues: missing,
    method: methodText(t, periods, r, { units: units.length, valueUnit, indicatorLabel: indicatorLabel(t), limitations }),
    limitations,
  };
}
