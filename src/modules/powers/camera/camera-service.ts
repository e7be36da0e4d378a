/**
 * The yearly evaluation of a camera area: per year since measure_start (and the year before it as
 * baseline) the registered incidents inside the area and in a ring around it (missions' place
 * counts), small numbers suppressed under the municipality's threshold for callers without
 * analysis:detail; the recorded evaluations; the next evaluation as a deadline.
 */
import { can, type ServiceContext } from '../../../core/context.ts';
import { badRequest, conflict } from '../../../core/errors.ts';
import { Disclosure } from '../../analysis/index.ts';
import { recordProcessing } from '../../audit/index.ts';
import { placeCounts } from '../../missions/index.ts';
import { decisionForCaller } from '../measures/decision-access.ts';
import type { DecisionGeometryValue } from '../measures/measure-geometry.ts';
import { endInForce } from '../measures/measure-rules.ts';
import type { MeasureRow } from '../measures/measure-store.ts';
import { cameraEvaluationDeadline } from './camera-deadline.ts';
import { cameraEvaluationRows, insertCameraEvaluation } from './camera-store.ts';
import { evaluatedUntil, evaluationYears } from './camera-years.ts';
import type { CameraOutcome } from './tables.ts';

export interface CameraSettings {
  gemeente: string;
  minCellCount: number;
}

function requireCamera(row: MeasureRow): asserts row is MeasureRow & { measure_start: string } {
  if (row.measure_kind !== 'camera') throw conflict(`Besluit ${row.number} is geen cameragebied (art. 151c Gemeentewet).`);
  if (!row.measure_start) throw conflict(`Besluit ${row.number} heeft nog geen startdatum van het cameratoezicht.`);
}

async function yearCounts(
  ctx: ServiceContext,
  s: CameraSettings,
  row: MeasureRow & { measure_start: string },
  ring: number,
  today: string,
) {
  const years = evaluationYears(row.measure_start, evaluatedUntil(row.measure_start, endInForce(row), row.lifted_on, today));
  const rule = new Disclosure(can(ctx.actor, 'analysis:detail'), s.minCellCount);
  const geometry = row.geometry as DecisionGeometryValue | null;
  const counts = geometry
    ? await placeCounts(ctx, { gemeente: s.gemeente, scope: { kind: 'polygon', geometry }, ringMetres: ring }, years)
    : years.map(() => null);
  const rows = years.map((y, i) => ({
    ...y,
    partial: y.to > today,
    inside: counts[i] ? rule.count(counts[i].target) : null,
    around: counts[i] ? rule.count(counts[i].ring) : null,
  }));
  const note = rule.suppressed
    ? `Aantallen van 1 tot en met ${s.minCellCount - 1} worden niet getoond aan wie geen detailcijfers mag zien.`
    : null;
  return { years: rows, disclosure: { minCount: s.minCellCount, suppressed: rule.suppressed, note }, hasArea: geometry !== null };
}

export async function cameraEvaluation(ctx: ServiceContext, s: CameraSettings, id: string, ringMetres: number, today: string) {
  const row = await decisionForCaller(ctx, s.gemeente, id);
  requireCamera(row);
  const figures = await yearCounts(ctx, s, row, ringMetres, today);
  const evaluations = (await cameraEvaluationRows(ctx.db, id)).map((e) => ({
    id: e.id,
    year: e.year,
    evaluatedOn: e.evaluated_on,
    conclusion: e.conclusion,
    outcome: e.outcome,
    recordedAt: new Date(e.recorded_at).toISOString(),
  }));
  const deadline = await cameraEvaluationDeadline(
    ctx,
    { id, measureKind: row.measure_kind, measureStart: row.measure_start, measureEnd: endInForce(row), liftedOn: row.lifted_on },
    today,
  );
  const reasons = figures.hasArea
    ? []
    : ['Het besluit heeft geen getekend gebied: tellingen binnen en rond het gebied kunnen niet worden gemaakt.'];
  return {
    decisionId: id,
    number: row.number,
    measureStart: row.measure_start,
    ringMetres,
    years: figures.years,
    disclosure: figures.disclosure,
    reasons,
    evaluations,
    deadline,
  };
}

export async function recordCameraEvaluation(
  ctx: ServiceContext,
  s: CameraSettings,
  id: string,
  body: { year: number; evaluatedOn: string; conclusion: string; outcome: CameraOutcome },
  today: string,
) {
  const row = await decisionForCaller(ctx, s.gemeente, id);
  requireCamera(row);
  const begun = evaluationYears(row.measure_start, evaluatedUntil(row.measure_start, endInForce(row), row.lifted_on, today)).length - 1;
  if (body.year > begun)
    throw badRequest(`Jaar ${body.year} van het cameratoezicht is nog niet begonnen (nu jaar ${begun}).`, [
      { name: 'body.year', reason: `moet tussen 1 en ${Math.max(1, begun)} liggen` },
    ]);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const created = await insertCameraEvaluation(ctx.db, id, { ...body, recordedBy: userId });
  if (!created) throw conflict(`De evaluatie van jaar ${body.year} is al vastgelegd.`);
  await recordProcessing(ctx, {
    activity: 'powers.decisions.manage',
    operation: 'create',
    attributes: { part: 'camera-evaluation', decision: row.number, year: body.year, outcome: body.outcome },
  });
  return cameraEvaluation(ctx, s, id, 200, today);
}
