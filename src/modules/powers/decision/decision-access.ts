/**
 * Need-to-know of the register: a decision linked to a PGA case is open only to those who may open
 * the case (its director, members, an open break-glass grant — reading only). Everyone else finds no
 * trace of it here: not in the list, not in the deadlines, 404 on the decision itself (the published
 * public part is shown by the public pages and the area measures, never more).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { forbidden, notFoundBecause } from '../../../core/errors.ts';
import { caseAccessOrNull, caseIdsOpenTo } from '../../cases/index.ts';
import { type DecisionRecord, decisionRecords } from './decision-store.ts';

/** The case ids whose decisions the caller may see ('all' for the system). */
export async function casesOpenToCaller(ctx: ServiceContext): Promise<'all' | string[]> {
  const open = await caseIdsOpenTo(ctx);
  return open === 'all' ? 'all' : [...open.assigned, ...open.breakGlass];
}

export const decisionNotFound = (id: string) => notFoundBecause(`Besluit '${id}' bestaat niet.`);

/**
 * The decision when the caller may see it (write: may change it); 404 when it does not exist or is
 * linked to a case the caller may not open — the same answer, so nothing leaks.
 */
export async function visibleDecision(ctx: ServiceContext, gemeente: string, id: string, write = false): Promise<DecisionRecord> {
  const [d] = await decisionRecords(ctx.db, gemeente, { id, cases: 'all' });
  if (!d) throw decisionNotFound(id);
  if (d.caseId) {
    const access = await caseAccessOrNull(ctx, d.caseId);
    if (!access) throw decisionNotFound(id);
    if (write && !access.mayEdit) throw forbidden('Met een doorbraak van toegang kunt u dit besluit alleen inzien, niet wijzigen.');
  }
  return d;
}
