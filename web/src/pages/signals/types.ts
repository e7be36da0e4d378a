/** Shapes of the signals (meldingen) API replies the web app uses (see /api/v1/openapi.json). */

export const SIGNAL_STATUSES = [
  'new', 'accepted', 'in_progress', 'planned', 'waiting_for_reporter', 'forwarded', 'done', 'cancelled', 'reopened', 'reopen_requested',
] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export interface Category {
  slug: string;
  parentSlug: string | null;
  name: string;
  description: string;
  handlingDays: number;
  department: string;
  isPublic: boolean;
  isSensitive: boolean;
  active: boolean;
  children?: Category[];
}

export interface FormStart {
  formToken: string;
  honeypotField: string;
  minSeconds: number;
}

export interface Suggestion {
  categorySlug: string;
  confidence: number;
  fallback: boolean;
  alternatives: { categorySlug: string; probability: number }[];
}

export interface NearbySignal {
  number: string;
  statusLabel: string;
  createdAt: string;
  /** Distance band: within 25 m or within 50 m (the API gives no exact distance). */
  withinMetres: 25 | 50;
  categoryName: string;
}

export type LatLon = { lat: number; lon: number };

export interface IntakeBody {
  categorySlug?: string;
  description: string;
  location?: LatLon;
  addressText?: string;
  email?: string;
  phone?: string;
  contactConsent?: boolean;
  formToken: string;
  website?: string;
}

export interface IntakeReply {
  id: string;
  number: string;
  trackingToken: string;
  trackingPath: string;
  status: 'new';
  statusLabel: string;
  categorySlug: string;
  categoryName: string;
  categorySuggested: boolean;
  deadline: string;
  createdAt: string;
}

export interface Tracking {
  number: string;
  status: SignalStatus;
  statusLabel: string;
  statusExplanation: string;
  categoryName: string;
  description: string;
  addressText: string | null;
  location: LatLon | null;
  createdAt: string;
  deadline: string | null;
  closedAt: string | null;
  mergedIntoNumber: string | null;
  updates: { at: string; statusLabel: string | null; text: string | null }[];
  photoIds: string[];
  feedback: { asked: boolean; given: { satisfied: boolean } | null };
}

export interface FeedbackReply {
  recorded: boolean;
  reopenRequested: boolean;
  status: string;
  closed: boolean;
}

export interface PublicMapFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { number: string | null; categorySlug: string; categoryName: string; statusLabel: string; createdDate: string; blurred: boolean };
}
export interface PublicMap {
  type: 'FeatureCollection';
  features: PublicMapFeature[];
}

export interface TransitionOption {
  to: SignalStatus;
  label: string;
  requiresText: boolean;
}

export interface SignalView {
  id: string;
  number: string;
  status: SignalStatus;
  statusLabel: string;
  categorySlug: string;
  categoryName: string;
  mainCategorySlug: string | null;
  suggestedCategory: string | null;
  description: string;
  location: { lat: number; lon: number; x: number; y: number } | null;
  addressText: string | null;
  buurtCode: string | null;
  wijkCode: string | null;
  source: string;
  department: string | null;
  partner: string | null;
  assigneeId: string | null;
  parentId: string | null;
  mergedIntoId: string | null;
  deadline: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  allowedTransitions: TransitionOption[];
  descriptionPublishedAt: string | null;
  permissions: { handle: boolean; viewContact: boolean; split: boolean; merge: boolean; edit: boolean; publish: boolean };
}

/** Who reads a history entry besides staff. */
export type HistoryVisibility = 'internal' | 'partner' | 'reporter';

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  text: string | null;
  visibility: HistoryVisibility;
  /** Set when staff published the text (Open311, followers). */
  publishedAt: string | null;
}

export interface SignalDetail extends SignalView {
  hasContact: boolean;
  history: HistoryEntry[];
  children: { id: string; number: string; status: SignalStatus }[];
  duplicates: { id: string; number: string }[];
  photos: { id: string; isPublic: boolean; width: number; height: number; size: number }[];
  feedback: { satisfied: boolean; reason: string | null; at: string } | null;
}

export interface InboxReply {
  total: number;
  limit: number;
  offset: number;
  items: SignalView[];
}

export interface Contact {
  email: string | null;
  phone: string | null;
  consent: boolean;
  removedOrNone: boolean;
}

export interface SavedFilter {
  id: string;
  name: string;
  query: Record<string, unknown>;
}

export interface RoutingRule {
  id?: string;
  position?: number;
  name: string;
  categorySlug: string | null;
  areaCode: string | null;
  weekdays: number[] | null;
  timeFrom: number | null;
  timeTo: number | null;
  assignKind: 'department' | 'partner';
  assignTo: string;
  active: boolean;
}

export interface Template {
  status: string;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface StaffUser {
  id: string;
  email: string;
  displayName: string | null;
}
