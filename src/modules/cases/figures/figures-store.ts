/**
 * SQL of the aggregate figures: the cases that were open at some moment of a period (closed and
 * anonymised ones too — their skeleton of dates, criteria and trajectory remains), without any
 * person field, and the municipality's criteria names. Nothing here identifies a person.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { type CaseCriterion, storedCriteria } from '../case/criteria.ts';
import type { Trajectory } from '../tables.ts';

/** The facts of one case the figures count: no id, no reference, no person. */
export interface CaseFacts {
  criteria: string[];
  trajectory: Trajectory | null;
  openedAt: Date;
  planSetAt: Date | null;
  closedAt: Date | null;
}

/** Which cases: a municipality, a period, and optionally the buurten of an area (null: all). */
export interface FactsFilter {
  gemeente: string;
  from: Date;
  to: Date;
  /** Buurt codes, or a code prefix for every buurt of a wijk; null for the whole municipality. */
  area: { codes: readonly string[] } | { prefix: string } | null;
}

const asDate = (v: Date | string | null) => (v === null ? null : new Date(v));

/** The cases of the filter: opened before the period's end and not closed before its start, in its area. */
function casesInFilter(db: Db, f: FactsFilter) {
  let q = db
    .selectFrom('cases')
    .select(['id', 'criteria', 'trajectory', 'opened_at', 'plan_set_at', 'closed_at'])
    .where('gemeente_code', '=', f.gemeente)
    .where('opened_at', '<=', f.to)
    .where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '>=', f.from)]));
  if (f.area && 'prefix' in f.area) q = q.where('area_code', 'like', `${f.area.prefix}%`);
  if (f.area && 'codes' in f.area) q = f.area.codes.length ? q.where('area_code', 'in', [...f.area.codes]) : q.where(sql<boolean>`false`);
  return q;
}

/** The ids of the filter's cases (for counts over their plans; never returned to a caller). */
export async function caseIdsInFilter(db: Db, f: FactsFilter): Promise<string[]> {
  return (await casesInFilter(db, f).execute()).map((r) => r.id);
}

/** Cases opened before the period's end and not closed before its start. */
export async function caseFacts(db: Db, f: FactsFilter): Promise<CaseFacts[]> {
  const rows = await casesInFilter(db, f).execute();
  return rows.map((r) => ({
    criteria: r.criteria,
    trajectory: r.trajectory,
    openedAt: asDate(r.opened_at)!,
    planSetAt: asDate(r.plan_set_at),
    closedAt: asDate(r.closed_at),
  }));
}

export type CriterionName = Pick<CaseCriterion, 'code' | 'nameNl' | 'nameEn'>;

/** The municipality's criteria (by sort), for naming the rows. */
export const criterionNames: (db: Db, gemeente: string) => Promise<CriterionName[]> = storedCriteria;
