/**
 * The resident's report form as plain data: validation per step (errors as i18n reason keys per
 * field, so the form can tie each to its input with aria-describedby), the request body, and the
 * Idempotency-Key. Limits mirror the API (src/modules/signals/schema.ts); the e-mail address is
 * checked by the platform's one rule (src/core/email-address.ts), the same file the server uses.
 * Pure.
 */
import { isEmailAddress } from '../../../../src/core/email-address.ts';
import type { IntakeBody, LatLon } from './types.ts';

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 5000;
export const ADDRESS_MAX = 300;
export const MAX_PHOTOS = 3;
/** The server's default limit (STADSVEILIG_SIGNAL_PHOTO_MAX_BYTES); the API does not publish it. */
export const PHOTO_MAX_BYTES = 8_000_000;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export type PlaceMode = 'map' | 'buurt';

export interface ReportDraft {
  placeMode: PlaceMode;
  /** Tapped on the map, or the middle of the chosen buurt (approximate; then an address is required). */
  point: LatLon | null;
  buurtCode: string;
  /** The buurt's name as the server gave it with the place (address search, location, tapped point). */
  buurtName: string;
  /** The address found at the point (search, location or reverse lookup), '' when none. */
  placeLabel: string;
  /** What the resident typed about the place (sent instead of placeLabel when given). */
  addressText: string;
  description: string;
  categorySlug: string;
  email: string;
  phone: string;
  consent: boolean;
  /** "Houd mij per e-mail op de hoogte": confirmation and status mails to `email`. */
  updates: boolean;
}

export const emptyDraft = (): ReportDraft => ({
  placeMode: 'map',
  point: null,
  buurtCode: '',
  buurtName: '',
  placeLabel: '',
  addressText: '',
  description: '',
  categorySlug: '',
  email: '',
  phone: '',
  consent: false,
  updates: false,
});

export type Step = 'place' | 'what' | 'contact';
export const STEPS: readonly Step[] = ['place', 'what', 'contact'];

/** Field name → i18n reason key under signals.errors. */
export type FieldErrors = Partial<
  Record<
    'point' | 'buurtCode' | 'addressText' | 'description' | 'categorySlug' | 'email' | 'phone' | 'consent' | 'updates' | 'photos',
    string
  >
>;

export const PHONE_MAX = 20;
const PHONE = /^[+0-9 ()-]{6,20}$/;

/** The i18n reason key when `value` (trimmed) is not an e-mail address the server accepts, else undefined. */
export const emailProblem = (value: string): string | undefined => (isEmailAddress(value.trim()) ? undefined : 'emailInvalid');

/** The i18n reason key when `value` (trimmed) is not a phone number the server accepts; the length is checked before the pattern. */
export const phoneProblem = (value: string): string | undefined => {
  const v = value.trim();
  return v.length <= PHONE_MAX && PHONE.test(v) ? undefined : 'phoneInvalid';
};

export function validatePlace(d: ReportDraft): FieldErrors {
  const e: FieldErrors = {};
  if (d.placeMode === 'map' && !d.point) e.point = 'pointRequired';
  if (d.placeMode === 'buurt') {
    if (!d.buurtCode) e.buurtCode = 'buurtRequired';
    if (!d.addressText.trim()) e.addressText = 'addressRequired';
  }
  if (d.addressText.length > ADDRESS_MAX) e.addressText = 'addressTooLong';
  return e;
}

export function validateWhat(d: ReportDraft): FieldErrors {
  const e: FieldErrors = {};
  const length = d.description.trim().length;
  if (length < DESCRIPTION_MIN) e.description = 'descriptionTooShort';
  else if (length > DESCRIPTION_MAX) e.description = 'descriptionTooLong';
  if (!d.categorySlug) e.categorySlug = 'categoryRequired';
  return e;
}

