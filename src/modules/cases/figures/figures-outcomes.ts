/**
 * Outcomes per life domain — an extension point. The goals of a plan (with their life domain and
 * status) are stored by the plan part of this module; its store adds one OutcomeSource to
 * OUTCOME_SOURCES that counts the goals of the cases in the filter per domain and status. The
 * figures call every source and merge the counts; with no source the figure is empty (and the reply
 * says so with `outcomesAvailable: false`). A source returns counts only: no case, no goal text.
 */
import type { Db } from '../../../db/database.ts';
import { caseIdsInFilter, type FactsFilter } from './figures-store.ts';
import { goalOutcomesByDomain } from '../plan/plan-content.ts';

export interface OutcomeCount {
  /** The life domain (veiligheid, zorg, wonen, inkomen, dagbesteding, justitie). */
  domain: string;
  /** The goal's outcome or status code (e.g. behaald, deels, niet-behaald, lopend). */
  outcome: string;
  count: number;
}

/** Counts the goals of the cases open at some moment of the filter's period, in its area. */
export type OutcomeSource = (db: Db, filter: FactsFilter) => Promise<OutcomeCount[]>;

/** The goals of the plans (plan-content.ts): per life domain and goal status. */
const planGoals: OutcomeSource = async (db, filter) =>
  (await goalOutcomesByDomain(db, await caseIdsInFilter(db, filter))).map((r) => ({ domain: r.domain, outcome: r.status, count: r.goals }));

/** The sources the figures read. */
export const OUTCOME_SOURCES: readonly OutcomeSource[] = [planGoals];

/** Every source's counts, summed per domain and outcome. */
export async function outcomeCounts(db: Db, filter: FactsFilter, sources: readonly OutcomeSource[] = OUTCOME_SOURCES) {
  const perDomain = new Map<string, Map<string, number>>();
  for (const source of sources) {
    for (const { domain, outcome, count } of await source(db, filter)) {
      const row = perDomain.get(domain) ?? new Map<string, number>();
      row.set(outcome, (row.get(outcome) ?? 0) + count);
      perDomain.set(domain, row);
    }
  }
  return perDomain;
}
