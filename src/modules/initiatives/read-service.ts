/**
 * Reading initiatives. Everyone (no account needed) sees the published ones that are supported or
 * active, with only what the initiators agreed to publish; staff with `network:read` see all with
 * the review part (the spot given on the form only with initiatives:review); nobody sees contact
 * details here (contact-service.ts, initiatives:review, logged).
 */
import { can, type ServiceContext } from '../../core/context.ts';
import { areaHierarchy, vintageYears } from '../areas/index.ts';
import { accountSummaries } from '../users/index.ts';
import { historyRows, type InitiativeRow, initiativeRows, type RowFilter, supportRows } from './initiative-store.ts';
import { initiativeNotFound } from './not-found.ts';
import { buurtPlaces } from './places.ts';
import { checkInDue, dayOf, PUBLIC_STATUSES, presentPublic, presentStaff } from './present.ts';
import type { InitiativeDetail, InitiativeView, ListQuery } from './schema.ts';

/** The buurt codes inside an area (a buurt: itself; a wijk: its buurten); undefined for the whole municipality. */
export async function buurtCodesIn(ctx: ServiceContext, gemeente: string, area: string | undefined): Promise<string[] | undefined> {
  if (!area || area.startsWith('GM')) return undefined;
  if (area.startsWith('BU')) return [area];
  const year = (await vintageYears(ctx, gemeente))[0];
  if (year === undefined) return [];
  return (await areaHierarchy(ctx, gemeente, year)).filter((a) => a.parentCode === area).map((a) => a.code);
}

/** Presents rows for the actor: the staff view for network:read, else the public view. */
export async function presentRows(ctx: ServiceContext, gemeente: string, rows: InitiativeRow[], now: Date): Promise<InitiativeView[]> {
  const places = await buurtPlaces(
    ctx,
    gemeente,
    rows.map((r) => r.buurt_code),
  );
  if (!can(ctx.actor, 'network:read')) return rows.map((r) => presentPublic(r, places.get(r.buurt_code)));
  const reviewers = await accountSummaries(
    ctx.db,
    rows.flatMap((r) => (r.reviewer_id ? [r.reviewer_id] : [])),
  );
  const today = dayOf(now);
  const showSpot = can(ctx.actor, 'initiatives:review');
  return rows.map((r) =>
    presentStaff(r, places.get(r.buurt_code), r.reviewer_id ? reviewers.get(r.reviewer_id)?.name : undefined, today, showSpot),
  );
}

export async function listInitiatives(ctx: ServiceContext, gemeente: string, q: ListQuery, now: Date): Promise<InitiativeView[]> {
  const staff = can(ctx.actor, 'network:read');
  const filter: RowFilter = { kind: q.kind, buurtCodes: await buurtCodesIn(ctx, gemeente, q.area) };
  if (staff && q.status) filter.statuses = [q.status];
  if (!staff) {
    filter.statuses = PUBLIC_STATUSES;
    filter.publicOnly = true;
  }
  let rows = await initiativeRows(ctx.db, gemeente, filter);
  if (staff && q.checkInDue) rows = rows.filter((r) => checkInDue(r, dayOf(now)) === (q.checkInDue === 'true'));
  return presentRows(ctx, gemeente, rows, now);
}

/** One initiative as the actor may see it; 404 when it does not exist or is not public (for the public). */
export async function findVisibleRow(ctx: ServiceContext, gemeente: string, id: string): Promise<InitiativeRow> {
  const staff = can(ctx.actor, 'network:read');
  const [row] = await initiativeRows(ctx.db, gemeente, staff ? { id } : { id, statuses: PUBLIC_STATUSES, publicOnly: true });
  if (!row) throw initiativeNotFound(id);
  return row;
}

export async function getInitiative(ctx: ServiceContext, gemeente: string, id: string, now: Date): Promise<InitiativeDetail> {
  const row = await findVisibleRow(ctx, gemeente, id);
  const [view] = await presentRows(ctx, gemeente, [row], now);
  if (!view!.review) return { ...view!, history: null, support: null };
  const [history, support] = await Promise.all([historyRows(ctx.db, id), supportRows(ctx.db, id)]);
  const names = await accountSummaries(
    ctx.db,
    history.flatMap((h) => (h.actor.startsWith('user:') ? [h.actor.slice(5)] : [])),
  );
  return {
    ...view!,
    history: history.map((h) => ({
      at: new Date(h.at).toISOString(),
      actor: h.actor.startsWith('user:') ? (names.get(h.actor.slice(5))?.name ?? '—') : h.actor.replace(/^system:.*/, 'system'),
      event: h.event as 'registered',
      fromStatus: h.from_status,
      toStatus: h.to_status,
      note: h.note,
    })),
    support: support.map((s) => ({
      id: s.id,
      kind: s.kind,
      amountEuro: s.amount_euro === null ? null : Number(s.amount_euro),
      description: s.description,
      givenOn: s.given_on ?? '',
      until: s.until,
    })),
  };
}
