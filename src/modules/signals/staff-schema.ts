/** zod schemas of the staff signals API. */
import { z } from 'zod';
import { HISTORY_VISIBILITIES, SIGNAL_PRIORITIES, SIGNAL_SOURCES, SIGNAL_STATUSES } from './tables.ts';
import { locationInput, slug } from './schema.ts';

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));

export const inboxQuery = z.object({
  status: csv(z.enum(SIGNAL_STATUSES)).optional().describe('Comma-separated statuses'),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only open (true) or closed (false) reports'),
  category: csv(slug).optional().describe('Comma-separated main or sub-category slugs'),
  area: z
    .string()
    .regex(/^(BU\d{8}|WK\d{6})$/)
    .optional()
    .describe('Buurt or wijk code'),
  department: z.string().max(200).optional(),
  assignee: z
    .string()
    .regex(/^(me|none|[0-9a-f-]{36})$/)
    .optional()
    .describe("'me', 'none' or a user id"),
  team: z.enum(['mine']).optional().describe("'mine': reports routed to a department or team the caller belongs to"),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Open and past the deadline'),
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  createdFrom: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  createdTo: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  q: z.string().max(200).optional().describe('Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not)'),
  source: csv(z.enum(SIGNAL_SOURCES))
    .optional()
    .describe("Comma-separated sources: web, open311, import, staff, partner ('partner' = early signals raised by partners)"),
  sort: z.enum(['newest', 'oldest', 'deadline']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const transitionOption = z.object({ to: z.enum(SIGNAL_STATUSES), label: z.string(), requiresText: z.boolean() });

export const signalView = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(SIGNAL_STATUSES),
  statusLabel: z.string(),
  categorySlug: z.string(),
  categoryName: z.string(),
  mainCategorySlug: z.string().nullable(),
  suggestedCategory: z.string().nullable(),
  description: z.string(),
  location: z.object({ lat: z.number(), lon: z.number(), x: z.number(), y: z.number() }).nullable(),
  addressText: z.string().nullable(),
  buurtCode: z.string().nullable(),
  wijkCode: z.string().nullable(),
  source: z.string(),
  department: z.string().nullable().describe('Name of the department or team (at the time it was routed)'),
  departmentId: z.string().nullable().describe('The department or team (GET /signals/assignment-options); null for partners'),
  partner: z.string().nullable().describe('Name of the partner organisation (at the time it was forwarded)'),
  partnerId: z.string().nullable().describe('The partner organisation it is forwarded to'),
  assigneeId: z.string().nullable(),
  parentId: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  allowedTransitions: z.array(transitionOption).describe('Only these transitions may be offered in the UI'),
  descriptionPublishedAt: z
    .string()
    .nullable()
    .describe('When staff published the description and address text (Open311); null: not public'),
  demo: z.boolean().describe('Demo content: a made-up report (no reporter), shown with the demo label; removed by demo remove'),
  earlySignal: z
    .object({
      partnerId: z.string().nullable().describe('The partner organisation that raised it'),
      partnerName: z.string().nullable(),
      theme: z.string().nullable(),
      priority: z.enum(SIGNAL_PRIORITIES).describe("From the partner's urgency; the deadline follows it"),
      reference: z.string().nullable().describe("The partner's own reference"),
    })
    .nullable()
    .describe("An early signal (vroegsignaal, source 'partner') raised by a partner organisation; null for other reports"),
  permissions: z.object({
    handle: z.boolean().describe('Change status and add notes'),
    viewContact: z.boolean(),
    split: z.boolean(),
    merge: z.boolean(),
    edit: z.boolean().describe('Re-categorise, assign, route and correct the location (PATCH)'),
    publish: z.boolean().describe('Publish the description or a text (staff; never for sensitive categories)'),
    returnToMunicipality: z.boolean().describe('Hand the report back to the municipality with a reason (a partner it was forwarded to)'),
  }),
});

const visibility = z
  .enum(HISTORY_VISIBILITIES)
  .describe("Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)");
export const historyEntry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  kind: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  text: z.string().nullable(),
  visibility,
  publishedAt: z.string().nullable().describe('When staff published the text (Open311, followers); null: not public'),
});

export const signalDetail = signalView.extend({
  hasContact: z.boolean(),
  history: z.array(historyEntry).describe('A partner gets only the entries meant for partners or the reporter'),
  children: z.array(z.object({ id: z.string(), number: z.string(), status: z.string() })),
  duplicates: z.array(z.object({ id: z.string(), number: z.string() })),
  photos: z.array(z.object({ id: z.string(), isPublic: z.boolean(), width: z.number(), height: z.number(), size: z.number() })),
  feedback: z.object({ satisfied: z.boolean(), reason: z.string().nullable(), at: z.string() }).nullable(),
});

