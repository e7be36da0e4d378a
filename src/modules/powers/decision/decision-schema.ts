/**
 * zod schemas of the register of decisions (the API contract of /api/v1/decisions and
 * /api/v1/power-bases). A decision names a person or business only by reference to a PGA case.
 */
import { z } from 'zod';
import { DECISION_STATES, MEASURE_KINDS, OBJECTION_OUTCOMES, PLACE_KINDS } from '../tables.ts';

export const isoDate = z.iso.date('moet een datum zijn (JJJJ-MM-DD)');
const text = (max: number) => z.string().trim().min(1).max(max);
const areaCode = z.string().regex(/^(BU\d{8}|WK\d{6}|GM\d{4})$/, 'moet een CBS-code zijn (BU…, WK… of GM…)');
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'een ring heeft minstens 4 punten nodig (gesloten)');

export const decisionGeometry = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ])
  .describe('The area of the measure in WGS84 (camera area, risk area), GeoJSON');

/** The Awb steps a decision takes (POST /decisions/{id}/transitions). */
export const DECISION_ACTIONS = [
  'invite-hearing',
  'decide',
  'announce',
  'object',
  'extend-objection-term',
  'decide-objection',
  'appeal',
  'decide-appeal',
  'close',
  'withdraw',
  'request-bibob-advice',
  'extend-bibob-advice',
  'extend-measure',
  'lift-measure',
] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const DEADLINE_KINDS = [
  'hearing',
  'objection-term',
  'objection-decision',
  'appeal-term',
  'bibob-advice',
  'measure-end',
  'camera-evaluation',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const powerBaseView = z.object({
  code: z.string(),
  label: z.string(),
  article: z.string(),
  measureKind: z.enum(MEASURE_KINDS),
  placeKind: z.enum(PLACE_KINDS),
  description: z.string(),
  hearingDays: z.number().int().nullable(),
  active: z.boolean(),
  builtin: z.boolean(),
});
export const powerBaseBody = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'kleine letters, cijfers en streepjes (2–40 tekens)'),
  label: text(120),
  article: text(200),
  measureKind: z.enum(MEASURE_KINDS),
  placeKind: z.enum(PLACE_KINDS),
  description: z.string().trim().max(2000).default(''),
  hearingDays: z.number().int().min(1).max(90).nullable().default(null),
  active: z.boolean().default(true),
});

const fact = z.object({
  kind: z.enum(['incident', 'signal']),
  reference: text(100).describe('The incident’s or report’s number (by reference; nothing is copied)'),
  note: z.string().trim().max(500).nullable().optional(),
});
const document = z.object({
  title: text(200),
  reference: text(300).describe('Where the document is kept (DMS number or link)'),
  date: isoDate.nullable().optional(),
});

const placeFields = {
  address: z
    .string()
    .trim()
    .min(3)
    .max(300)
    .nullable()
    .describe('A BAG address (street + number, or postcode + number), placed by the geocoder'),
  areaCodes: z.array(areaCode).max(300),
  geometry: decisionGeometry.nullable(),
  addressPoint: z
    .object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) })
    .nullable()
    .describe(
      'The point of the address as the address search gave it (PDOK when the BAG addresses are not loaded locally); used only when the local BAG addresses do not know the address, and only inside the municipality',
    ),
};

export const decisionBody = z.object({
  baseCode: z.string().min(1).max(40),
  title: text(200),
  summary: z.string().trim().max(5000).default(''),
  address: placeFields.address.optional(),
  addressPoint: placeFields.addressPoint.optional(),
  areaCodes: placeFields.areaCodes.default([]),
  geometry: placeFields.geometry.optional(),
  caseId: z.uuid().nullable().optional().describe('The PGA case the decision concerns; the decision then follows the case’s need-to-know'),
  missionId: z.uuid().nullable().optional(),
  facts: z.array(fact).max(200).default([]),
  documents: z.array(document).max(100).default([]),
  ownerId: z.uuid().nullable().optional(),
  measureStart: isoDate.nullable().optional(),
  measureEnd: isoDate.nullable().optional(),
});
export const decisionPatch = z
  .object({
    title: text(200),
    summary: z.string().trim().max(5000),
    address: placeFields.address,
    addressPoint: placeFields.addressPoint,
    areaCodes: placeFields.areaCodes,
    geometry: placeFields.geometry,
    caseId: z.uuid().nullable(),
    missionId: z.uuid().nullable(),
    facts: z.array(fact).max(200),
    documents: z.array(document).max(100),
    ownerId: z.uuid().nullable(),
    measureStart: isoDate.nullable(),
    measureEnd: isoDate.nullable(),
    publicText: z.string().trim().max(5000).nullable().describe('The published text: the only part shown on public pages'),
    version: z.number().int().min(1).describe('The version read (optimistic locking)'),
  })
  .partial()
  .required({ version: true });

