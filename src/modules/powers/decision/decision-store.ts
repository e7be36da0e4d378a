/**
 * SQL of the register on the module's own tables (decisions, decision_transitions,
 * decision_reminders). Rows are read as `DecisionRecord` (camelCase, dates as YYYY-MM-DD text on
 * both engines) and written back through `columnsOf`.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import type { DecisionDocument, DecisionFact, DecisionState } from '../tables.ts';
import type { AwbRecord } from './terms.ts';

export interface DecisionRecord extends AwbRecord {
  id: string;
  gemeente: string;
  number: string;
  baseCode: string;
  title: string;
  summary: string;
  addressLabel: string | null;
  lon: number | null;
  lat: number | null;
  buurtCode: string | null;
  areaCodes: string[];
  geometry: unknown;
  caseId: string | null;
  missionId: string | null;
  facts: DecisionFact[];
  documents: DecisionDocument[];
  ownerId: string | null;
  demo: boolean;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** Record fields and their columns (dates are read as text). */
const COLUMN_OF = {
  number: 'number',
  baseCode: 'base_code',
  title: 'title',
  summary: 'summary',
  state: 'state',
  addressLabel: 'address_label',
  lon: 'lon',
  lat: 'lat',
  buurtCode: 'buurt_code',
  areaCodes: 'area_codes',
  geometry: 'geometry',
  caseId: 'case_id',
  missionId: 'mission_id',
  facts: 'facts',
  documents: 'documents',
  hearingInvitedOn: 'hearing_invited_on',
  hearingDue: 'hearing_due',
  decidedOn: 'decided_on',
  announcedOn: 'announced_on',
  objectionReceivedOn: 'objection_received_on',
  advisoryCommittee: 'advisory_committee',
  objectionExtensionWeeks: 'objection_extension_weeks',
  objectionDecidedOn: 'objection_decided_on',
  objectionOutcome: 'objection_outcome',
  appealFiledOn: 'appeal_filed_on',
  appealOutcome: 'appeal_outcome',
  bibobRequestedOn: 'bibob_requested_on',
  bibobExtended: 'bibob_extended',
  closedOn: 'closed_on',
  measureStart: 'measure_start',
  measureEnd: 'measure_end',
  extendedTo: 'extended_to',
  liftedOn: 'lifted_on',
  publicText: 'public_text',
  publishedOn: 'published_on',
  ownerId: 'owner_id',
} as const;
type Writable = keyof typeof COLUMN_OF;

const DATE_FIELDS = new Set<string>([
  'hearingInvitedOn',
  'hearingDue',
  'decidedOn',
  'announcedOn',
  'objectionReceivedOn',
  'objectionDecidedOn',
  'appealFiledOn',
  'bibobRequestedOn',
  'closedOn',
  'measureStart',
  'measureEnd',
  'extendedTo',
  'liftedOn',
  'publishedOn',
]);
const JSON_FIELDS = new Set<string>(['facts', 'documents', 'geometry']);

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** Column values of a (partial) record, JSON fields as text. */
export function columnsOf(change: Partial<Pick<DecisionRecord, Writable>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(change)) {
    const column = COLUMN_OF[field as Writable];
    if (!column || value === undefined) continue;
    out[column] = JSON_FIELDS.has(field) && value !== null ? JSON.stringify(value) : value;
  }
  return out;
}

function selectDecisions(db: Db) {
  const fields = Object.entries(COLUMN_OF).map(([field, column]) =>
    DATE_FIELDS.has(field) ? dateText(column).as(field) : sql.ref(column).as(field),
  );
  return db
    .selectFrom('decisions')
    .select([
      'id',
      'gemeente_code as gemeente',
      'demo',
      'created_by as createdBy',
      'created_at as createdAt',
      'updated_at as updatedAt',
      'version',
      ...fields,
    ]);
}

function recordOf(row: Record<string, unknown>): DecisionRecord {
  return {
    ...(row as unknown as DecisionRecord),
    lon: row.lon === null ? null : Number(row.lon),
    lat: row.lat === null ? null : Number(row.lat),
    areaCodes: (row.areaCodes as string[] | null) ?? [],
    geometry: row.geometry === null ? null : parseJson(row.geometry),
    facts: parseJson<DecisionFact[]>(row.facts) ?? [],
    documents: parseJson<DecisionDocument[]>(row.documents) ?? [],
    objectionExtensionWeeks: Number(row.objectionExtensionWeeks),
    version: Number(row.version),
  };
}

export interface DecisionFilter {
  id?: string;
  /** Case-linked decisions open to the caller: every one ('all') or these case ids. */
  cases: 'all' | readonly string[];
  state?: DecisionState;
  base?: string;
  demo?: boolean;
}