export const inboxReply = z.object({ total: z.number(), limit: z.number(), offset: z.number(), items: z.array(signalView) });
export const idParam = z.object({ id: z.string().regex(/^([0-9a-f-]{36}|M-\d{4}-\d{6})$/, 'must be a report id or number') });

export const transitionBody = z.object({
  to: z.enum(SIGNAL_STATUSES),
  text: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .describe('Required for some transitions (see allowedTransitions[].requiresText); shown to the reporter'),
  notify: z.boolean().optional().describe('Send the status message to the reporter and followers (default true)'),
  publish: z
    .boolean()
    .optional()
    .describe('Also publish the text (Open311 status_notes, followers’ mails); refused for sensitive categories (default false)'),
});
export const returnBody = z.object({
  reason: z.string().trim().min(3).max(2000).describe('Why the partner hands the report back (shown in the history to staff)'),
});
export const returnReply = z.object({ id: z.string(), number: z.string(), returned: z.literal(true) });
export const noteBody = z.object({
  text: z.string().trim().min(1).max(5000),
  visibility: visibility.default('internal'),
  publish: z
    .boolean()
    .optional()
    .describe('A note for the reporter: also publish it (Open311, followers’ mails); refused for sensitive categories (default false)'),
});
export const publicationBody = z.object({
  published: z.boolean().describe('true: shown to the public (Open311, followers); false: taken back'),
});
export const entryParam = idParam.extend({
  entryId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});
export const patchBody = z.object({
  categorySlug: slug.optional(),
  assigneeId: z
    .uuid()
    .nullable()
    .optional()
    .describe('An active colleague who may handle reports (GET /signals/assignment-options); null: nobody'),
  departmentId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Route to an active department or team (GET /signals/assignment-options); null: none'),
  department: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .describe('Older form of departmentId: the name of an active department or team (ignoring case)'),
  partnerId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Forward to an active partner organisation (GET /signals/assignment-options); null: none'),
  partner: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .optional()
    .describe('Older form of partnerId: the name of an active partner organisation (ignoring case)'),
  location: locationInput.optional().describe('Correct the place: WGS84 lat/lon or RD New x/y; buurt and wijk are located again'),
  addressText: z.string().trim().max(300).nullable().optional(),
});
export const splitBody = z.object({
  parts: z
    .array(z.object({ categorySlug: slug, description: z.string().trim().min(3).max(5000) }))
    .min(2)
    .max(10),
});
export const mergeBody = z.object({
  into: z
    .string()
    .regex(/^([0-9a-f-]{36}|M-\d{4}-\d{6})$/)
    .describe('Id or number of the report to keep'),
});
export const contactReply = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  consent: z.boolean(),
  removedOrNone: z.boolean(),
});

const nearbySignal = z.object({
  id: z.string(),
  number: z.string(),
  categorySlug: z.string(),
  categoryName: z.string(),
  status: z.enum(SIGNAL_STATUSES),
  statusLabel: z.string(),
  createdAt: z.string(),
  distanceMetres: z.number().describe('Straight-line distance to this report (RD New metres)'),
  location: z.object({ lat: z.number(), lon: z.number() }),
});
export const surroundingsReply = z.object({
  buurt: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
  nearestAddress: z
    .object({ text: z.string(), distanceMetres: z.number() })
    .nullable()
    .describe('The nearest BAG address point when the report has no address text and address points are loaded'),
  radiusMetres: z.object({ nearby: z.number(), duplicates: z.number() }).optional(),
  nearby: z.array(nearbySignal).describe('Other open reports close by, nearest first'),
  duplicates: z
    .array(
      nearbySignal.extend({
        daysApart: z.number(),
        earlier: z.boolean().describe('Made before this report'),
        sameCategory: z.boolean().describe('Same category; false: a related one (same main category)'),
        score: z.number().describe('0–100: category 40 (related 20), closeness 30, time 30'),
        direction: z
          .enum(['into-this', 'this-into'])
          .describe('The newer report is merged into the older: the candidate into this one, or this one into the candidate'),
      }),
    )
    .describe('Likely duplicates: open, within 150 m and 14 days, same or related category; best first'),
});

const named = z.object({ id: z.string(), name: z.string() });
export const assignmentOptionsReply = z.object({
  users: z.array(named).describe('Active accounts that may handle reports'),
  departments: z.array(named.extend({ kind: z.enum(['afdeling', 'team']) })).describe('Active departments and teams'),
  partners: z.array(named).describe('Active partner organisations'),
});
