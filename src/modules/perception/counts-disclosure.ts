/**
 * Counts of residents' reports and of incidents that perception shows (nuisance per 1,000
 * inhabitants, the report's top report categories and hot times) follow the workbench's
 * disclosure rule (workbench `Disclosure`, STADSVEILIG_MIN_CELL_COUNT): for callers without
 * `analysis:detail` a count 1..min−1 — and what is derived from it — is not shown. Public pages
 * are evaluated as an anonymous visitor, whoever looks (`asPublic`). Survey estimates have their
 * own rule (suppression.ts); CBS registered-crime counts are published open data and shown as CBS
 * publishes them.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import { Disclosure } from '../analysis/index.ts';

export function countRule(ctx: ServiceContext, s: { minCellCount: number }): Disclosure {
  return new Disclosure(can(ctx.actor, 'analysis:detail'), s.minCellCount);
}

/** The context of a public page: the strictest rule, also when a logged-in analyst looks. */
export function asPublic(ctx: ServiceContext): ServiceContext {
  return { ...ctx, actor: { kind: 'anonymous' } };
}
