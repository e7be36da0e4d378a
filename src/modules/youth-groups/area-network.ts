/**
 * The youth groups of an area's network (`GET /areas/{code}/network`, the wijkgesprek report):
 * one row per group whose area is in scope.codes (a wijk's buurten are in them), kind = the latest
 * classification (`unassessed` before the first assessment), detail = the last assessment date,
 * geometry = the group's first hangplek (a Point, or a Polygon as drawn; the page shows every
 * hangplek), a warning when the review is due. Null for actors without `youthgroups:read`. Not
 * logged as a read of the register: it shows no case references, description or approach.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../core/module-contract.ts';
import { reviewDue } from './access.ts';
import { assessmentRows, groupRows } from './group-store.ts';

async function loadYouthGroups(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null> {
  if (!can(ctx.actor, 'youthgroups:read')) return null;
  const rows = (await groupRows(ctx.db, scope.gemeente)).filter((r) => scope.codes.includes(r.area_code));
  const assessments = await assessmentRows(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const latest = assessments.filter((a) => a.group_id === r.id).at(-1);
    return {
      id: r.id,
      title: r.name,
      kind: latest?.classification ?? 'unassessed',
      detail: latest ? `laatste beoordeling ${latest.assessed_on}` : 'nog niet beoordeeld',
      areaCodes: [r.area_code],
      geometry: r.hangplekken[0]?.geometry ?? null,
      warning: reviewDue(r.review_date, scope.today) ? `herbeoordeling was gepland op ${r.review_date}` : null,
    };
  });
}

export const youthGroupsSection: AreaNetworkSection = { key: 'youthGroups', load: loadYouthGroups };
