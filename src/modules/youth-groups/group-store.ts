/** SQL on the youth-groups tables (youth_groups, youth_group_assessments); nothing else reads them. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { dateText } from '../../db/date-text.ts';
import type { Classification } from './shortlist.ts';
import type { Hangplek } from './tables.ts';

export interface GroupRow {
  id: string;
  name: string;
  area_code: string;
  description: string | null;
  size_estimate: number | null;
  age_min: number | null;
  age_max: number | null;
  hangplekken: Hangplek[];
  measures: string[];
  partner_ids: string[];
  mission_id: string | null;
  owner_id: string | null;
  review_date: string | null;
  reminded_for: string | null;
  demo: boolean;
}

export interface AssessmentRow {
  id: string;
  group_id: string;
  assessed_on: string;
  assessor_id: string | null;
  answers: Record<string, number>;
  computed: Classification;
  classification: Classification;
  deviation_reason: string | null;
}

/** Area filter: a buurt is itself, a wijk its buurten too (same digits), a gemeente everything. */
function inArea(area: string | undefined) {
  if (!area || area.startsWith('GM')) return null;
  if (area.startsWith('BU')) return { codes: [area], prefix: null };
  return { codes: [area], prefix: `BU${area.slice(2)}` };
}

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export async function groupRows(db: Db, gemeente: string, filter: { area?: string; id?: string } = {}): Promise<GroupRow[]> {
  let q = db
    .selectFrom('youth_groups')
    .select([
      'id',
      'name',
      'area_code',
      'description',
      'size_estimate',
      'age_min',
      'age_max',
      'hangplekken',
      'measures',
      'partner_ids',
      'mission_id',
      'owner_id',
      dateText('review_date').as('review_date'),
      dateText('reminded_for').as('reminded_for'),
      'demo',
    ])
    .where('gemeente_code', '=', gemeente);
  if (filter.id) q = q.where('id', '=', filter.id);
  const area = inArea(filter.area);
  if (area) {
    q = q.where((eb) =>
      area.prefix
        ? eb.or([eb('area_code', 'in', area.codes), eb('area_code', 'like', `${area.prefix}%`)])
        : eb('area_code', 'in', area.codes),
    );
  }
  const rows = await q.orderBy('name').execute();
  return rows.map((r) => ({ ...r, hangplekken: parseJson<Hangplek[]>(r.hangplekken) }));
}

export async function assessmentRows(db: Db, groupIds: readonly string[]): Promise<AssessmentRow[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom('youth_group_assessments')
    .select([
      'id',
      'group_id',
      sql<string>`assessed_on::text`.as('assessed_on'),
      'assessor_id',
      'answers',
      'computed',
      'classification',
      'deviation_reason',
    ])
    .where('group_id', 'in', [...groupIds])
    .orderBy('assessed_on')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ ...r, answers: parseJson<Record<string, number>>(r.answers) }));
}

export interface GroupValues {
  name: string;
  area_code: string;
  description: string | null;
  size_estimate: number | null;
  age_min: number | null;
  age_max: number | null;
  hangplekken: Hangplek[];
  measures: string[];
  partner_ids: string[];
  mission_id: string | null;
  owner_id: string | null;
  review_date: string | null;
}

export async function insertGroup(db: Db, gemeente: string, id: string, v: GroupValues, demo = false): Promise<void> {
  await db
    .insertInto('youth_groups')
    .values({ ...v, gemeente_code: gemeente, id, hangplekken: JSON.stringify(v.hangplekken), demo })
    .execute();
}

export async function updateGroup(db: Db, gemeente: string, id: string, v: Partial<GroupValues>): Promise<void> {
  const { hangplekken, ...rest } = v;
  await db
    .updateTable('youth_groups')
    .set({
      ...rest,
      ...(hangplekken !== undefined ? { hangplekken: JSON.stringify(hangplekken) } : {}),
      updated_at: new Date(),
    })
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .execute();
}

export async function groupNameTaken(db: Db, gemeente: string, name: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('youth_groups')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertAssessment(db: Db, a: AssessmentRow): Promise<void> {
  await db
    .insertInto('youth_group_assessments')
    .values({ ...a, answers: JSON.stringify(a.answers) })
    .execute();
}

/**
 * Groups whose review date is on or before `today` and not yet reminded for that date (a new date
 * differs from `reminded_for`). A demo group shows "review due" on the page but mails nobody.
 */
export async function dueForReminder(
  db: Db,
  today: string,
): Promise<Array<{ id: string; gemeente_code: string; name: string; owner_id: string | null; review_date: string }>> {
  const rows = await db
    .selectFrom('youth_groups')
    .select(['id', 'gemeente_code', 'name', 'owner_id', sql<string>`review_date::text`.as('review_date')])
    .where('review_date', 'is not', null)
    .where('review_date', '<=', today)
    .where('demo', '=', false)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '!=', eb.ref('review_date'))]))
    .execute();
  return rows;
}

/** Marks the reminder for this review date as sent; false when another run did it first. */
export async function markReminded(db: Db, id: string, reviewDate: string): Promise<boolean> {
  const res = await db
    .updateTable('youth_groups')
    .set({ reminded_for: reviewDate })
    .where('id', '=', id)
    .where(sql<string>`review_date::text`, '=', reviewDate)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '!=', eb.ref('review_date'))]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function deleteDemoGroups(db: Db, gemeente: string): Promise<number> {
  const res = await db.deleteFrom('youth_groups').where('gemeente_code', '=', gemeente).where('demo', '=', true).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function countDemoGroups(db: Db, gemeente: string): Promise<number> {
  const row = await db
    .selectFrom('youth_groups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Names of the municipality's groups with these ids (unknown ids left out): for the cases module's links. */
export async function youthGroupNames(db: Db, gemeente: string, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid.length === 0) return new Map();
  const rows = await db
    .selectFrom('youth_groups')
    .select(['id', 'name'])
    .where('gemeente_code', '=', gemeente)
    .where('id', 'in', valid)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