export const transitionBody = z.object({
  action: z.enum(DECISION_ACTIONS),
  date: isoDate.describe('The date the step took legal effect (sent, decided, announced, received)'),
  reason: z.string().trim().max(2000).nullable().optional(),
  hearingDays: z.number().int().min(1).max(90).optional().describe('invite-hearing: the term for the zienswijze'),
  advisoryCommittee: z.boolean().optional().describe('object: an advisory committee hears the objection (Awb 7:13: 12 weeks)'),
  weeks: z.number().int().min(1).max(52).optional().describe('extend-objection-term: weeks of extension'),
  outcome: z.enum(OBJECTION_OUTCOMES).optional().describe('decide-objection'),
  appealOutcome: z.string().trim().max(200).optional().describe('decide-appeal'),
  until: isoDate.optional().describe('extend-measure: the new end date'),
  measureStart: isoDate.optional().describe('decide: the measure’s start'),
  measureEnd: isoDate.optional().describe('decide: the measure’s end'),
  publicText: z.string().trim().max(5000).optional().describe('announce: the text that is published'),
});

export const deadlineView = z.object({
  kind: z.enum(DEADLINE_KINDS),
  due: isoDate,
  basis: z.string().describe('The article that sets the term, e.g. "art. 6:7 Awb"'),
  label: z.string(),
  status: z.enum(['open', 'met', 'missed', 'lapsed']).describe('lapsed: a term that passed unused (no objection filed)'),
  daysLeft: z.number().int().nullable().describe('Calendar days from today until due; null when not open'),
  note: z.string().optional().describe('A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb)'),
});

export const transitionView = z.object({
  id: z.uuid(),
  action: z.string(),
  fromState: z.string(),
  toState: z.string(),
  effectiveOn: isoDate,
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  recordedAt: z.string(),
});

export const decisionSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  baseCode: z.string(),
  baseLabel: z.string(),
  article: z.string(),
  measureKind: z.enum(MEASURE_KINDS),
  title: z.string(),
  state: z.enum(DECISION_STATES),
  addressLabel: z.string().nullable(),
  buurtCode: z.string().nullable(),
  areaCodes: z.array(z.string()),
  point: z.object({ lon: z.number(), lat: z.number() }).nullable(),
  measure: z.object({
    start: isoDate.nullable(),
    end: isoDate.nullable().describe('The end in force (the extension when there is one)'),
    liftedOn: isoDate.nullable(),
    active: z.boolean(),
  }),
  linkedToCase: z.boolean(),
  nextDeadline: deadlineView.nullable(),
  demo: z.boolean(),
});

export const decisionView = decisionSummary.extend({
  summary: z.string(),
  geometry: decisionGeometry.nullable(),
  caseId: z.uuid().nullable(),
  missionId: z.uuid().nullable(),
  facts: z.array(fact),
  documents: z.array(document),
  dates: z.object({
    hearingInvitedOn: isoDate.nullable(),
    hearingDue: isoDate.nullable(),
    decidedOn: isoDate.nullable(),
    announcedOn: isoDate.nullable(),
    objectionReceivedOn: isoDate.nullable(),
    advisoryCommittee: z.boolean(),
    objectionExtensionWeeks: z.number().int(),
    objectionDecidedOn: isoDate.nullable(),
    objectionOutcome: z.enum(OBJECTION_OUTCOMES).nullable(),
    appealFiledOn: isoDate.nullable(),
    appealOutcome: z.string().nullable(),
    bibobRequestedOn: isoDate.nullable(),
    bibobExtended: z.boolean(),
    closedOn: isoDate.nullable(),
  }),
  extendedTo: isoDate.nullable(),
  publicText: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  deadlines: z.array(deadlineView),
  allowedActions: z.array(z.enum(DECISION_ACTIONS)),
  transitions: z.array(transitionView),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const listQuery = z.object({
  area: areaCode.optional().describe('Decisions in this buurt or wijk (or the gemeente)'),
  state: z.enum(DECISION_STATES).optional(),
  base: z.string().max(40).optional(),
  active: z.enum(['true', 'false']).optional().describe('Only decisions whose measure is in force today'),
});
export const deadlinesQuery = z.object({
  within: z
    .string()
    .regex(/^\d{1,3}[dw]$/, 'een termijn als 14d of 2w')
    .default('14d')
    .describe('Open deadlines due within this many days (d) or weeks (w), overdue ones included'),
});
export const deadlineRow = deadlineView.extend({
  decisionId: z.uuid(),
  number: z.string(),
  title: z.string(),
  baseLabel: z.string(),
});

export const idParams = z.object({ id: z.uuid() });
export const codeParams = z.object({ code: z.string().min(1).max(40) });

export type DecisionBody = z.infer<typeof decisionBody>;
export type DecisionPatch = z.infer<typeof decisionPatch>;
export type TransitionBody = z.infer<typeof transitionBody>;
export type DecisionView = z.infer<typeof decisionView>;
export type DecisionSummary = z.infer<typeof decisionSummary>;
export type DeadlineView = z.infer<typeof deadlineView>;
export type PowerBaseView = z.infer<typeof powerBaseView>;
