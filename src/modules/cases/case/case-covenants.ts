/** Covenants of the network (partner agreements on information sharing) as the legal basis of a case. */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { agreementRows } from '../../network/index.ts';

const COVENANT_KINDS = new Set(['convenant', 'information-sharing']);

/** The municipality's covenants that have not ended, for the choice of a case's legal basis. */
export async function listCovenants(ctx: ServiceContext, gemeente: string, today = new Date().toISOString().slice(0, 10)) {
  authorize(ctx, 'cases:direct');
  const rows = await agreementRows(ctx.db, gemeente);
  return rows
    .filter((a) => COVENANT_KINDS.has(a.kind) && (a.ends_on === null || a.ends_on >= today))
    .map((a) => ({ id: a.id, title: a.title, legalBasis: a.legal_basis, endsOn: a.ends_on }));
}

/** The name of the covenant as the case's legal basis; 400 when it is not a covenant of the municipality. */
export async function covenantBasis(ctx: ServiceContext, gemeente: string, agreementId: string): Promise<string> {
  const found = (await agreementRows(ctx.db, gemeente)).find((a) => a.id === agreementId && COVENANT_KINDS.has(a.kind));
  if (!found) throw invalidInput([{ name: 'body.agreementId', reason: 'geen convenant van deze gemeente' }]);
  return found.title;
}
