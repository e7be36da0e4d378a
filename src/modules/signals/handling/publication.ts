/**
 * Staff publish free text: the resident's description (with the address text) or one text of the
 * history (a status text or a note). Published text is what Open311 and followers' mails show
 * (visibility.ts); nothing is published by default, and nothing of a sensitive category ever.
 * Each change is kept in the history (kind 'publish', internal).
 */
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, notFound } from '../../../core/errors.ts';
import { findCategory } from '../config/categories.ts';
import { addHistory, requireSignal, type SignalRow } from '../records/signal-store.ts';
import { getSignalDetail } from './staff-service.ts';
import { mayPublishText } from '../visibility.ts';

async function publishableSignal(ctx: ServiceContext, gemeente: string, idOrNumber: string, published: boolean): Promise<SignalRow> {
  authorize(ctx, 'signals:handle');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  if (published && !mayPublishText(await findCategory(ctx.db, gemeente, s.category_slug))) {
    throw conflict('Texts of a sensitive category are never published.');
  }
  return s;
}

/** Marks the description (and address text) public, or takes it back. */
export async function publishDescription(ctx: ServiceContext, gemeente: string, idOrNumber: string, published: boolean) {
  const s = await publishableSignal(ctx, gemeente, idOrNumber, published);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('signals')
      .set({ description_published_at: published ? new Date() : null })
      .where('id', '=', s.id)
      .execute();
    await addHistory(trx, { signalId: s.id, actor: actorLabel(ctx.actor), kind: 'publish', data: { what: 'description', published } });
  });
  return getSignalDetail(ctx, gemeente, s.id);
}

/** Marks one history text public, or takes it back. Only status texts and notes: entries without text, and the wording of assignments, routing, categories or places (they may name colleagues) cannot be published. */
export async function publishEntry(ctx: ServiceContext, gemeente: string, idOrNumber: string, entryId: number, published: boolean) {
  const s = await publishableSignal(ctx, gemeente, idOrNumber, published);
  const entry = await ctx.db
    .selectFrom('signal_history')
    .select(['id', 'text'])
    .where('id', '=', entryId)
    .where('signal_id', '=', s.id)
    .where('kind', 'in', ['status', 'note'])
    .executeTakeFirst();
  if (!entry || entry.text === null) throw notFound('History entry with text', String(entryId));
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('signal_history')
      .set({ published_at: published ? new Date() : null })
      .where('id', '=', entry.id)
      .execute();
    await addHistory(trx, { signalId: s.id, actor: actorLabel(ctx.actor), kind: 'publish', data: { what: 'entry', entryId, published } });
  });
  return getSignalDetail(ctx, gemeente, s.id);
}
