/**
 * The administrative measures of an area's network (`GET /areas/{code}/network`, the wijkgesprek
 * report): one row per measure in force or starting within 30 days. Callers with powers:read see
 * what the measures list shows them; anyone else logged in (a partner, a viewer) the published public
 * parts. Not on the residents' page (anonymous): it has its own section from `GET /public/measures`.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../../core/module-contract.ts';
import type { MeasureView } from './measure-schema.ts';
import { visibleMeasures } from './measure-service.ts';

function periodText(m: MeasureView): string {
  const from = m.status === 'starting' ? `start ${m.period.start}` : `sinds ${m.period.start}`;
  return m.period.end ? `${from}, tot en met ${m.period.end}` : `${from}, zonder einddatum`;
}

function itemOf(m: MeasureView): AreaNetworkItem {
  const point = m.place.point ? { type: 'Point' as const, coordinates: [m.place.point.lon, m.place.point.lat] } : null;
  return {
    id: m.decisionId,
    title: m.title ?? `${m.baseLabel} (${m.article})`,
    kind: m.measureKind,
    status: m.status,
    detail: m.publicOnly ? `${periodText(m)}. ${m.publicText ?? ''}`.trim() : `${m.number}, ${m.article}, ${periodText(m)}`,
    areaCodes: m.place.buurtCode ? [m.place.buurtCode, ...m.place.areaCodes] : m.place.areaCodes,
    geometry: m.place.geometry ?? point,
    warning: null,
  };
}

async function loadMeasures(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null> {
  if (ctx.actor.kind === 'anonymous') return null;
  return (await visibleMeasures(ctx, scope.gemeente, scope.codes, scope.today)).map(itemOf);
}

export const measuresSection: AreaNetworkSection = { key: 'measures', load: loadMeasures };
