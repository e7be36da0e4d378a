/**
 * The effect engine for any place, not only a mission: the crime part of the mission effect
 * (Poisson DiD against suggested comparison buurten, WDD with a buffer ring) for a polygon scope
 * with its own crime types and start date — e.g. the surroundings of a closed address (the
 * powers module's closure effect). Also plain before/after counts inside a polygon and in a ring
 * around it, per period (a camera area's yearly evaluation). Figures under the caller's rule.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { aggregateContext } from '../aggregate-context.ts';
import { figureRule, type FigureSettings } from '../disclosure.ts';
import { eventPoints } from '../event-points.ts';
import { scopeLabeller } from '../scope/labeller.ts';
import type { PolygonScope } from '../scope/scope.ts';
import { crimeEffect, dataWindow, periodsFor, type Settings } from './effect-service.ts';

export interface PlaceEffectInput {
  gemeente: string;
  /** The place as a drawn polygon (WGS84). */
  scope: PolygonScope;
  /** Registered-crime types (`1.4.*` a group); empty = all. */
  crimeTypes: string[];
  /** The day the measure started (YYYY-MM-DD); null: not started, not enough data. */
  start: string | null;
  /** The ring for displacement (default 200 m), minimum events (default 20), weeks after (12), history months (24). */
  settings?: Pick<Settings, 'ringMetres' | 'minCount' | 'minWeeksAfter' | 'historyMonths'>;
}

/** The crime effect around a place: status ok / not-enough-data with reasons, counts, DiD, WDD, method text. */
export async function placeEffect(ctx: ServiceContext, figures: FigureSettings, input: PlaceEffectInput, now = new Date()) {
  const actx = aggregateContext(ctx);
  const settings: Settings = input.settings ?? {};
  const rule = figureRule(ctx, figures, input.scope);
  const window = await dataWindow(actx, input.gemeente, input.start, settings.minWeeksAfter ?? 12, now);
  if ('reasons' in window)
    return { status: 'not-enough-data' as const, reasons: window.reasons, crime: null, method: null, caveats: [], disclosure: rule.info() };
  const periods = periodsFor(window.start, window.end, settings.historyMonths ?? 24);
  const subject = { gemeente: input.gemeente, crimeTypes: input.crimeTypes };
  const crime = await crimeEffect(actx, subject, input.scope, settings, periods, rule);
  return { ...crime, disclosure: rule.info() };
}

/** Events inside the polygon (`target`) and in the ring around it, per period [from, to) of YYYY-MM-DD days. Raw counts: the caller discloses them. */
export async function placeCounts(
  ctx: ServiceContext,
  input: { gemeente: string; scope: PolygonScope; ringMetres: number; crimeTypes?: string[] },
  periods: readonly { from: string; to: string }[],
): Promise<{ target: number; ring: number }[]> {
  const actx = aggregateContext(ctx);
  const out = periods.map(() => ({ target: 0, ring: 0 }));
  if (periods.length === 0) return out;
  const ms = periods.map((p) => ({ from: Date.parse(`${p.from}T00:00:00Z`), to: Date.parse(`${p.to}T00:00:00Z`) }));
  const labeller = await scopeLabeller(actx, input.gemeente, input.scope, input.ringMetres);
  const from = new Date(Math.min(...ms.map((p) => p.from)));
  const to = new Date(Math.max(...ms.map((p) => p.to)));
  const pts = await eventPoints(actx, input.gemeente, { from, to, crimeTypes: input.crimeTypes ?? [] });
  for (let k = 0; k < pts.n; k++) {
    const label = labeller.label(pts.x[k]!, pts.y[k]!, pts.lon[k]!, pts.lat[k]!);
    if (label !== 'target' && label !== 'ring') continue;
    const t = pts.startMin[k]! * 60_000;
    ms.forEach((p, i) => {
      if (t >= p.from && t < p.to) out[i]![label]++;
    });
  }
  return out;
}
