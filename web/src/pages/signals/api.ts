/** The signals (meldingen) API calls of the web app, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';
import type {
  Contact,
  FeedbackReply,
  FormStart,
  InboxReply,
  IntakeBody,
  IntakeReply,
  PublicMap,
  SavedFilter,
  SignalDetail,
  Suggestion,
  Surroundings,
  Template,
  Tracking,
} from './types.ts';

const V1 = '/api/v1';
const PUB = `${V1}/public`;
type Csrf = string | null;
const enc = encodeURIComponent;

// Resident side (no account). A staff member's session cookie still needs the CSRF header.
export const getPublicCategories = (c: ApiClient = api) => c.request<Reply<'/api/v1/public/signal-categories'>>(`${PUB}/signal-categories`);
export const startForm = (c: ApiClient = api) => c.request<FormStart>(`${PUB}/signals/form`);
export const suggestCategory = (description: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Suggestion>(`${PUB}/signals/suggest-category`, { method: 'POST', body: { description }, csrfToken: csrf });

export function nearbySignals(lat: number, lon: number, categorySlug: string, c: ApiClient = api) {
  const q = new URLSearchParams({ lat: String(lat), lon: String(lon), categorySlug });
  return c.request<Reply<'/api/v1/public/signals/nearby'>>(`${PUB}/signals/nearby?${q.toString()}`);
}

/** The Idempotency-Key makes a retry after a network error return the first reply (no second report). */
export const createSignal = (body: IntakeBody, idempotencyKey: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<IntakeReply>(`${PUB}/signals`, { method: 'POST', body, csrfToken: csrf, headers: { 'idempotency-key': idempotencyKey } });

export function uploadPhoto(token: string, file: File, csrf: Csrf, c: ApiClient = api) {
  const form = new FormData();
  form.append('photo', file, file.name);
  return c.request<Reply<'/api/v1/public/signals/track/{token}/photos', 'post'>>(`${PUB}/signals/track/${enc(token)}/photos`, {
    method: 'POST',
    body: form,
    csrfToken: csrf,
  });
}

export const trackSignal = (token: string, c: ApiClient = api) => c.request<Tracking>(`${PUB}/signals/track/${enc(token)}`);
export const trackingPhotoUrl = (token: string, photoId: string) => `${PUB}/signals/track/${enc(token)}/photos/${enc(photoId)}`;
export const giveFeedback = (token: string, body: Body<'/api/v1/public/signals/track/{token}/feedback'>, csrf: Csrf, c: ApiClient = api) =>
  c.request<FeedbackReply>(`${PUB}/signals/track/${enc(token)}/feedback`, { method: 'POST', body, csrfToken: csrf });
export const subscribeToSignal = (number: string, email: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/public/signals/{number}/subscriptions', 'post'>>(`${PUB}/signals/${enc(number)}/subscriptions`, {
    method: 'POST',
    body: { email },
    csrfToken: csrf,
  });
export const subscribeToBuurt = (code: string, email: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/public/buurten/{code}/subscriptions', 'post'>>(`${PUB}/buurten/${enc(code)}/subscriptions`, {
    method: 'POST',
    body: { email },
    csrfToken: csrf,
  });
export const confirmSubscription = (token: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/public/subscriptions/{token}/confirm', 'post'>>(`${PUB}/subscriptions/${enc(token)}/confirm`, {
    method: 'POST',
    csrfToken: csrf,
  });
export const unsubscribe = (token: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/public/subscriptions/{token}/unsubscribe', 'post'>>(`${PUB}/subscriptions/${enc(token)}/unsubscribe`, {
    method: 'POST',
    csrfToken: csrf,
  });
