/**
 * The reasons for inclusion (criteria) a municipality works with: a configurable list, seeded with
 * defaults when empty (on first start, and lazily by the services). Codes stay once used: cases
 * refer to them, so an admin edits names, switches criteria off and adds new ones, never deletes.
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';

export interface CaseCriterion {
  code: string;
  nameNl: string;
  nameEn: string;
  active: boolean;
}

export const DEFAULT_CASE_CRITERIA: readonly Omit<CaseCriterion, 'active'>[] = [
  { code: 'top-x', nameNl: 'Top-X / veelpleger', nameEn: 'Top-X / prolific offender' },
  { code: 'high-impact-offender', nameNl: 'High Impact Crime-dader', nameEn: 'High-impact crime offender' },
  { code: 'young-at-risk', nameNl: 'Jongere op het randje', nameEn: 'Young person at risk' },
  { code: 'confused-behaviour', nameNl: 'Verward gedrag met veiligheidsrisico', nameEn: 'Confused behaviour with a safety risk' },
  { code: 'nazorg', nameNl: 'Nazorg ex-gedetineerde', nameEn: 'Aftercare for a former detainee' },
  { code: 'domestic-violence', nameNl: 'Huiselijk geweld (pleger)', nameEn: 'Domestic violence (perpetrator)' },
  { code: 'radicalisation', nameNl: 'Zorgen over radicalisering', nameEn: 'Concerns about radicalisation' },
];

/** Seeds the default criteria for the municipality when it has none yet; returns how many were added. */
export async function seedCaseCriteriaIfEmpty(db: Db, gemeente: string): Promise<number> {
  const any = await db.selectFrom('case_criteria').select('code').where('gemeente_code', '=', gemeente).limit(1).executeTakeFirst();
  if (any) return 0;
  const rows = DEFAULT_CASE_CRITERIA.map((c, k) => ({
    gemeente_code: gemeente,
    code: c.code,
    name_nl: c.nameNl,
    name_en: c.nameEn,
    sort: k,
  }));
  await db
    .insertInto('case_criteria')
    .values(rows)
    .onConflict((oc) => oc.columns(['gemeente_code', 'code']).doNothing())
    .execute();
  return rows.length;
}

/** The municipality's criteria in their order (seeded first when empty). */
export async function criteriaOf(db: Db, gemeente: string): Promise<CaseCriterion[]> {
  await seedCaseCriteriaIfEmpty(db, gemeente);
  return storedCriteria(db, gemeente);
}

/** The criteria stored for the municipality, in their order (nothing seeded: for reads such as the figures). */
export async function storedCriteria(db: Db, gemeente: string): Promise<CaseCriterion[]> {
  const rows = await db
    .selectFrom('case_criteria')
    .select(['code', 'name_nl', 'name_en', 'active'])
    .where('gemeente_code', '=', gemeente)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ code: r.code, nameNl: r.name_nl, nameEn: r.name_en, active: r.active }));
}

/** Throws 400 unless every code is an active criterion (at least one). */
export async function checkCriteria(db: Db, gemeente: string, codes: readonly string[], field = 'body.criteria'): Promise<void> {
  const active = new Set((await criteriaOf(db, gemeente)).filter((c) => c.active).map((c) => c.code));
  const unknown = codes.filter((c) => !active.has(c));
  if (codes.length === 0) throw invalidInput([{ name: field, reason: 'kies ten minste één criterium' }]);
  if (unknown.length > 0) throw invalidInput([{ name: field, reason: `geen actief criterium: ${unknown.join(', ')}` }]);
}

/** Edits names and active flags and adds criteria (cases:configure); criteria left out stay as they are. */
export async function saveCriteria(ctx: ServiceContext, gemeente: string, list: readonly CaseCriterion[]): Promise<CaseCriterion[]> {
  authorize(ctx, 'cases:configure');
  const known = await criteriaOf(ctx.db, gemeente);
  const order = new Map(known.map((c, k) => [c.code, k]));
  for (const [k, c] of list.entries()) {
    const sort = order.get(c.code) ?? known.length + k;
    await ctx.db
      .insertInto('case_criteria')
      .values({ gemeente_code: gemeente, code: c.code, name_nl: c.nameNl, name_en: c.nameEn, active: c.active, sort })
      .onConflict((oc) => oc.columns(['gemeente_code', 'code']).doUpdateSet({ name_nl: c.nameNl, name_en: c.nameEn, active: c.active }))
      .execute();
  }
  return criteriaOf(ctx.db, gemeente);
}
