/**
 * One decision for a caller who asks for more than its public part (camera evaluation, closure
 * effect): 404 when it does not exist, 403 when it is linked to a PGA case the caller may not open.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { forbidden, notFound } from '../../../core/errors.ts';
import { caseVisibility } from './measure-service.ts';
import { type MeasureRow, measureRow } from './measure-store.ts';

export async function decisionForCaller(ctx: ServiceContext, gemeente: string, id: string): Promise<MeasureRow> {
  const row = await measureRow(ctx.db, gemeente, id);
  if (!row) throw notFound('Decision', id);
  if (!(await caseVisibility(ctx))(row))
    throw forbidden('Dit besluit hoort bij een casus die u niet mag openen; alleen het gepubliceerde deel is voor u zichtbaar.');
  return row;
}
