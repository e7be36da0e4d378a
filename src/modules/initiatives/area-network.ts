/**
 * The initiatives section of an area's network (AreaNetworkSection 'initiatives'): the initiatives
 * whose buurt is in scope. Staff with network:read see every one not ended, with its status and a
 * warning when the yearly check-in is due; everyone else (partner accounts too) only the published
 * ones. Never contact details.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../core/module-contract.ts';
import { initiativeRows } from './initiative-store.ts';
import { buurtPlaces } from './places.ts';
import { checkInDue, PUBLIC_STATUSES } from './present.ts';

async function loadInitiatives(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[]> {
  const staff = can(ctx.actor, 'network:read');
  const buurtCodes = scope.codes.filter((c) => c.startsWith('BU'));
  const rows = await initiativeRows(
    ctx.db,
    scope.gemeente,
    staff
      ? { buurtCodes, statuses: ['new', 'in-contact', 'supported', 'active'] }
      : { buurtCodes, statuses: PUBLIC_STATUSES, publicOnly: true },
  );
  const places = await buurtPlaces(
    ctx,
    scope.gemeente,
    rows.map((r) => r.buurt_code),
  );
  return rows.map((r) => {
    const place = places.get(r.buurt_code);
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      status: r.status,
      detail: place?.name ?? null,
      areaCodes: [r.buurt_code],
      geometry: place?.point ? { type: 'Point', coordinates: [place.point.lon, place.point.lat] } : null,
      warning: staff && checkInDue(r, scope.today) ? `Jaarlijks gesprek was gepland op ${r.next_check_in}` : null,
    };
  });
}

export const initiativesSection: AreaNetworkSection = { key: 'initiatives', load: loadInitiatives };
