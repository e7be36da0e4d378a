/**
 * POST /requests of GeoReport v2: the form-encoded fields checked with the limits of the public
 * form (src/modules/signals/schema.ts) — each a single string, its length capped before any
 * pattern runs, the e-mail address after the platform's one rule — then made a report through the
 * signals intake.
 */
import type { ServiceContext } from '../../core/context.ts';
import { isEmailAddress, normaliseEmail, EMAIL_MAX_LENGTH } from '../../core/email-address.ts';
import { createSignal } from '../signals/index.ts';
import type { SignalEnv } from '../signals/index.ts';
import { Open311Error } from './open311-error.ts';

export interface Open311Post {
  service_code?: unknown;
  lat?: unknown;
  long?: unknown;
  address_string?: unknown;
  description?: unknown;
  email?: unknown;
  phone?: unknown;
}

/** Longest value accepted per field (characters); the same limits as the public form. */
export const POST_LIMITS = {
  service_code: 60,
  lat: 40,
  long: 40,
  address_string: 300,
  description: 5000,
  email: EMAIL_MAX_LENGTH,
  phone: 20,
} as const;
const PHONE = /^[+0-9 ()-]{6,20}$/;
const SLUG = /^[a-z0-9-]{1,60}$/;

/** The trimmed value of one field: undefined when absent or empty; 400 when repeated, not text, or too long. */
function field(body: Open311Post, name: keyof typeof POST_LIMITS): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Open311Error(400, `${name} must be given once, as text`);
  const t = v.trim();
  if (t.length > POST_LIMITS[name]) throw new Open311Error(400, `${name} must be at most ${POST_LIMITS[name]} characters`);
  return t || undefined;
}

export interface CheckedPost {
  serviceCode: string;
  point: { lat: number; lon: number } | undefined;
  addressText: string | undefined;
  description: string;
  email: string | undefined;
  phone: string | undefined;
}

/** Checks every field; throws a 400 Open311Error naming the first problem. */
export function checkPost(body: Open311Post): CheckedPost {
  const serviceCode = field(body, 'service_code');
  if (!serviceCode) throw new Open311Error(400, 'service_code is required');
  if (!SLUG.test(serviceCode)) throw new Open311Error(400, `service_code '${serviceCode}' not found`);
  const [latText, longText, addressText] = [field(body, 'lat'), field(body, 'long'), field(body, 'address_string')];
  const hasPoint = latText !== undefined && longText !== undefined;
  if (!hasPoint && !addressText) throw new Open311Error(400, 'lat and long, or address_string, are required');
  const lat = Number(latText);
  const lon = Number(longText);
  if (hasPoint && !(Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180))
    throw new Open311Error(400, 'lat and long must be WGS84 degrees');
  const description = field(body, 'description') ?? '';
  if (description.length < 10) throw new Open311Error(400, 'description must be at least 10 characters');
  const email = field(body, 'email');
  if (email && !isEmailAddress(email)) throw new Open311Error(400, 'email is not an e-mail address');
  const phone = field(body, 'phone');
  if (phone && !PHONE.test(phone)) throw new Open311Error(400, 'phone is not a phone number');
  return {
    serviceCode,
    point: hasPoint ? { lat, lon } : undefined,
    addressText,
    description,
    email: email ? normaliseEmail(email) : undefined,
    phone,
  };
}

export async function postRequest(ctx: ServiceContext, env: SignalEnv, body: Open311Post) {
  const p = checkPost(body);
  const out = await createSignal(ctx, env, {
    categorySlug: p.serviceCode,
    description: p.description,
    location: p.point,
    addressText: p.addressText,
    email: p.email,
    phone: p.phone,
    contactConsent: Boolean(p.email || p.phone),
    source: 'open311',
  });
  return [
    { service_request_id: out.number, token: out.trackingToken, service_notice: `Afhandeling uiterlijk ${out.deadline}`, account_id: null },
  ];
}
