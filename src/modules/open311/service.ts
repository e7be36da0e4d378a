/**
 * Open311 GeoReport v2 on top of the signals module: services are the active sub-categories,
 * service requests are reports. Listing shows only what the public may see (signals/visibility.ts):
 * reports of public, non-sensitive categories; the description, address text and status notes only
 * once staff published them; a position rounded as on the public map; never personal data.
 */
import type { ServiceContext } from '../../core/context.ts';
import { loadCategories, type CategoryRow } from '../signals/index.ts';
import type { SignalEnv } from '../signals/index.ts';
import { listSignalsForPublic, trackedNumber, type SignalRow } from '../signals/index.ts';
import { NUMBER_PATTERN } from '../signals/index.ts';
import { isNamedInPublic, publicDescription, publicPosition } from '../signals/index.ts';
import { CLOSED_STATUSES, OPEN_STATUSES } from '../signals/index.ts';
import { Open311Error } from './open311-error.ts';

export { postRequest, type Open311Post } from './post-request.ts';

/** At most this many service_request_id values in one list request. */
export const MAX_REQUEST_IDS = 50;

export function presentService(c: CategoryRow, parent: CategoryRow | undefined) {
  return {
    service_code: c.slug,
    service_name: c.name,
    description: c.description,
    metadata: false,
    type: 'realtime',
    keywords: c.keywords.split(/\s+/).filter(Boolean).slice(0, 10).join(','),
    group: parent?.name ?? '',
  };
}

export async function listServices(ctx: ServiceContext, gemeente: string) {
  const cats = await loadCategories(ctx.db, gemeente);
  const bySlug = new Map(cats.map((c) => [c.slug, c]));
  return cats.filter((c) => c.active && c.parent_slug !== null).map((c) => presentService(c, bySlug.get(c.parent_slug!)));
}

export async function serviceDefinition(ctx: ServiceContext, gemeente: string, code: string) {
  const c = (await loadCategories(ctx.db, gemeente)).find((x) => x.slug === code && x.active && x.parent_slug !== null);
  if (!c) throw new Open311Error(404, `service_code '${code.slice(0, 100)}' not found`);
  return { service_code: c.slug, attributes: [] as unknown[] };
}

/** The service_notice of a demo report (made-up example data, removed by `demo remove`). */
export const DEMO_NOTICE = 'Voorbeeldmelding (demo): verzonnen, geen echte melding';

/** Path of a photo staff marked public (served without an account). */
export const publicPhotoPath = (photoId: string) => `/api/v1/public/photos/${photoId}`;

function presentRequest(s: SignalRow, c: CategoryRow, notes: string | null, mediaUrl: string | null) {
  const text = publicDescription(c, s);
  const at = s.lat !== null && s.lon !== null ? publicPosition(c, s.lat, s.lon) : null;
  return {
    service_request_id: s.number,
    status: CLOSED_STATUSES.includes(s.status) ? 'closed' : 'open',
    status_notes: notes,
    service_name: c.name,
    service_code: c.slug,
    description: text.description,
    agency_responsible: s.partner ?? s.department,
    // Demo content (signals.demo) says so in the one free notice field GeoReport v2 has.
    service_notice: s.demo ? DEMO_NOTICE : null,
    requested_datetime: s.created_at.toISOString(),
    updated_datetime: s.updated_at.toISOString(),
    expected_datetime: s.deadline ? `${s.deadline}T17:00:00+01:00` : null,
    address: text.addressText,
    address_id: null,
    zipcode: null,
    lat: at?.lat ?? null,
    long: at?.lon ?? null,
    media_url: mediaUrl,
  };
}

export interface RequestFilter {
  ids?: string[] | undefined;
  serviceCode?: string | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  status?: 'open' | 'closed' | undefined;
}

/** Reports of public, non-sensitive categories; any other number answers as if it did not exist. */
export async function listRequests(ctx: ServiceContext, env: SignalEnv, f: RequestFilter) {
  const gemeente = env.gemeente;
  const cats = new Map((await loadCategories(ctx.db, gemeente)).map((c) => [c.slug, c]));
  const publicSlugs = [...cats.values()].filter((c) => c.parent_slug !== null && isNamedInPublic(c)).map((c) => c.slug);
  if (f.ids && f.ids.length > MAX_REQUEST_IDS) throw new Open311Error(400, `at most ${MAX_REQUEST_IDS} service_request_id values`);
  const ids = f.ids?.filter((id) => NUMBER_PATTERN.test(id));
  if (f.ids?.length && !ids?.length) return [];
  const from = ids?.length ? f.start : (f.start ?? new Date(Date.now() - 90 * 86_400_000));
  const categories = f.serviceCode ? publicSlugs.filter((slug) => slug === f.serviceCode) : publicSlugs;
  const statuses = f.status ? (f.status === 'open' ? OPEN_STATUSES : CLOSED_STATUSES) : undefined;
  const items = await listSignalsForPublic(ctx.db, { gemeente, categories, numbers: ids, from, until: f.end, statuses, limit: 1000 });
  return items.map(({ signal, publishedText, publicPhotoId }) =>
    presentRequest(
      signal,
      cats.get(signal.category_slug)!,
      publishedText,
      publicPhotoId ? env.publicUrl + publicPhotoPath(publicPhotoId) : null,
    ),
  );
}

/** The number of the report behind a private tracking token (the reporter's client); logged by signals as the reporter's read. */
export async function requestByToken(ctx: ServiceContext, token: string) {
  const number = await trackedNumber(ctx, token, 'open311');
  if (!number) throw new Open311Error(404, 'token not found');
  return [{ service_request_id: number, token }];
}