export const getPublicMap = (c: ApiClient = api) => c.request<PublicMap>(`${PUB}/signals/map`);
/** A tapped pin: what the public may read of one report of a public, non-sensitive category. */
export const getPublicReport = (number: string, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/public/signals/{number}'>>(`${PUB}/signals/${enc(number)}`);
/** The buurt of a tapped point (public areas API), for "meld mij nieuwe meldingen hier" in the whole buurt. */
export const locateBuurt = (p: { lat: number; lon: number }, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/areas/locate'>>(`${V1}/areas/locate?lat=${p.lat}&lon=${p.lon}`);
/** "Meld mij nieuwe meldingen hier": new public reports within `radius` metres of a point (double opt-in). */
export const subscribeToPoint = (body: Body<'/api/v1/public/map/subscriptions'>, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/public/map/subscriptions', 'post'>>(`${PUB}/map/subscriptions`, { method: 'POST', body, csrfToken: csrf });

// Staff side (session + CSRF).
export const queryInbox = (query: string, c: ApiClient = api) => c.request<InboxReply>(`${V1}/signals${query ? `?${query}` : ''}`);
export const exportCsvUrl = (query: string) => `${V1}/signals/export.csv${query ? `?${query}` : ''}`;
export const getSignal = (id: string, c: ApiClient = api) => c.request<SignalDetail>(`${V1}/signals/${enc(id)}`);
export const getSurroundings = (id: string, c: ApiClient = api) => c.request<Surroundings>(`${V1}/signals/${enc(id)}/nearby`);
export const transitionSignal = (id: string, body: Body<'/api/v1/signals/{id}/transitions'>, csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}/transitions`, { method: 'POST', body, csrfToken: csrf });
export const addNote = (id: string, body: Body<'/api/v1/signals/{id}/notes'>, csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}/notes`, { method: 'POST', body, csrfToken: csrf });
export const returnSignal = (id: string, reason: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/signals/{id}/return', 'post'>>(`${V1}/signals/${enc(id)}/return`, {
    method: 'POST',
    body: { reason },
    csrfToken: csrf,
  });
export const publishDescription = (id: string, published: boolean, csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}/description/publication`, { method: 'PUT', body: { published }, csrfToken: csrf });
export const publishEntry = (id: string, entryId: number, published: boolean, csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}/history/${entryId}/publication`, {
    method: 'PUT',
    body: { published },
    csrfToken: csrf,
  });
export type SignalPatch = Body<'/api/v1/signals/{id}', 'patch'>;
export const patchSignal = (id: string, body: SignalPatch, csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}`, { method: 'PATCH', body, csrfToken: csrf });
export const splitSignal = (id: string, parts: { categorySlug: string; description: string }[], csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}/split`, { method: 'POST', body: { parts }, csrfToken: csrf });
export const mergeSignal = (id: string, into: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<SignalDetail>(`${V1}/signals/${enc(id)}/merge`, { method: 'POST', body: { into }, csrfToken: csrf });
export const viewContact = (id: string, c: ApiClient = api) => c.request<Contact>(`${V1}/signals/${enc(id)}/contact`);
export const staffPhotoUrl = (id: string, photoId: string) => `${V1}/signals/${enc(id)}/photos/${enc(photoId)}`;
export const listSavedFilters = (c: ApiClient = api) => c.request<Reply<'/api/v1/signals/saved-filters'>>(`${V1}/signals/saved-filters`);
export const saveFilter = (name: string, query: Record<string, unknown>, csrf: Csrf, c: ApiClient = api) =>
  c.request<SavedFilter>(`${V1}/signals/saved-filters`, { method: 'POST', body: { name, query }, csrfToken: csrf });
export const deleteSavedFilter = (id: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${V1}/signals/saved-filters/${enc(id)}`, { method: 'DELETE', csrfToken: csrf });
export const getAssignmentOptions = (c: ApiClient = api) =>
  c.request<Reply<'/api/v1/signals/assignment-options'>>(`${V1}/signals/assignment-options`);

// Configuration (signals:configure to change).
export const getAllCategories = (c: ApiClient = api) => c.request<Reply<'/api/v1/signal-categories'>>(`${V1}/signal-categories`);
export const getRoutingRules = (c: ApiClient = api) => c.request<Reply<'/api/v1/signal-routing-rules'>>(`${V1}/signal-routing-rules`);
export const getTemplates = (c: ApiClient = api) => c.request<Reply<'/api/v1/signal-templates'>>(`${V1}/signal-templates`);
const templateUrl = (status: string, category: string | null) =>
  `${V1}/signal-templates/${enc(status)}${category ? `?categorySlug=${enc(category)}` : ''}`;
/** Saves the standard text of a status: the general one (`category` null) or that of one category. */
export const saveTemplate = (
  status: string,
  body: Body<'/api/v1/signal-templates/{status}', 'put'>,
  csrf: Csrf,
  category: string | null = null,
  c: ApiClient = api,
) => c.request<Template>(templateUrl(status, category), { method: 'PUT', body, csrfToken: csrf });
export const deleteTemplate = (status: string, csrf: Csrf, category: string | null = null, c: ApiClient = api) =>
  c.request<void>(templateUrl(status, category), { method: 'DELETE', csrfToken: csrf });
