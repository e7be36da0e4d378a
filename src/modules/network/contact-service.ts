/**
 * Contact persons of a partner (work contact only). Staff with `network:read` and the partner's own
 * accounts read them; every read is logged per person (network.contacts.read), every change too
 * (network.contacts.manage). Changing them needs `network:edit`.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { recordProcessing } from '../audit/index.ts';
import { type ContactRow, contactRows, deleteContact, insertContact, updateContact } from './contact-store.ts';
import type { ContactChange, ContactInput, ContactView } from './detail-schema.ts';
import { notFound } from './not-found.ts';
import { readerOf, readerSeesContacts, readerSeesPartner } from './partner-access.ts';
import { findPartner, partnerRows } from './partner-store.ts';

export const CONTACT_SUBJECT = 'partner-contact';

const present = (r: ContactRow): ContactView => ({
  id: r.id,
  partnerId: r.partner_id,
  name: r.name,
  jobTitle: r.job_title,
  workEmail: r.work_email,
  workPhone: r.work_phone,
});

/** The contacts of a partner, logged as read (one record per person); the caller checked access. */
export async function readContacts(ctx: ServiceContext, partnerId: string): Promise<ContactView[]> {
  const rows = await contactRows(ctx.db, [partnerId]);
  for (const r of rows) {
    await recordProcessing(ctx, {
      activity: 'network.contacts.read',
      operation: 'read',
      subject: { type: CONTACT_SUBJECT, id: r.id },
      attributes: { partner: partnerId },
    });
  }
  return rows.map(present);
}

/** GET /partners/{id}/contacts: staff, or an account of this partner; 404 for a partner the reader does not see. */
export async function listContacts(ctx: ServiceContext, gemeente: string, partnerId: string): Promise<ContactView[]> {
  const reader = await readerOf(ctx, gemeente);
  const row = (await partnerRows(ctx.db, gemeente)).find((r) => r.id === partnerId);
  if (!row || !readerSeesPartner(reader, row)) throw notFound('Partner', partnerId);
  if (!readerSeesContacts(reader, partnerId)) authorize(ctx, 'network:read');
  return readContacts(ctx, partnerId);
}

async function logChange(ctx: ServiceContext, partnerId: string, id: string, operation: 'create' | 'update' | 'delete') {
  await recordProcessing(ctx, {
    activity: 'network.contacts.manage',
    operation,
    subject: { type: CONTACT_SUBJECT, id },
    attributes: { partner: partnerId },
  });
}

export async function addContact(ctx: ServiceContext, gemeente: string, partnerId: string, input: ContactInput): Promise<ContactView> {
  authorize(ctx, 'network:edit');
  if (!(await findPartner(ctx.db, gemeente, partnerId))) throw notFound('Partner', partnerId);
  const row: ContactRow = {
    id: randomUUID(),
    partner_id: partnerId,
    name: input.name,
    job_title: input.jobTitle || null,
    work_email: input.workEmail ?? null,
    work_phone: input.workPhone || null,
  };
  await guardedWrite(() => insertContact(ctx.db, row), { missing: () => notFound('Partner', partnerId) });
  await logChange(ctx, partnerId, row.id, 'create');
  return present(row);
}

export async function changeContact(
  ctx: ServiceContext,
  gemeente: string,
  partnerId: string,
  id: string,
  change: ContactChange,
): Promise<ContactView> {
  authorize(ctx, 'network:edit');
  if (!(await findPartner(ctx.db, gemeente, partnerId))) throw notFound('Partner', partnerId);
  const found = await updateContact(ctx.db, partnerId, id, {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.jobTitle !== undefined ? { job_title: change.jobTitle || null } : {}),
    ...(change.workEmail !== undefined ? { work_email: change.workEmail } : {}),
    ...(change.workPhone !== undefined ? { work_phone: change.workPhone || null } : {}),
  });
  if (!found) throw notFound('Contact', id);
  await logChange(ctx, partnerId, id, 'update');
  const row = (await contactRows(ctx.db, [partnerId])).find((r) => r.id === id);
  if (!row) throw notFound('Contact', id);
  return present(row);
}

export async function removeContact(ctx: ServiceContext, gemeente: string, partnerId: string, id: string): Promise<void> {
  authorize(ctx, 'network:edit');
  if (!(await findPartner(ctx.db, gemeente, partnerId))) throw notFound('Partner', partnerId);
  if (!(await deleteContact(ctx.db, partnerId, id))) throw notFound('Contact', id);
  await logChange(ctx, partnerId, id, 'delete');
}
