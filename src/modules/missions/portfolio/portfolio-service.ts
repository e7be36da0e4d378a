/**
 * The portfolio: every mission the caller may see with status, KPI progress and next review, a
 * GeoJSON of their scopes for the map, the prioritisation view (prioritisation.ts) and candidate
 * missions from early-warning alerts (candidates.ts).
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { Alert } from '../../analysis-views/index.ts';
import { candidatesFromAlerts } from './candidates.ts';
import { goalRows, presentGoal } from '../goals/goal-service.ts';
import { listMissions } from '../mission-service.ts';
import { findMission, listMissionRows } from '../mission-store.ts';
import { prioritise } from './prioritisation.ts';
import type { ProgressStatus } from '../goals/progress.ts';
import { geometryLoader } from '../scope/geometry-loader.ts';
import type { Scope } from '../scope/scope.ts';
import { figureRule } from '../disclosure.ts';
import type { MissionSettings } from '../settings.ts';

const WORST: ProgressStatus[] = ['behind', 'no-data', 'suppressed', 'on-track', 'achieved'];

export async function portfolio(ctx: ServiceContext, s: MissionSettings) {
  const gemeente = s.gemeente;
  const missions = await listMissions(ctx, gemeente);
  const geometryOf = geometryLoader(ctx, gemeente);
  const items = [];
  const features = [];
  for (const m of missions) {
    const row = (await findMission(ctx.db, gemeente, m.id))!;
    const goals = [];
    const rule = figureRule(ctx, s, row.scope as Scope);
    for (const g of await goalRows(ctx, [m.id])) goals.push(await presentGoal(ctx, s, row, g, { edit: m.permissions.edit }, rule));
    const kpis = goals.map((g) => ({
      goalId: g.id,
      title: g.title,
      status: g.progress.status,
      fraction: g.progress.fraction,
      expectedFraction: g.progress.expectedFraction,
    }));
    const overall = goals.length ? WORST.find((s) => kpis.some((k) => k.status === s))! : null;
    items.push({ ...m, kpis, kpiStatus: overall });
    const geometry = await geometryOf(m.scope as Scope);
    if (geometry)
      features.push({
        type: 'Feature' as const,
        id: m.id,
        properties: { id: m.id, number: m.number, title: m.title, status: m.status, priority: m.priority, kpiStatus: overall },
        geometry,
      });
  }
  return { missions: items, map: { type: 'FeatureCollection' as const, features } };
}

export async function prioritisation(ctx: ServiceContext, gemeente: string) {
  const visible = new Set((await listMissions(ctx, gemeente)).map((m) => m.id));
  const rows = (await listMissionRows(ctx.db, gemeente)).filter((r) => visible.has(r.id) && r.status !== 'closed');
  return prioritise(
    rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      status: r.status,
      priority: r.priority,
      impactScore: r.impact_score,
      impactRationale: r.impact_rationale,
      feasibilityScore: r.feasibility_score,
      feasibilityRationale: r.feasibility_rationale,
    })),
  );
}

/** Candidate missions from alerts, marked when an open mission already covers them. */
export async function candidateMissions(ctx: ServiceContext, gemeente: string, alerts: Alert[]) {
  const visible = await listMissions(ctx, gemeente);
  const rows = await listMissionRows(ctx.db, gemeente, { ids: visible.map((m) => m.id) });
  const coverage = rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    buurten: (r.scope as { codes?: string[] }).codes ?? [],
    crimeTypes: r.crime_types,
  }));
  return candidatesFromAlerts(alerts, coverage);
}
