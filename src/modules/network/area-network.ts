/**
 * The network module's sections of an area's network (`GET /areas/{code}/network`, the wijkgesprek
 * report): the active partners working in the area (no areas: city-wide) and the agreements that
 * apply there and have not expired. Staff with `network:read` see all; a partner account sees the
 * partners it may see (partner-access.ts) and only agreements its organisation is party to; anyone
 * else gets null.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../core/module-contract.ts';
import { agreementRows } from './agreement-store.ts';
import { agreementState } from './agreement-status.ts';
import { listedIn } from './area-codes.ts';
import { contactFunctions } from './contact-store.ts';
import { readerOrNull, readerSeesContacts, readerSeesPartner } from './partner-access.ts';
import { partnerRows } from './partner-store.ts';

async function partnerItems(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null> {
  const reader = await readerOrNull(ctx, scope.gemeente);
  if (!reader) return null;
  const rows = (await partnerRows(ctx.db, scope.gemeente)).filter(
    (r) => r.active && readerSeesPartner(reader, r) && listedIn(r.area_codes, scope.codes),
  );
  const functions = await contactFunctions(
    ctx.db,
    rows.filter((r) => readerSeesContacts(reader, r.id)).map((r) => r.id),
  );
  return rows.map((r) => {
    const roles = functions.get(r.id) ?? (readerSeesContacts(reader, r.id) && r.contact_role ? [r.contact_role] : []);
    return {
      id: r.id,
      title: r.name,
      kind: r.kind,
      status: r.area_codes.length === 0 ? 'city-wide' : null,
      detail: roles.length ? `Contact: ${roles.join(', ')}` : null,
      areaCodes: r.area_codes,
    };
  });
}

async function agreementItems(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null> {
  const reader = await readerOrNull(ctx, scope.gemeente);
  if (!reader) return null;
  const rows = await agreementRows(ctx.db, scope.gemeente, reader.kind === 'partner' ? reader.ownIds : undefined);
  return rows.flatMap((a) => {
    const state = agreementState(a, scope.today);
    if (state.status === 'expired' || !listedIn(a.area_codes, scope.codes)) return [];
    const parties = a.parties.map((p) => p.name).join(', ');
    const period = a.ends_on ? `t/m ${a.ends_on}` : `vanaf ${a.starts_on}`;
    return [
      {
        id: a.id,
        title: a.title,
        kind: a.kind,
        status: state.status,
        detail: `${period} · ${parties}`,
        areaCodes: a.area_codes,
        warning: state.warning,
      },
    ];
  });
}

export const networkAreaSections: readonly AreaNetworkSection[] = [
  { key: 'partners', load: partnerItems },
  { key: 'agreements', load: agreementItems },
];
