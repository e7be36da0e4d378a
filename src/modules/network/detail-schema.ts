/** zod schemas of a partner's page: contact persons (work contact only) and agreements. */
import { z } from 'zod';
import { emailSchema } from '../../core/email-schema.ts';
import { areaCode, partnerView } from './schema.ts';
import { AGREEMENT_KINDS } from './tables.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const contactParams = z.object({ id: z.uuid('must be a partner id (UUID)'), contactId: z.uuid('must be a contact id (UUID)') });
export const agreementParams = z.object({
  id: z.uuid('must be a partner id (UUID)'),
  agreementId: z.uuid('must be an agreement id (UUID)'),
});

/** A work phone number: digits, spaces, +, -, ( and ); 6 to 15 digits. */
export const workPhone = z
  .string()
  .trim()
  .max(25, 'must be at most 25 characters')
  .refine((v) => {
    const n = v.replace(/\D/g, '').length;
    return /^\+?[0-9 ()-]+$/.test(v) && n >= 6 && n <= 15;
  }, 'must be a phone number: 6 to 15 digits, with spaces, +, - or brackets');

export const contactBody = z
  .object({
    name: z.string().trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
    jobTitle: optionalText(120).optional().describe("The function, e.g. 'wijkagent', 'wijkconsulent'"),
    workEmail: emailSchema.optional().describe('Work e-mail address — never a private address'),
    workPhone: workPhone.optional().describe('Work phone number — never a private number'),
  })
  .describe('A contact person of the partner: work contact only (no private address, phone or other personal data)');
export type ContactInput = z.infer<typeof contactBody>;
export const contactChangeBody = z
  .object({
    name: contactBody.shape.name.optional(),
    jobTitle: optionalText(120).nullable().optional(),
    workEmail: emailSchema.nullable().optional(),
    workPhone: workPhone.nullable().optional(),
  })
  .describe('Change a contact person (null clears a field); work contact only');
export type ContactChange = z.infer<typeof contactChangeBody>;
export const contactView = z.object({
  id: z.string(),
  partnerId: z.string(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  workEmail: z.string().nullable(),
  workPhone: z.string().nullable(),
});
export type ContactView = z.infer<typeof contactView>;

const agreementFields = {
  kind: z.enum(AGREEMENT_KINDS).describe('convenant, information-sharing (convenant gegevensdeling: needs a legal basis), other'),
  title: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters'),
  legalBasis: optionalText(300).describe("E.g. 'art. 6 lid 1 sub e AVG / art. 20 Wpg'; required for information sharing"),
  startsOn: isoDate,
  endsOn: isoDate.describe('Optional: an agreement without an end date runs until changed'),
  dataCovered: optionalText(2000).describe('Which data the agreement covers'),
  areaCodes: z.array(areaCode).max(200).describe('Areas it applies to; empty: city-wide'),
  partyIds: z
    .array(z.uuid('must be a partner id (UUID)'))
    .max(50)
    .describe('Other partners party to it (the partner it is created under always is)'),
};

type AgreementShape = { kind?: string; legalBasis?: string | null; startsOn?: string; endsOn?: string | null };
/** An information-sharing covenant names its legal basis; an end date is not before the start. */
export function checkAgreement(b: AgreementShape, ctx: z.RefinementCtx): void {
  if (b.kind === 'information-sharing' && b.legalBasis !== undefined && !b.legalBasis?.trim())
    ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'een convenant gegevensdeling noemt zijn grondslag' });
  if (b.startsOn && b.endsOn && b.endsOn < b.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'de einddatum ligt voor de begindatum' });
}

export const agreementBody = z
  .object({
    kind: agreementFields.kind,
    title: agreementFields.title,
    legalBasis: agreementFields.legalBasis.optional(),
    startsOn: agreementFields.startsOn,
    endsOn: agreementFields.endsOn.optional(),
    dataCovered: agreementFields.dataCovered.optional(),
    areaCodes: agreementFields.areaCodes.optional(),
    partyIds: agreementFields.partyIds.optional(),
  })
  .superRefine((b, ctx) => checkAgreement({ ...b, legalBasis: b.legalBasis ?? '' }, ctx));
export type AgreementInput = z.infer<typeof agreementBody>;
export const agreementChangeBody = z
  .object({
    kind: agreementFields.kind.optional(),
    title: agreementFields.title.optional(),
    legalBasis: agreementFields.legalBasis.nullable().optional(),
    startsOn: agreementFields.startsOn.optional(),
    endsOn: agreementFields.endsOn.nullable().optional(),
    dataCovered: agreementFields.dataCovered.nullable().optional(),
    areaCodes: agreementFields.areaCodes.optional(),
    partyIds: agreementFields.partyIds.optional(),
  })
  .superRefine(checkAgreement);
export type AgreementChange = z.infer<typeof agreementChangeBody>;

export const AGREEMENT_STATUSES = ['planned', 'active', 'expiring', 'expired'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const agreementView = z.object({
  id: z.string(),
  partnerId: z.string().describe('The partner it was created under'),
  kind: z.enum(AGREEMENT_KINDS),
  title: z.string(),
  legalBasis: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  dataCovered: z.string().nullable(),
  areaCodes: z.array(z.string()),
  parties: z.array(z.object({ id: z.string(), name: z.string() })),
  status: z.enum(AGREEMENT_STATUSES).describe('expiring: ends within the warning period (60 days); expired: the end date has passed'),
  daysLeft: z.number().nullable().describe('Days until the end date (negative: expired); null without an end date'),
  warning: z.string().nullable().describe('In Dutch, e.g. "Verloopt over 12 dagen (t/m 2027-03-31)"'),
});
export type AgreementView = z.infer<typeof agreementView>;

export const partnerDetailView = partnerView.extend({
  contacts: z.array(contactView).nullable().describe('null: not shown to this reader (a partner account sees only its own)'),
  agreements: z.array(agreementView).describe('For a partner account: only those its organisation is party to'),
});
export type PartnerDetailView = z.infer<typeof partnerDetailView>;
