/** zod schemas of the case API: the case, its person, household, members, links, status and timeline. */
import { z } from 'zod';
import { CLOSING_REASONS } from './status.ts';
import { CASE_LINK_KINDS, CASE_STATUSES, TRAJECTORIES } from '../tables.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
const text = (max: number) => z.string().trim().min(1).max(max);

/** 9 digits that pass the elfproef (11-test) of the BSN. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((s, d, k) => s + d * (9 - k), 0) - digits[8]!;
  return sum % 11 === 0 && bsn !== '000000000';
}
const bsn = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .refine(isValidBsn, 'must be a BSN of 9 digits that passes the elfproef');

export const caseParams = z.object({ id: z.uuid('must be a case id (UUID)') });
export const memberParams = caseParams.extend({ userId: z.uuid('must be a user id (UUID)') });
export const itemParams = caseParams.extend({ itemId: z.uuid('must be an id (UUID)') });

export const criterionView = z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string(), active: z.boolean() });
export const criteriaBody = z.object({
  criteria: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z0-9-]{2,40}$/, 'must be a code: lower-case letters, digits and dashes'),
        nameNl: text(120),
        nameEn: text(120),
        active: z.boolean(),
      }),
    )
    .min(1)
    .max(50),
});

export const personInput = z.object({
  name: text(200).describe('Name of the person (shown only to those the case is open to)'),
  birthDate: isoDate.nullable().optional(),
  bsn: bsn.nullable().optional().describe('Burgerservicenummer: encrypted at rest, shown masked'),
  address: z.string().trim().max(300).nullable().optional(),
});
export const householdInput = z.object({
  name: z.string().trim().max(200).nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  relation: text(80).describe("e.g. 'moeder', 'broer', 'partner'"),
});
export const memberInput = z.object({
  userId: z.uuid('must be a user id (UUID)'),
  partnerId: z
    .uuid('must be a partner id (UUID)')
    .nullable()
    .optional()
    .describe('The organisation the member acts for; null = the municipality'),
});
export const linkInput = z.object({
  kind: z.enum(CASE_LINK_KINDS),
  ref: text(200).describe('youth-group: its id; incident, signal, decision: its number or id; address: the address'),
  label: z.string().trim().max(200).nullable().optional(),
});

export const createCaseBody = z.object({
  person: personInput,
  areaCode: z
    .string()
    .regex(/^BU\d{8}$/, 'must be a CBS buurt code')
    .nullable()
    .optional(),
  household: z.array(householdInput).max(20).optional(),
  criteria: z.array(z.string().max(40)).min(1, 'kies ten minste één criterium').max(10),
  legalBasis: z.string().trim().min(3).max(300).optional().describe('The name of the covenant the processing rests on'),
  agreementId: z.uuid().optional().describe('A network agreement (a covenant) as the legal basis'),
  careInfo: z.string().trim().max(8000).nullable().optional().describe('Free text; encrypted at rest'),
  trajectory: z.enum(TRAJECTORIES).nullable().optional(),
  partnerIds: z.array(z.uuid()).max(30).optional(),
  members: z.array(memberInput).max(30).optional(),
  youthGroupId: z.uuid().nullable().optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const changeCaseBody = z.object({
  person: personInput.partial().optional(),
  areaCode: z
    .string()
    .regex(/^BU\d{8}$/, 'must be a CBS buurt code')
    .nullable()
    .optional(),
  criteria: z.array(z.string().max(40)).min(1).max(10).optional(),
  legalBasis: z.string().trim().min(3).max(300).optional(),
  agreementId: z.uuid().optional(),
  careInfo: z.string().trim().max(8000).nullable().optional(),
  trajectory: z.enum(TRAJECTORIES).nullable().optional(),
  partnerIds: z.array(z.uuid()).max(30).optional(),
});
export type ChangeCaseInput = z.infer<typeof changeCaseBody>;

export const transitionBody = z.object({
  to: z.enum(CASE_STATUSES),
  reason: z.string().trim().max(2000).optional(),
  closingReason: z.enum(CLOSING_REASONS).optional(),
});

export const listQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the name or reference; searched only among the cases open to the caller'),
  youthGroup: z.uuid().optional().describe('Only the cases linked to this youth group'),
});

const named = z.object({ id: z.string(), name: z.string() });
export const caseSummary = z.object({
  id: z.string(),
  reference: z.string(),
  personName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  criteria: z.array(z.string()),
  director: named.nullable(),
  myRole: z.enum(['director', 'member', 'break-glass']),
  openedAt: z.string(),
});
export const transitionView = z.object({ to: z.enum(CASE_STATUSES), reasonRequired: z.boolean(), closingReasonRequired: z.boolean() });
export const caseView = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(CASE_STATUSES),
  person: z.object({
    name: z.string().nullable(),
    birthDate: z.string().nullable(),
    bsnMasked: z.string().nullable(),
    address: z.string().nullable(),
  }),
  areaCode: z.string().nullable(),
  careInfo: z.string().nullable(),
  trajectory: z.enum(TRAJECTORIES).nullable(),
  criteria: z.array(z.string()),
  legalBasis: z.string(),
  agreementId: z.string().nullable(),
  closingReason: z.string().nullable(),
  openedAt: z.string(),
  planSetAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  director: named.nullable(),
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      role: z.enum(['director', 'member']),
      partner: named.nullable(),
      addedAt: z.string(),
    }),
  ),
  partners: z.array(named),
  household: z.array(z.object({ id: z.string(), name: z.string().nullable(), birthDate: z.string().nullable(), relation: z.string() })),
  links: z.array(z.object({ id: z.string(), kind: z.enum(CASE_LINK_KINDS), ref: z.string(), label: z.string().nullable() })),
  transitions: z.array(transitionView).describe('Empty unless the caller directs the case'),
  permissions: z.object({
    edit: z.boolean(),
    direct: z.boolean(),
    via: z.enum(['director', 'member', 'break-glass', 'system']),
    until: z.string().nullable(),
  }),
});
export type CaseView = z.infer<typeof caseView>;

export const timelineView = z.object({
  events: z.array(
    z.object({
      at: z.string(),
      kind: z.enum(['status', 'member-added', 'member-removed', 'link', 'break-glass']),
      actor: z.string().nullable().describe('Name of who did it'),
      fromStatus: z.enum(CASE_STATUSES).nullable().optional(),
      toStatus: z.enum(CASE_STATUSES).optional(),
      reason: z.string().nullable().optional().describe('Break-glass reasons only for the procesregisseur'),
      member: z.string().optional(),
      link: z.object({ kind: z.enum(CASE_LINK_KINDS), label: z.string() }).optional(),
    }),
  ),
});
export type TimelineEvent = z.infer<typeof timelineView>['events'][number];

export const assignableView = z.object({
  users: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), organisations: z.array(named) })),
});
export const covenantsView = z.object({
  covenants: z.array(z.object({ id: z.string(), title: z.string(), legalBasis: z.string().nullable(), endsOn: z.string().nullable() })),
});
