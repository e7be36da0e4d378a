/**
 * Printing a case: the web's print button calls this before `window.print()`, so every print is in
 * the processing log (operation `print`, activity `cases.export`). Only those who work on the case
 * (director or member) print; a break-glass reader reads on screen only.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { openCase } from '../access/case-access.ts';

export async function recordCasePrint(ctx: ServiceContext, caseId: string, part: string): Promise<void> {
  await openCase(ctx, caseId, { operation: 'print', activity: 'cases.export', needs: 'edit', attributes: { part } });
}
