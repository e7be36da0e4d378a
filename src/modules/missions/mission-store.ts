/** Queries on missions, their status history and evidence; no authorisation here (the service's job). */
import { sql, type Kysely, type Transaction } from 'kysely';
import { dateText } from '../../db/date-text.ts';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { participantCounts } from '../network/index.ts';
import { accountSummaries } from '../users/index.ts';
import type { MissionStatus, Priority } from './tables.ts';

type Tx = Kysely<DB> | Transaction<DB>;

export interface MissionRow {
  id: string;
  gemeente_code: string;
  number: string;
  title: string;
  problem_statement: string;
  scope: unknown;
  crime_types: string[];
  signal_categories: string[];
  times: unknown;
  owner_id: string | null;
  owner_name: string | null;
  priority: Priority;
  status: MissionStatus;
  start_date: string | null;
  next_review: string | null;
  review_interval_days: number | null;
  impact_score: number | null;
  impact_rationale: string | null;
  feasibility_score: number | null;
  feasibility_rationale: string | null;
  effect_settings: unknown;
  origin: unknown;
  public_status: 'none' | 'draft' | 'approved';
  public_title: string | null;
  public_summary: string | null;
  public_join: string | null;
  public_approved_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  demo: boolean;
}

function selectMissions(db: Db) {
  return db
    .selectFrom('missions as m')
    .select([
      'm.id',
      'm.gemeente_code',
      'm.number',
      'm.title',
      'm.problem_statement',
      'm.scope',
      'm.crime_types',
      'm.signal_categories',
      'm.times',
      'm.owner_id',
      'm.priority',
      'm.status',
      dateText('m.start_date').as('start_date'),
      dateText('m.next_review').as('next_review'),
      'm.review_interval_days',
      'm.impact_score',
      'm.impact_rationale',
      'm.feasibility_score',
      'm.feasibility_rationale',
      'm.effect_settings',
      'm.origin',
      'm.public_status',
      'm.public_title',
      'm.public_summary',
      'm.public_join',
      'm.public_approved_at',
      'm.created_by',
      'm.created_at',
      'm.updated_at',
      'm.version',
      'm.demo',
    ]);
}

/** The rows with the names of their owners (users `accountSummaries`: one query for all). */
async function withOwnerNames(db: Db, rows: Omit<MissionRow, 'owner_name'>[]): Promise<MissionRow[]> {
  const owners = await accountSummaries(
    db,
    rows.flatMap((r) => (r.owner_id ? [r.owner_id] : [])),
  );
  return rows.map((r) => ({ ...r, owner_name: r.owner_id ? (owners.get(r.owner_id)?.name ?? null) : null }));
}

export async function findMission(db: Db, gemeente: string, id: string): Promise<MissionRow | undefined> {
  const row = await selectMissions(db).where('m.gemeente_code', '=', gemeente).where('m.id', '=', id).executeTakeFirst();
  return row ? (await withOwnerNames(db, [row as Omit<MissionRow, 'owner_name'>]))[0] : undefined;
}

export interface MissionFilter {
  statuses?: MissionStatus[];
  priority?: Priority;
  ownerId?: string;
  ids?: string[];
  publicOnly?: boolean;
}

export async function listMissionRows(db: Db, gemeente: string, f: MissionFilter = {}): Promise<MissionRow[]> {
  let q = selectMissions(db).where('m.gemeente_code', '=', gemeente);
  if (f.statuses?.length) q = q.where('m.status', 'in', f.statuses);
  if (f.priority) q = q.where('m.priority', '=', f.priority);
  if (f.ownerId) q = q.where('m.owner_id', '=', f.ownerId);
  if (f.ids) q = f.ids.length ? q.where('m.id', 'in', f.ids) : q.where(sql<boolean>`false`);
  if (f.publicOnly) q = q.where('m.public_status', '=', 'approved');
  return withOwnerNames(db, (await q.orderBy('m.number', 'desc').execute()) as Omit<MissionRow, 'owner_name'>[]);
}

/** Next mission number of the year, e.g. OPG-2025-0007 (row-locked counter; no gaps on commit). */
export async function nextMissionNumber(tx: Tx, gemeente: string, year: number): Promise<string> {
  const row = await tx
    .insertInto('mission_counters')
    .values({ gemeente_code: gemeente, year, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['gemeente_code', 'year']).doUpdateSet((eb) => ({ last_value: eb('mission_counters.last_value', '+', 1) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `OPG-${year}-${String(row.last_value).padStart(4, '0')}`;
}

export async function addStatusHistory(
  tx: Tx,
  missionId: string,
  from: MissionStatus | null,
  to: MissionStatus,
  reason: string | null,
  actor: string,
): Promise<void> {
  await tx
    .insertInto('mission_status_history')
    .values({ mission_id: missionId, from_status: from, to_status: to, reason, actor })
    .execute();
}

export async function statusHistory(db: Db, missionId: string) {
  return db
    .selectFrom('mission_status_history')
    .select(['from_status', 'to_status', 'reason', 'actor', 'at'])
    .where('mission_id', '=', missionId)
    .orderBy('id')
    .execute();
}

/** Number of goals, measures, participants (network) and log entries per mission. */
export async function contentCounts(
  db: Db,
  missionIds: string[],
): Promise<Map<string, { goals: number; measures: number; participants: number; logEntries: number }>> {
  const out = new Map(missionIds.map((id) => [id, { goals: 0, measures: 0, participants: 0, logEntries: 0 }]));
  if (missionIds.length === 0) return out;
  const tables = [
    ['mission_goals', 'goals'],
    ['mission_measures', 'measures'],
    ['mission_log', 'logEntries'],
  ] as const;
  for (const [table, key] of tables) {
    const rows = await db
      .selectFrom(table)
      .select(['mission_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('mission_id', 'in', missionIds)
      .groupBy('mission_id')
      .execute();
    for (const r of rows) out.get(r.mission_id)![key] = Number(r.n);
  }
  for (const [id, n] of await participantCounts(db, missionIds)) out.get(id)!.participants = n;
  return out;
}

export async function evidenceRows(db: Db, missionId: string) {
  return db.selectFrom('mission_evidence').selectAll().where('mission_id', '=', missionId).orderBy('captured_at').orderBy('id').execute();
}
