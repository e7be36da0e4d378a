/** zod schemas of the initiatives API: the public form, the views (public and staff), review changes. */
import { z } from 'zod';
import { emailSchema } from '../../core/email-schema.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, SUPPORT_ASKED, SUPPORT_KINDS } from './tables.ts';

const isoDate = z.iso.date('moet een datum zijn (JJJJ-MM-DD)');
const buurtCode = z.string().regex(/^BU\d{8}$/, 'moet een CBS-buurtcode zijn (BU…)');
/** Whether text holds a control character other than tab, newline and carriage return. */
const hasControlCharacter = (v: string) =>
  [...v].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 32 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 127;
  });

/** Text without control characters (kept out of mails and pages). */
const plain = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, `${what} is te kort (minstens ${min} tekens)`)
    .max(max, `${what} is te lang (hoogstens ${max} tekens)`)
    .refine((v) => !hasControlCharacter(v), `${what} bevat ongeldige tekens`);

/** One line of text: no line breaks (titles and names end up in mail subjects and headings). */
const line = (min: number, max: number, what: string) =>
  plain(min, max, what).refine((v) => !/[\r\n]/.test(v), `${what} moet op één regel`);

export const initiativeParams = z.object({ id: z.uuid('moet een initiatief-id (UUID) zijn') });

export const initiativeBody = z.object({
  kind: z.enum(INITIATIVE_KINDS),
  title: line(3, 120, 'De naam'),
  description: plain(10, 2000, 'De omschrijving'),
  buurtCode: buurtCode.describe('The buurt where the initiative takes place (CBS code, from /areas/locate or the buurt list)'),
  point: z
    .object({ lat: z.number().min(50.7).max(53.7), lon: z.number().min(3.2).max(7.3) })
    .optional()
    .describe('Optional spot (WGS84); never published, the public map shows the buurt'),
  peopleEstimate: z.number().int().min(1).max(100000).optional().describe('Roughly how many people take part'),
  supportAsked: z
    .array(z.enum(SUPPORT_ASKED))
    .max(SUPPORT_ASKED.length)
    .refine((a) => new Set(a).size === a.length, 'elke keuze één keer')
    .default([]),
  supportNote: plain(1, 1000, 'De toelichting').optional(),
  contact: z.object({
    name: line(2, 120, 'De naam'),
    email: emailSchema,
    phone: z
      .string()
      .trim()
      .max(20, { abort: true })
      .regex(/^[+0-9 ()-]{6,20}$/, 'moet een telefoonnummer zijn')
      .optional(),
  }),
  consent: z.object({
    contact: z
      .literal(true, 'toestemming om contact op te nemen is nodig')
      .describe('The municipality may contact the initiators (required)'),
    publish: z.boolean().describe('May the title, kind, buurt and description appear on the public list and map'),
    publishContactEmail: z.boolean().default(false).describe('May the contact e-mail appear on the public list (default no)'),
  }),
});
export type InitiativeInput = z.infer<typeof initiativeBody>;

export const registeredReply = z.object({
  id: z.string(),
  confirmationMailQueued: z.boolean().describe('A confirmation mail is in the outbox (sent when the mail server takes it)'),
});

const point = z.object({ lat: z.number(), lon: z.number() });
export const historyEntry = z.object({
  at: z.string(),
  actor: z.string().describe('Name of the staff member, or "system"/"resident"'),
  event: z.enum(['registered', 'status', 'check-in', 'support', 'review']),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
});
export const supportEntry = z.object({
  id: z.string(),
  kind: z.enum(SUPPORT_KINDS),
  amountEuro: z.number().nullable(),
  description: z.string(),
  givenOn: z.string(),
  until: z.string().nullable(),
});
export const reviewView = z.object({
  publishConsent: z.boolean(),
  publishContactEmailConsent: z.boolean(),
  published: z.boolean(),
  peopleEstimate: z.number().nullable(),
  supportAsked: z.array(z.enum(SUPPORT_ASKED)),
  supportNote: z.string().nullable(),
  reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
  missionIds: z.array(z.string()),
  nextCheckIn: z.string().nullable(),
  checkInDue: z.boolean(),
  createdAt: z.string(),
  hasContact: z.boolean().describe('Contact details are kept (read them with GET /initiatives/{id}/contact; logged)'),
});
export const initiativeView = z.object({
  id: z.string(),
  kind: z.enum(INITIATIVE_KINDS),
  title: z.string(),
  description: z.string(),
  buurtCode: z.string(),
  buurtName: z.string().nullable(),
  status: z.enum(INITIATIVE_STATUSES),
  point: point.nullable().describe('Public: the buurt centre; staff: the spot given, else the buurt centre'),
  contactEmail: z.string().nullable().describe('Only when the initiators agreed to publish it'),
  demo: z.boolean(),
  review: reviewView.nullable().describe('Staff with network:read only; null for everyone else'),
});
export type InitiativeView = z.infer<typeof initiativeView>;
export const initiativeDetail = initiativeView.extend({
  history: z.array(historyEntry).nullable(),
  support: z.array(supportEntry).nullable(),
});
export type InitiativeDetail = z.infer<typeof initiativeDetail>;

export const listQuery = z.object({
  status: z.enum(INITIATIVE_STATUSES).optional().describe('Staff only'),
  area: z
    .string()
    .regex(/^(GM|WK|BU)\d{4,8}$/, 'moet een CBS-gemeente-, wijk- of buurtcode zijn')
    .optional(),
  kind: z.enum(INITIATIVE_KINDS).optional(),
  checkInDue: z.enum(['true', 'false']).optional().describe('Staff only: true lists the initiatives whose check-in is due'),
});
export type ListQuery = z.infer<typeof listQuery>;

export const changeBody = z.object({
  status: z.enum(INITIATIVE_STATUSES).optional(),
  note: plain(1, 1000, 'De notitie').optional().describe('Why (kept in the history with a status change)'),
  published: z.boolean().optional().describe('Show on the public list/map (only with the initiators’ consent)'),
  reviewerId: z.uuid().nullable().optional(),
  missionIds: z.array(z.uuid()).max(50).optional(),
});
export type InitiativeChange = z.infer<typeof changeBody>;

export const supportBody = z.object({
  kind: z.enum(SUPPORT_KINDS),
  amountEuro: z.number().min(0).max(10_000_000).optional().describe('For kind amount'),
  description: plain(2, 500, 'De omschrijving'),
  givenOn: isoDate,
  until: isoDate.optional(),
});
export type SupportInput = z.infer<typeof supportBody>;
export const checkInBody = z.object({ note: plain(1, 1000, 'De notitie').optional() });
export const contactView = z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() });
export type ContactView = z.infer<typeof contactView>;
