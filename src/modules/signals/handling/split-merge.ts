/**
 * Splitting one report into child reports (e.g. dumping and a broken lamp in one message) and
 * merging duplicates. Children copy place and reporter contact, so the reporter hears about each;
 * the parent is closed as 'split' (no mail of its own: each child's receipt tells the reporter).
 * A merged duplicate is closed as cancelled with a pointer; its reporter and followers keep
 * receiving the updates of the report it was merged into (see notify.ts).
 */
import { randomUUID } from 'node:crypto';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput } from '../../../core/errors.ts';
import { findCategory, requireLeafCategory, type CategoryRow } from '../config/categories.ts';
import { notifyStatus, type SignalEnv } from '../residents/notify.ts';
import { derivedToken } from '../records/secret.ts';
import { addHistory, insertSignal, requireSignal } from '../records/signal-store.ts';
import { getSignalDetail } from './staff-service.ts';
import { hashToken, nextSignalNumber } from '../records/tokens.ts';
import { mayPublishText } from '../visibility.ts';
import { isClosed } from '../records/workflow.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';

/** "M-1", "M-1 en M-2", "M-1, M-2 en M-3". */
export function listNumbers(numbers: readonly string[]): string {
  return numbers.length <= 1 ? (numbers[0] ?? '') : `${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)}`;
}

export async function splitSignal(
  ctx: ServiceContext,
  gemeente: string,
  idOrNumber: string,
  parts: Array<{ categorySlug: string; description: string }>,
) {
  authorize(ctx, 'signals:handle');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  if (isClosed(s.status) || s.merged_into_id) throw conflict('Only an open report can be split.');
  const cats: CategoryRow[] = [];
  for (const [i, p] of parts.entries())
    cats.push(await requireLeafCategory(ctx.db, gemeente, p.categorySlug, `body.parts.${i}.categorySlug`));
  const actor = actorLabel(ctx.actor);
  const numbers: string[] = [];
  // Tokens before the transaction: the first derivation reads (or creates) the key through ctx.db,
  // which on the embedded database would wait for this transaction's connection for ever.
  const ids = parts.map(() => randomUUID());
  const tokenHashes = await Promise.all(ids.map(async (id) => hashToken(await derivedToken(ctx.db, 'track', id))));
  await ctx.db.transaction().execute(async (trx) => {
    const contact = await trx.selectFrom('signal_contacts').selectAll().where('signal_id', '=', s.id).executeTakeFirst();
    for (const [i, p] of parts.entries()) {
      const c = cats[i]!;
      const id = ids[i]!;
      const number = await nextSignalNumber(trx, gemeente, Number(amsterdamDate(new Date()).slice(0, 4)));
      numbers.push(number);
      await insertSignal(trx, {
        gemeente_code: gemeente,
        id,
        number,
        tracking_token_hash: tokenHashes[i]!,
        category_slug: c.slug,
        suggested_category: null,
        description: p.description.trim(),
        status: 'new',
        lat: s.lat,
        lon: s.lon,
        x: s.x,
        y: s.y,
        address_text: s.address_text,
        area_year: s.area_year,
        buurt_code: s.buurt_code,
        wijk_code: s.wijk_code,
        source: s.source,
        department: c.department,
        partner: null,
        parent_id: s.id,
        deadline: addWorkingDays(amsterdamDate(new Date()), c.handling_days),
      });
      await addHistory(trx, {
        signalId: id,
        actor,
        kind: 'created',
        toStatus: 'new',
        visibility: 'reporter',
        data: { splitFrom: s.number },
      });
      if (contact)
        await trx
          .insertInto('signal_contacts')
          .values({ signal_id: id, email: contact.email, phone: contact.phone, consent: contact.consent })
          .execute();
    }
    const now = new Date();
    await trx.updateTable('signals').set({ status: 'split', closed_at: now, updated_at: now }).where('id', '=', s.id).execute();
    await addHistory(trx, {
      signalId: s.id,
      actor,
      kind: 'split',
      fromStatus: s.status,
      toStatus: 'split',
      text: `Gesplitst in ${listNumbers(numbers)}`,
      visibility: 'reporter',
      data: { children: numbers },
    });
  });
  return getSignalDetail(ctx, gemeente, s.id);
}

/** Merges the duplicate `idOrNumber` into `intoIdOrNumber`. */
export async function mergeSignal(ctx: ServiceContext, env: SignalEnv, idOrNumber: string, intoIdOrNumber: string) {
  authorize(ctx, 'signals:handle');
  const dup = await requireSignal(ctx.db, env.gemeente, idOrNumber);
  const into = await requireSignal(ctx.db, env.gemeente, intoIdOrNumber);
  if (dup.id === into.id) throw invalidInput([{ name: 'body.into', reason: 'cannot merge a report into itself' }]);
  if (dup.merged_into_id || into.merged_into_id) throw conflict('One of these reports was already merged.');
  if (dup.status === 'split' || into.status === 'split') throw conflict('A split report is handled in its parts; merge one of those.');
  if (
    into.parent_id === dup.id ||
    (await ctx.db.selectFrom('signals').select('id').where('merged_into_id', '=', dup.id).executeTakeFirst())
  ) {
    throw conflict('A report that others were merged into cannot itself be merged.');
  }
  const actor = actorLabel(ctx.actor);
  const category = await findCategory(ctx.db, env.gemeente, dup.category_slug);
  // The merge text is the system's own (no resident's or staff member's words): published when the category allows it.
  const published = mayPublishText(category);
  await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const text = `Samengevoegd met melding ${into.number}; u ontvangt voortaan berichten over die melding.`;
    await trx
      .updateTable('signals')
      .set({ merged_into_id: into.id, status: 'cancelled', closed_at: now, updated_at: now })
      .where('id', '=', dup.id)
      .execute();
    await addHistory(trx, {
      signalId: dup.id,
      actor,
      kind: 'merge',
      fromStatus: dup.status,
      toStatus: 'cancelled',
      text,
      visibility: 'reporter',
      publishedAt: published ? now : null,
      data: { into: into.number },
    });
    await addHistory(trx, {
      signalId: into.id,
      actor,
      kind: 'merge',
      text: `Melding ${dup.number} is hiermee samengevoegd`,
      data: { duplicate: dup.number },
    });
    await notifyStatus(
      { ...ctx, db: trx },
      env,
      { id: dup.id, number: dup.number, categoryName: category?.name ?? dup.category_slug, deadline: dup.deadline, category },
      'cancelled',
      { text, published },
    );
  });
  return getSignalDetail(ctx, env.gemeente, into.id);
}
