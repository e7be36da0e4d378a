/**
 * Perceived-safety goals in the effect: the survey estimate before and after the start with their
 * 95% margins. Difference Δ = after − before with margin √(m_b² + m_a²) (independent samples);
 * with the gemeente as comparison (when the goal's area is smaller), the difference-in-differences
 * Δ_T − Δ_GM with margin √(m_Tb² + m_Ta² + m_Cb² + m_Ca²) — conservative-ish, as the target is part
 * of the gemeente. "After" is the first survey year whose fieldwork (autumn) follows the start.
 * Estimates perception suppresses (too few respondents) are not used (indicators/perception.ts).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { surveyResults } from '../goals/indicators/perception.ts';
import type { Indicator } from '../goals/indicators/types.ts';
import type { MissionRow } from '../mission-store.ts';

type Row = Awaited<ReturnType<typeof surveyResults>>[number];

function beforeAfter(rows: Row[], start: string): { before: Row | null; after: Row | null } {
  const startYear = Number(start.slice(0, 4));
  const firstAfter = startYear + (Number(start.slice(5, 7)) >= 9 ? 1 : 0);
  const before = rows.filter((r) => r.year < startYear).pop() ?? null;
  const after = rows.filter((r) => r.year >= firstAfter).pop() ?? null;
  return { before, after };
}

const view = (r: Row | null) => (r ? { year: r.year, value: r.value!, margin: r.margin } : null);

export async function perceptionEffects(
  ctx: ServiceContext,
  m: MissionRow,
  goals: { id: string; title: string; indicator: unknown }[],
  start: string | null,
  minRespondents: number,
) {
  const out = [];
  for (const g of goals) {
    const i = g.indicator as Indicator;
    if (i.source !== 'perception') continue;
    const target = start
      ? beforeAfter(await surveyResults(ctx, m.gemeente_code, i.indicatorCode, i.areaCode, minRespondents), start)
      : { before: null, after: null };
    const comparison =
      start && i.areaCode !== m.gemeente_code
        ? beforeAfter(await surveyResults(ctx, m.gemeente_code, i.indicatorCode, m.gemeente_code, minRespondents), start)
        : null;
    const ok = target.before && target.after && target.before.margin !== null && target.after.margin !== null;
    const difference = ok ? target.after!.value! - target.before!.value! : null;
    const margin = ok ? Math.hypot(target.before!.margin!, target.after!.margin!) : null;
    const cOk = ok && comparison?.before && comparison.after && comparison.before.margin !== null && comparison.after.margin !== null;
    const did = cOk ? difference! - (comparison!.after!.value! - comparison!.before!.value!) : null;
    const didMargin = cOk ? Math.hypot(margin!, comparison!.before!.margin!, comparison!.after!.margin!) : null;
    out.push({
      goalId: g.id,
      title: g.title,
      indicatorCode: i.indicatorCode,
      areaCode: i.areaCode,
      before: view(target.before),
      after: view(target.after),
      difference,
      margin,
      significant: ok ? Math.abs(difference!) > margin! : null,
      comparison: cOk
        ? {
            areaCode: m.gemeente_code,
            before: view(comparison!.before),
            after: view(comparison!.after),
            differenceInDifferences: did,
            margin: didMargin,
            significant: Math.abs(did!) > didMargin!,
          }
        : null,
      method: ok
        ? 'Verschil tussen de enquêteschattingen (na − vóór), met marge √(m_vóór² + m_na²) uit de gepubliceerde marges van het 95%-betrouwbaarheidsinterval.'
        : null,
      reason: ok
        ? null
        : !start
          ? 'Er is geen startdatum ingesteld.'
          : 'Er is nog geen enquêteschatting met marge van zowel vóór als na de start.',
    });
  }
  return out;
}
