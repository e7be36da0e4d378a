/** zod schemas of the network API: partner organisations, their member accounts, mission participants. */
import { z } from 'zod';
import { emailSchema } from '../../core/email-schema.ts';
import { PARTICIPANT_KINDS, PARTNER_KINDS } from './tables.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');

export const partnerParams = z.object({ id: z.uuid('must be a partner id (UUID)') });
export const areaCode = z.string().regex(/^(GM|WK|BU)\d{4,8}$/, 'must be a CBS gemeente, wijk or buurt code');
export const partnerListQuery = z.object({
  area: areaCode
    .optional()
    .describe('A CBS code: partners working in that area, in its wijk/gemeente or in its buurten (and city-wide ones)'),
  kind: z.enum(PARTNER_KINDS).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the name'),
});
export const missionParams = z.object({ id: z.uuid('must be a mission id (UUID)') });
export const participantParams = z.object({ id: z.uuid(), participantId: z.uuid() });

export const partnerBody = z.object({
  name: z.string().trim().min(2).max(200).describe('Organisation name — never a person'),
  kind: z.enum(PARTNER_KINDS),
  contactRole: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe("A function, e.g. 'wijkagent', 'buurtregisseur'; no names or contact details"),
  description: z.string().trim().max(2000).optional(),
  areaCodes: z.array(areaCode).max(200).optional().describe('CBS wijk/buurt codes the partner works in'),
});
export type PartnerInput = z.infer<typeof partnerBody>;
export const partnerChangeBody = partnerBody
  .partial()
  .extend({ active: z.boolean().optional().describe('false: deactivated (kept for history)') });
export type PartnerChange = z.infer<typeof partnerChangeBody>;
export const partnerAccountView = z.object({ userId: z.string(), name: z.string(), status: z.enum(['active', 'disabled']) });
export const partnerAccountBody = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(200).optional(),
  method: z.enum(['link', 'password']).describe('link: an e-mailed invitation; password: a one-time password shown once'),
});
export const partnerAccountReply = z.object({
  userId: z.string(),
  /** method password: the one-time password, shown once. */
  generatedPassword: z.string().nullable(),
  /** method link without an SMTP server: the invitation link, shown once (the mail stays queued). */
  link: z.string().nullable(),
});
export const partnerMemberParams = z.object({ id: z.uuid('must be a partner id (UUID)'), userId: z.uuid('must be a user id (UUID)') });
export const partnerView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  contactRole: z.string().nullable(),
  description: z.string().nullable(),
  missions: z.number().describe('Missions this partner takes part in'),
  active: z.boolean(),
  areaCodes: z.array(z.string()).describe('CBS wijk/buurt codes; empty: works city-wide'),
  demo: z.boolean().describe('Demo content (made up, removed with `demo remove`): show the demo label'),
  expiringAgreements: z.number().describe('Agreements this partner is party to that end within the warning period (60 days)'),
  own: z.boolean().describe('The reading partner account acts for this organisation'),
});
export type PartnerView = z.infer<typeof partnerView>;
export const memberBody = z.object({ userId: z.uuid().describe('A user account (role partner) that acts for this partner') });

export const participantBody = z
  .object({
    kind: z.enum(PARTICIPANT_KINDS),
    partnerId: z.uuid().optional().describe('For kind partner'),
    name: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .optional()
      .describe("For initiatives and groups: e.g. 'Buurtpreventie Crabbehof' (no personal names)"),
    role: z.string().trim().max(300).optional().describe('What they contribute'),
    joinedOn: isoDate.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'partner' && !b.partnerId)
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'a partner participant needs partnerId' });
    if (b.kind !== 'partner' && !b.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'an initiative or group needs a name' });
    if (b.kind !== 'partner' && b.partnerId) ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'only for kind partner' });
  });
export type ParticipantInput = z.infer<typeof participantBody>;
export const participantView = z.object({
  id: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  partnerId: z.string().nullable(),
  partnerKind: z.string().nullable(),
  name: z.string(),
  role: z.string().nullable(),
  joinedOn: z.string().nullable(),
});
export type ParticipantView = z.infer<typeof participantView>;
