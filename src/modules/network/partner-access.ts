/**
 * Who reads the network how. Staff with `network:read` read every partner; a partner account
 * (acting for at least one active organisation) reads its own organisations in full and, of the
 * others, only those working in its organisations' areas — name, type and areas, no contacts.
 * Anyone else is refused (401 anonymous, 403 otherwise).
 */
import { authorize, can, type ServiceContext } from '../../core/context.ts';
import { unauthenticated } from '../../core/errors.ts';
import { worksIn } from './area-codes.ts';
import { areaCodesOfPartners, partnerIdsOfUser } from './partner-store.ts';

export type NetworkReader =
  | { kind: 'staff'; mayEdit: boolean }
  | {
      kind: 'partner';
      /** The active organisations the account acts for. */
      ownIds: readonly string[];
      /** The areas those organisations work in (empty when one of them works city-wide: sees all). */
      areaCodes: readonly string[];
    };

/** The reader's scope, or null when the actor may not read the network at all. */
export async function networkReaderOrNull(
  ctx: ServiceContext,
  gemeente: string,
  areasOf: (ids: readonly string[]) => Promise<string[][]>,
): Promise<NetworkReader | null> {
  if (ctx.actor.kind === 'anonymous') return null;
  if (can(ctx.actor, 'network:read')) return { kind: 'staff', mayEdit: can(ctx.actor, 'network:edit') };
  if (ctx.actor.kind !== 'user') return null;
  const ownIds = await partnerIdsOfUser(ctx.db, ctx.actor.userId, gemeente);
  if (ownIds.length === 0) return null;
  const areas = await areasOf(ownIds);
  const cityWide = areas.some((codes) => codes.length === 0);
  return { kind: 'partner', ownIds, areaCodes: cityWide ? [] : [...new Set(areas.flat())] };
}

/** As networkReaderOrNull, but refusing: 401 for anonymous callers, 403 for others. */
export async function networkReader(
  ctx: ServiceContext,
  gemeente: string,
  areasOf: (ids: readonly string[]) => Promise<string[][]>,
): Promise<NetworkReader> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const reader = await networkReaderOrNull(ctx, gemeente, areasOf);
  if (!reader) authorize(ctx, 'network:read');
  return reader!;
}

/** Whether the reader sees this partner at all. */
export function readerSeesPartner(reader: NetworkReader, partner: { id: string; area_codes: readonly string[]; active: boolean }) {
  if (reader.kind === 'staff') return true;
  if (reader.ownIds.includes(partner.id)) return true;
  if (!partner.active) return false;
  return reader.areaCodes.length === 0 || worksIn(partner.area_codes, reader.areaCodes);
}

/** Whether the reader sees this partner's contact persons. */
export const readerSeesContacts = (reader: NetworkReader, partnerId: string) =>
  reader.kind === 'staff' || reader.ownIds.includes(partnerId);

/** The reader of the network (401/403 for whoever may not read it). */
export const readerOf = (ctx: ServiceContext, gemeente: string) => networkReader(ctx, gemeente, (ids) => areaCodesOfPartners(ctx.db, ids));

/** The reader of the network, or null (an area network's sections leave themselves out). */
export const readerOrNull = (ctx: ServiceContext, gemeente: string) =>
  networkReaderOrNull(ctx, gemeente, (ids) => areaCodesOfPartners(ctx.db, ids));
