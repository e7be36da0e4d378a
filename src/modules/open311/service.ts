/**
 * Open311 GeoReport v2 on top of the signals module: services are the active sub-categories,
 * service requests are reports. Listing shows public categories only, sensitive ones blurred
 * (as on the public map), and never personal data.
 */
import type { ServiceContext } from '../../core/context.ts';
import { loadCategories, type CategoryRow } from '../signals/categories.ts';
import { createSignal } from '../signals/intake-service.ts';
import type { SignalEnv } from '../signals/notify.ts';
import { findByTrackingHash, type SignalRow } from '../signals/signal-store.ts';
import { hashToken } from '../signals/tokens.ts';
import { CLOSED_STATUSES, OPEN_STATUSES } from '../signals/workflow.ts';
import { Open311Error } from './format.ts';

export function presentService(c: CategoryRow, parent: CategoryRow | undefined) {
  return { service_code: c.slug, service_name: c.name, description: c.description, metadata: false, type: 'realtime',
    keywords: c.keywords.split(/\s+/).filter(Boolean).slice(0, 10).join(','), group: parent?.name ?? '' };
}

export async function listServices(ctx: ServiceContext, gemeente: string) {
  const cats = await loadCategories(ctx.db, gemeente);
  const bySlug = new Map(cats.map((c) => [c.slug, c]));
  return cats.filter((c) => c.active && c.parent_slug !== null).map((c) => presentService(c, bySlug.get(c.parent_slug!)));
}

export async function serviceDefinition(ctx: ServiceContext, gemeente: string, code: string) {
  const c = (await loadCategories(ctx.db, gemeente)).find((x) => x.slug === code && x.active && x.parent_slug !== null);
  if (!c) throw new Open311Error(404, `service_code '${code}' not found`);
  return { service_code: c.slug, attributes: [] as unknown[] };
}

export interface Open311Post {
  service_code?: string | undefined;
  lat?: string | undefined;
  long?: string | undefined;
  address_string?: string | undefined;
  description?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

export async function postRequest(ctx: ServiceContext, env: SignalEnv, body: Open311Post) {
  if (!body.service_code) throw new Open311Error(400, 'service_code is required');
  const hasPoint = body.lat !== undefined && body.long !== undefined;
  if (!hasPoint && !body.address_string) throw new Open311Error(400, 'lat and long, or address_string, are required');
  const lat = Number(body.lat);
  const lon = Number(body.long);
  if (hasPoint && !(Number.isFinite(lat) && Number.isFinite(lon))) throw new Open311Error(400, 'lat and long must be numbers');
  const description = (body.description ?? '').trim();
  if (description.length < 10) throw new Open311Error(400, 'description must be at least 10 characters');
  const email = body.email?.trim() || undefined;
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Open311Error(400, 'email is not an e-mail address');
  const out = await createSignal(ctx, env, {
    categorySlug: body.service_code, description, location: hasPoint ? { lat, lon } : undefined, addressText: body.address_string,
    email, phone: body.phone?.trim() || undefined, contactConsent: Boolean(email || body.phone), source: 'open311',
  });
  return [{ service_request_id: out.number, token: out.trackingToken, service_notice: `Afhandeling uiterlijk ${out.deadline}`, account_id: null }];
}

/** Path of a photo staff marked public (served without an account). */
export const publicPhotoPath = (photoId: string) => `/api/v1/public/photos/${photoId}`;

function presentRequest(s: SignalRow, c: CategoryRow, notes: string | null, mediaUrl: string | null) {
  const blur = c.is_sensitive;
  const round = (v: number | null, d: number) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
  return {
    service_request_id: s.number, status: CLOSED_STATUSES.includes(s.status) ? 'closed' : 'open', status_notes: notes, service_name: c.name,
    service_code: c.slug, description: blur ? null : s.description, agency_responsible: s.partner ?? s.department, service_notice: null,
    requested_datetime: s.created_at.toISOString(), updated_datetime: s.updated_at.toISOString(),
    expected_datetime: s.deadline ? `${s.deadline}T17:00:00+01:00` : null, address: blur ? null : s.address_text, address_id: null, zipcode: null,
    lat: round(s.lat, blur ? 2 : 5), long: round(s.lon, blur ? 2 : 5), media_url: blur ? null : mediaUrl,
  };
}

export interface RequestFilter {
  ids?: string[] | undefined;
  serviceCode?: string | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  status?: 'open' | 'closed' | undefined;
}

/** The newest public note and the first public photo of each report, in two queries. */
async function notesAndPhotos(ctx: ServiceContext, ids: string[]) {
  if (!ids.length) return { notes: new Map<string, string | null>(), photos: new Map<string, string>() };
  const notes = await ctx.db.selectFrom('signal_history').distinctOn('signal_id').select(['signal_id', 'text']).where('signal_id', 'in', ids)
    .where('is_public', '=', true).where('text', 'is not', null).orderBy('signal_id').orderBy('id', 'desc').execute();
  const photos = await ctx.db.selectFrom('signal_photos').distinctOn('signal_id').select(['signal_id', 'id']).where('signal_id', 'in', ids)
    .where('is_public', '=', true).orderBy('signal_id').orderBy('created_at').orderBy('id').execute();
  return { notes: new Map(notes.map((n) => [n.signal_id, n.text])), photos: new Map(photos.map((p) => [p.signal_id, p.id])) };
}

export async function listRequests(ctx: ServiceContext, env: SignalEnv, f: RequestFilter) {
  const gemeente = env.gemeente;
  const cats = new Map((await loadCategories(ctx.db, gemeente)).map((c) => [c.slug, c]));
  const publicSlugs = [...cats.values()].filter((c) => c.is_public && c.parent_slug !== null).map((c) => c.slug);
  let q = ctx.db.selectFrom('signals').selectAll().where('gemeente_code', '=', gemeente).where('category_slug', 'in', publicSlugs);
  if (f.ids?.length) q = q.where('number', 'in', f.ids);
  else q = q.where('created_at', '>=', f.start ?? new Date(Date.now() - 90 * 86_400_000));
  if (f.serviceCode) q = q.where('category_slug', '=', f.serviceCode);
  if (f.start && f.ids?.length) q = q.where('created_at', '>=', f.start);
  if (f.end) q = q.where('created_at', '<=', f.end);
  if (f.status) q = q.where('status', 'in', f.status === 'open' ? [...OPEN_STATUSES] : [...CLOSED_STATUSES]);
  const rows = await q.orderBy('created_at', 'desc').limit(1000).execute();
  const { notes, photos } = await notesAndPhotos(ctx, rows.map((r) => r.id));
  return rows.map((s) => {
    const photo = photos.get(s.id);
    return presentRequest(s, cats.get(s.category_slug)!, notes.get(s.id) ?? null, photo ? env.publicUrl + publicPhotoPath(photo) : null);
  });
}

export async function requestByToken(ctx: ServiceContext, token: string) {
  const s = await findByTrackingHash(ctx.db, hashToken(token));
  if (!s) throw new Open311Error(404, 'token not found');
  return [{ service_request_id: s.number, token }];
}
