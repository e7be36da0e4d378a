/** The public form's state, its checks (with the same limits as the API) and the body it sends. Pure. */
import type { RegisterBody } from './api.ts';

export const KINDS = ['buurtpreventie', 'whatsapp-buurtpreventie', 'neighbourhood-event', 'clean-up', 'safety-app-group', 'other'] as const;
export const SUPPORT_ASKED = ['materials', 'training', 'budget', 'municipality-contact', 'police-contact'] as const;
export type SupportAskedKey = (typeof SUPPORT_ASKED)[number];

export interface RegisterFormState {
  kind: (typeof KINDS)[number];
  title: string;
  description: string;
  place: { buurtCode: string; buurtName: string; lat: number; lon: number; label: string } | null;
  people: string;
  supportAsked: SupportAskedKey[];
  supportNote: string;
  name: string;
  email: string;
  phone: string;
  consentContact: boolean;
  consentPublish: boolean;
  consentEmail: boolean;
}

export const EMPTY_FORM: RegisterFormState = {
  kind: 'buurtpreventie',
  title: '',
  description: '',
  place: null,
  people: '',
  supportAsked: [],
  supportNote: '',
  name: '',
  email: '',
  phone: '',
  consentContact: false,
  consentPublish: true,
  consentEmail: false,
};

/** Field → error key under `initiatives.form.errors`. */
export type FormErrors = Partial<Record<'title' | 'description' | 'place' | 'people' | 'name' | 'email' | 'phone' | 'consent', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]{6,20}$/;

export function checkForm(s: RegisterFormState): FormErrors {
  const e: FormErrors = {};
  if (s.title.trim().length < 3 || s.title.trim().length > 120) e.title = 'title';
  if (s.description.trim().length < 10 || s.description.trim().length > 2000) e.description = 'description';
  if (!s.place) e.place = 'place';
  if (s.people.trim() && !/^\d{1,6}$/.test(s.people.trim())) e.people = 'people';
  if (s.people.trim() && Number(s.people) < 1) e.people = 'people';
  if (s.name.trim().length < 2) e.name = 'name';
  if (!EMAIL.test(s.email.trim())) e.email = 'email';
  if (s.phone.trim() && !PHONE.test(s.phone.trim())) e.phone = 'phone';
  if (!s.consentContact) e.consent = 'consent';
  return e;
}

export function bodyOf(s: RegisterFormState): RegisterBody {
  const place = s.place!;
  return {
    kind: s.kind,
    title: s.title.trim(),
    description: s.description.trim(),
    buurtCode: place.buurtCode,
    point: { lat: place.lat, lon: place.lon },
    ...(s.people.trim() ? { peopleEstimate: Number(s.people) } : {}),
    supportAsked: s.supportAsked,
    ...(s.supportNote.trim() ? { supportNote: s.supportNote.trim() } : {}),
    contact: { name: s.name.trim(), email: s.email.trim(), ...(s.phone.trim() ? { phone: s.phone.trim() } : {}) },
    consent: { contact: true, publish: s.consentPublish, publishContactEmail: s.consentEmail },
  };
}
