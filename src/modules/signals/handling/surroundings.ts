/**
 * A report in its place, for the staff detail page: the buurt's name, the nearest BAG address when
 * the reporter typed none, the other open reports close by, and the likely duplicates among them
 * (duplicate-score.ts). A partner sees only the reports forwarded to it.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { areaNames } from '../../areas/index.ts';
import { nearestAddress } from '../../geocoder/index.ts';
import { loadCategories } from '../config/categories.ts';
import { authorizeSignal, inScope } from '../partner-access.ts';
import { requireSignal, type SignalRow } from '../records/signal-store.ts';
import { OPEN_STATUSES, STATUS_LABELS, isClosed } from '../records/workflow.ts';
import { type Candidate, DUPLICATE_METRES, NEARBY_METRES, distanceMetres, scoreDuplicate } from './duplicate-score.ts';

const NEARBY_LIMIT = 20;

async function openReportsAround(ctx: ServiceContext, s: SignalRow & { x: number; y: number }) {
  return ctx.db
    .selectFrom('signals')
    .selectAll()
    .where('gemeente_code', '=', s.gemeente_code)
    .where('id', '!=', s.id)
    .where('merged_into_id', 'is', null)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('x', '>=', s.x - NEARBY_METRES)
    .where('x', '<=', s.x + NEARBY_METRES)
    .where('y', '>=', s.y - NEARBY_METRES)
    .where('y', '<=', s.y + NEARBY_METRES)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

async function buurtOf(ctx: ServiceContext, s: SignalRow) {
  if (!s.buurt_code || !s.area_year) return null;
  const names = await areaNames(ctx, s.gemeente_code, s.area_year, [s.buurt_code]);
  return { code: s.buurt_code, name: names.get(s.buurt_code) ?? null };
}

export async function signalSurroundings(ctx: ServiceContext, gemeente: string, idOrNumber: string) {
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  const scope = await authorizeSignal(ctx, s, 'signals:read');
  const buurt = await buurtOf(ctx, s);
  if (s.x === null || s.y === null) return { buurt, nearestAddress: null, nearby: [], duplicates: [] };
  const here = { ...s, x: s.x, y: s.y };
  const address =
    s.address_text || s.lat === null || s.lon === null ? null : await nearestAddress(ctx.db, gemeente, { lat: s.lat, lon: s.lon });
  const cats = new Map((await loadCategories(ctx.db, gemeente)).map((c) => [c.slug, c]));
  const candidate = (r: SignalRow): Candidate => ({
    id: r.id,
    parentId: r.parent_id,
    categorySlug: r.category_slug,
    mainCategory: cats.get(r.category_slug)?.parent_slug ?? null,
    createdAt: r.created_at,
    x: r.x ?? Number.NaN,
    y: r.y ?? Number.NaN,
  });
  const rows = (await openReportsAround(ctx, here)).filter((r) => r.x !== null && inScope(scope, r));
  const present = (r: SignalRow) => ({
    id: r.id,
    number: r.number,
    categorySlug: r.category_slug,
    categoryName: cats.get(r.category_slug)?.name ?? r.category_slug,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status].nl,
    createdAt: r.created_at.toISOString(),
    distanceMetres: distanceMetres(here, { x: r.x!, y: r.y! }),
    location: { lat: r.lat!, lon: r.lon! },
  });
  const nearby = rows
    .map(present)
    .filter((n) => n.distanceMetres <= NEARBY_METRES)
    .sort((a, b) => a.distanceMetres - b.distanceMetres)
    .slice(0, NEARBY_LIMIT);
  const open = !isClosed(s.status) && !s.merged_into_id;
  const self = candidate(s);
  const duplicates = open
    ? rows
        .map((r) => ({ r, score: scoreDuplicate(self, candidate(r)) }))
        .filter((d): d is { r: SignalRow; score: NonNullable<typeof d.score> } => d.score !== null)
        .sort((a, b) => b.score.score - a.score.score)
        .map(({ r, score }) => ({ ...present(r), ...score }))
    : [];
  return {
    buurt,
    nearestAddress: address && { text: address.text, distanceMetres: address.metres },
    radiusMetres: { nearby: NEARBY_METRES, duplicates: DUPLICATE_METRES },
    nearby,
    duplicates,
  };
}