export function validateContact(d: ReportDraft): FieldErrors {
  const e: FieldErrors = {};
  const email = d.email.trim();
  const phone = d.phone.trim();
  const emailReason = email ? emailProblem(email) : undefined;
  const phoneReason = phone ? phoneProblem(phone) : undefined;
  if (emailReason) e.email = emailReason;
  if (phoneReason) e.phone = phoneReason;
  if (d.updates && !email) e.email = 'emailForUpdates';
  if ((email || phone) && !d.consent) e.consent = 'consentRequired';
  return e;
}

export function validateStep(step: Step, d: ReportDraft): FieldErrors {
  if (step === 'place') return validatePlace(d);
  if (step === 'what') return validateWhat(d);
  return validateContact(d);
}

export const hasErrors = (e: FieldErrors) => Object.keys(e).length > 0;

/** The first step with errors (to return to before sending), or null. */
export function firstInvalidStep(d: ReportDraft): Step | null {
  return STEPS.find((s) => hasErrors(validateStep(s, d))) ?? null;
}

/** The POST /public/signals body; empty optional fields are left out, the honeypot is passed as is. */
export function intakeBody(d: ReportDraft, formToken: string, honeypot: string): IntakeBody {
  const body: IntakeBody = { description: d.description.trim(), categorySlug: d.categorySlug, formToken };
  if (d.point) body.location = { lat: round6(d.point.lat), lon: round6(d.point.lon) };
  const address = d.addressText.trim() || d.placeLabel.trim();
  if (address) body.addressText = address.slice(0, ADDRESS_MAX);
  if (d.email.trim()) {
    body.email = d.email.trim();
    body.updates = d.updates;
  }
  if (d.phone.trim()) body.phone = d.phone.trim();
  if (body.email || body.phone) body.contactConsent = d.consent;
  if (honeypot) body.website = honeypot;
  return body;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** A fresh Idempotency-Key (8–100 of [A-Za-z0-9_-]); kept for every retry of the same draft. */
export function newIdempotencyKey(random: () => number = Math.random, now: number = Date.now()): string {
  let s = '';
  for (let i = 0; i < 20; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return `web-${now.toString(36)}-${s}`;
}

/** Milliseconds still to wait before the form may be sent (the server refuses forms sent too quickly). */
export function waitBeforeSend(formStartedAt: number, minSeconds: number, now: number = Date.now()): number {
  return Math.max(0, formStartedAt + minSeconds * 1000 + 250 - now);
}

export interface PhotoCandidate {
  name: string;
  type: string;
  size: number;
}

export type PhotoProblem = 'type' | 'size' | 'tooMany';

/** Checks chosen photos client-side (the server checks the bytes again); accepted ones up to the limit. */
export function checkPhotos<T extends PhotoCandidate>(
  existing: number,
  chosen: readonly T[],
  maxBytes = PHOTO_MAX_BYTES,
): { accepted: T[]; rejected: Array<{ name: string; problem: PhotoProblem }> } {
  const accepted: T[] = [];
  const rejected: Array<{ name: string; problem: PhotoProblem }> = [];
  for (const f of chosen) {
    if (!(PHOTO_TYPES as readonly string[]).includes(f.type.toLowerCase())) rejected.push({ name: f.name, problem: 'type' });
    else if (f.size > maxBytes) rejected.push({ name: f.name, problem: 'size' });
    else if (existing + accepted.length >= MAX_PHOTOS) rejected.push({ name: f.name, problem: 'tooMany' });
    else accepted.push(f);
  }
  return { accepted, rejected };
}

/** Maps API field errors ("body.email") onto form fields. */
export function fieldErrorsFromProblem(errors: ReadonlyArray<{ name: string; reason: string }> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) {
    const field = e.name.replace(/^body\./, '').split('.')[0] ?? '';
    const mapped = field === 'location' ? 'point' : field === 'contactConsent' ? 'consent' : field;
    if (mapped && !(mapped in out)) out[mapped] = e.reason;
  }
  return out;
}
