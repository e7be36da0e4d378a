/** zod schemas of the existence search: a person by name and date of birth, or by BSN. */
import { z } from 'zod';

const NO_TERMS_LOGGED = 'The search terms are never stored or logged; only the number of matches and how was searched.';

export const searchBody = z
  .object({
    name: z.string().trim().min(2, 'geef de volledige naam').max(200).optional().describe('Full name of the person'),
    birthDate: z.iso.date('must be a date (YYYY-MM-DD)').optional().describe('Date of birth (YYYY-MM-DD), with the name'),
    bsn: z
      .string()
      .max(20)
      .regex(/^[\d .-]+$/, 'a BSN has digits only (spaces, dots and dashes are ignored)')
      .refine((v) => /^\d{8,9}$/.test(v.replace(/\D/g, '')), 'a BSN has 8 or 9 digits')
      .optional()
      .describe('Burgerservicenummer (spaces, dots and dashes are ignored)'),
  })
  .refine((b) => (b.bsn !== undefined) !== (b.name !== undefined || b.birthDate !== undefined), {
    message: 'search either by name and date of birth, or by BSN',
  })
  .refine((b) => b.bsn !== undefined || (b.name !== undefined && b.birthDate !== undefined), {
    message: 'a search by name needs the date of birth too',
  })
  .describe(NO_TERMS_LOGGED);

const openMatch = z.object({
  open: z.literal(true),
  id: z.uuid(),
  reference: z.string(),
});
const closedMatch = z.object({
  open: z.literal(false),
  id: z.uuid().nullable().describe('Only for those who may break the glass (to open the case with a reason), else null'),
  reference: z.string().describe('The case reference: the only thing told about a case not open to you'),
  directorName: z.string().nullable().describe('The procesregisseur to ask'),
  directorContact: z.string().nullable().describe('The work e-mail address of the procesregisseur'),
});

export const searchReply = z.object({
  exists: z.boolean(),
  matches: z.array(z.discriminatedUnion('open', [openMatch, closedMatch])),
});
export type SearchReply = z.infer<typeof searchReply>;