export async function decisionRecords(db: Db, gemeente: string, filter: DecisionFilter): Promise<DecisionRecord[]> {
  let q = selectDecisions(db).where('gemeente_code', '=', gemeente);
  if (filter.id) q = q.where('id', '=', filter.id);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.base) q = q.where('base_code', '=', filter.base);
  if (filter.demo !== undefined) q = q.where('demo', '=', filter.demo);
  const cases = filter.cases;
  if (cases !== 'all')
    q = q.where((eb) => (cases.length ? eb.or([eb('case_id', 'is', null), eb('case_id', 'in', [...cases])]) : eb('case_id', 'is', null)));
  const rows = await q.orderBy('created_at', 'desc').orderBy('number', 'desc').execute();
  return rows.map((r) => recordOf(r as Record<string, unknown>));
}

/** Every decision linked to one PGA case (for the case's subject access export; the cases module opened the case). */
export async function decisionRecordsOfCase(db: Db, caseId: string): Promise<DecisionRecord[]> {
  const rows = await selectDecisions(db).where('case_id', '=', caseId).orderBy('number').execute();
  return rows.map((r) => recordOf(r as Record<string, unknown>));
}

/** The decision's id and case, whatever the caller may see (to tell 404 from need-to-know). */
export async function decisionCaseOf(db: Db, gemeente: string, id: string): Promise<{ caseId: string | null } | undefined> {
  return db
    .selectFrom('decisions')
    .select('case_id as caseId')
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The next free number of the year: BB-YYYY-NNNN. */
export async function nextDecisionNumber(db: Db, year: string): Promise<string> {
  const prefix = `BB-${year}-`;
  const row = await db
    .selectFrom('decisions')
    .select(sql<string | null>`max(number)`.as('last'))
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirst();
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

export interface NewDecision extends Partial<Pick<DecisionRecord, Writable>> {
  id: string;
  number: string;
  baseCode: string;
  title: string;
  demo?: boolean;
  createdBy: string | null;
}

export async function insertDecision(db: Db, gemeente: string, d: NewDecision): Promise<void> {
  await db
    .insertInto('decisions')
    .values({
      gemeente_code: gemeente,
      id: d.id,
      demo: d.demo ?? false,
      created_by: d.createdBy,
      ...(columnsOf(d) as { number: string; base_code: string; title: string }),
    })
    .execute();
}

/** Writes a change when the version still matches (optimistic locking); false when it does not. */
export async function updateDecision(
  db: Db,
  id: string,
  version: number,
  change: Partial<Pick<DecisionRecord, Writable>>,
): Promise<boolean> {
  const result = await db
    .updateTable('decisions')
    .set({ ...columnsOf(change), version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface TransitionRow {
  id: string;
  action: string;
  fromState: string;
  toState: string;
  effectiveOn: string;
  reason: string | null;
  details: Record<string, unknown>;
  actorId: string | null;
  recordedAt: Date;
}

export async function insertTransition(db: Db, decisionId: string, t: Omit<TransitionRow, 'recordedAt'>): Promise<void> {
  await db
    .insertInto('decision_transitions')
    .values({
      id: t.id,
      decision_id: decisionId,
      action: t.action,
      from_state: t.fromState,
      to_state: t.toState,
      effective_on: t.effectiveOn,
      reason: t.reason,
      details: JSON.stringify(t.details),
      actor_id: t.actorId,
    })
    .execute();
}

export async function transitionRows(db: Db, decisionId: string): Promise<TransitionRow[]> {
  const rows = await db
    .selectFrom('decision_transitions')
    .select([
      'id',
      'action',
      'from_state as fromState',
      'to_state as toState',
      dateText('effective_on').as('effectiveOn'),
      'reason',
      'details',
      'actor_id as actorId',
      'recorded_at as recordedAt',
    ])
    .where('decision_id', '=', decisionId)
    .orderBy('recorded_at')
    .orderBy('effective_on')
    .execute();
  return rows.map((r) => ({ ...r, effectiveOn: r.effectiveOn as string, details: parseJson<Record<string, unknown>>(r.details) ?? {} }));
}

/** Claims one reminder (decision, deadline, due, days before); false when it was sent already. */
export async function claimReminder(db: Db, r: { decisionId: string; kind: string; due: string; daysBefore: number }): Promise<boolean> {
  const rows = await db
    .insertInto('decision_reminders')
    .values({ decision_id: r.decisionId, deadline_kind: r.kind, due: r.due, days_before: r.daysBefore })
    .onConflict((oc) => oc.columns(['decision_id', 'deadline_kind', 'due', 'days_before']).doNothing())
    .returning('decision_id')
    .execute();
  return rows.length === 1;
}

export async function countDemoDecisions(db: Db, gemeente: string): Promise<number> {
  const row = await db
    .selectFrom('decisions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function deleteDemoDecisions(db: Db, gemeente: string): Promise<number> {
  const result = await db.deleteFrom('decisions').where('gemeente_code', '=', gemeente).where('demo', '=', true).executeTakeFirst();
  return Number(result.numDeletedRows);
}
