/** The initiators' contact details: need-to-know (`initiatives:review`), every read logged. */
import { authorize, type ServiceContext } from '../../core/context.ts';
import { notFoundBecause } from '../../core/errors.ts';
import { recordProcessing } from '../audit/index.ts';
import { contactOf, initiativeRows } from './initiative-store.ts';
import { CONTACT_SUBJECT } from './intake-service.ts';
import { initiativeNotFound } from './not-found.ts';
import type { ContactView } from './schema.ts';

export async function readContact(ctx: ServiceContext, gemeente: string, id: string): Promise<ContactView> {
  authorize(ctx, 'initiatives:review');
  const [row] = await initiativeRows(ctx.db, gemeente, { id });
  if (!row) throw initiativeNotFound(id);
  const contact = await contactOf(ctx.db, id);
  if (!contact) throw notFoundBecause('De contactgegevens van dit initiatief zijn na de bewaartermijn verwijderd.');
  await recordProcessing(ctx, {
    activity: 'initiatives.contact',
    operation: 'read',
    subject: { type: CONTACT_SUBJECT, id },
    attributes: { initiative: id },
  });
  return { name: contact.name, email: contact.email, phone: contact.phone };
}
