/**
 * Active measures per area: the decisions whose measure is in force on a day (or starts within 30
 * days) in an area, as the caller may see them. Callers with powers:read see every decision; a
 * decision linked to a PGA case they may not open shows only its published public part (nothing
 * before publication). Anyone else (a partner, a viewer) sees published public parts only.
 */
import { can, type ServiceContext } from '../../../core/context.ts';
import { recordProcessing } from '../../audit/index.ts';
import { caseIdsOpenTo } from '../../cases/index.ts';
import { areaCodesOf } from './measure-areas.ts';
import type { DecisionGeometryValue } from './measure-geometry.ts';
import { endInForce, inAreas, isAreaMeasure, isPublished, measureStatus } from './measure-rules.ts';
import type { MeasureView } from './measure-schema.ts';
import { type MeasureRow, measureRows } from './measure-store.ts';

/** Which rows the caller sees whole: every row for the system, rows of open cases, rows without a case. */
export async function caseVisibility(ctx: ServiceContext): Promise<(r: MeasureRow) => boolean> {
  if (!can(ctx.actor, 'powers:read')) return () => false;
  const open = await caseIdsOpenTo(ctx);
  if (open === 'all') return () => true;
  const ids = new Set([...open.assigned, ...open.breakGlass]);
  return (r) => r.case_id === null || ids.has(r.case_id);
}

function fullView(r: MeasureRow, status: 'active' | 'starting'): MeasureView {
  return {
    decisionId: r.id,
    number: r.number,
    title: r.title,
    state: r.state,
    baseLabel: r.base_label,
    article: r.article,
    measureKind: r.measure_kind,
    status,
    period: { start: r.measure_start!, end: endInForce(r), liftedOn: r.lifted_on },
    place: {
      addressLabel: r.address_label,
      point: r.lon !== null && r.lat !== null ? { lon: r.lon, lat: r.lat } : null,
      geometry: (r.geometry ?? null) as DecisionGeometryValue | null,
      buurtCode: r.buurt_code,
      areaCodes: r.area_codes,
    },
    publicText: r.public_text,
    publicOnly: false,
  };
}

/** The published part: kind, basis, period, area (a polygon only for area measures), the published text. */
export function publicView(r: MeasureRow, status: 'active' | 'starting'): MeasureView {
  return {
    decisionId: r.id,
    number: null,
    title: null,
    state: null,
    baseLabel: r.base_label,
    article: r.article,
    measureKind: r.measure_kind,
    status,
    period: { start: r.measure_start!, end: endInForce(r), liftedOn: r.lifted_on },
    place: {
      addressLabel: null,
      point: null,
      geometry: isAreaMeasure(r) ? (r.geometry as DecisionGeometryValue) : null,
      buurtCode: r.buurt_code,
      areaCodes: r.area_codes,
    },
    publicText: r.public_text,
    publicOnly: true,
  };
}

/** The measures in `codes` on `day` the caller may see, whole or as their public part. */
export async function visibleMeasures(ctx: ServiceContext, gemeente: string, codes: readonly string[], day: string) {
  const seesWhole = await caseVisibility(ctx);
  const out: MeasureView[] = [];
  for (const r of await measureRows(ctx.db, gemeente)) {
    const status = measureStatus(r, day);
    if (!status || !inAreas(r, codes)) continue;
    if (seesWhole(r)) out.push(fullView(r, status));
    else if (isPublished(r, day)) out.push(publicView(r, status));
  }
  return out;
}

/** The measures list of an area; the read is logged as a read of the register (it names addresses). */
export async function areaMeasures(ctx: ServiceContext, gemeente: string, code: string, day: string) {
  const area = await areaCodesOf(ctx, gemeente, code);
  const measures = await visibleMeasures(ctx, gemeente, area.codes, day);
  await recordProcessing(ctx, {
    activity: 'powers.decisions.read',
    operation: 'read',
    attributes: { part: 'measures', area: code, date: day, measures: measures.length },
  });
  return { area: { code, name: area.name }, date: day, measures };
}
