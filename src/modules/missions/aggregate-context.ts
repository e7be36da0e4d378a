/**
 * Missions read aggregate figures of other modules (counts of crimes, reports, survey results) for
 * goals, evidence, effects and public summaries, also for partners and anonymous visitors of the
 * public summary. They are read under a system actor named `missions-aggregates`, with the caller's
 * trace id; only counts and statistics leave this module, and never unchecked: every figure is
 * shown under the caller's disclosure rule (disclosure.ts — small counts, minimum scope size,
 * the strictest rule on public pages). Reading here is not showing.
 */
import { systemContext, type ServiceContext } from '../../core/context.ts';

export function aggregateContext(ctx: ServiceContext): ServiceContext {
  return { ...systemContext(ctx.db, 'missions-aggregates'), traceId: ctx.traceId };
}
