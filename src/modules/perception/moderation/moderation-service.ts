/**
 * Moderation of residents' stories before staff or public see them: the queue (with automatic
 * findings as suggestions), approve with redaction and themes, reject with a reason, re-tag.
 * On approval the stored text is replaced by the redacted text; on rejection it is emptied, so
 * personal data a resident wrote does not outlive moderation. Every action is audited
 * (activity perception.moderate).
 */
import { actorLabel, authorize, can, type ServiceContext } from '../../../core/context.ts';
import { conflict, notFound } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import type { StoryFlag, StoryStatus } from '../tables.ts';
import { findPersonalData, redact } from './text-checks.ts';
import { requireThemes } from './themes.ts';

export interface QueueQuery {
  status: StoryStatus;
  buurt?: string | undefined;
  limit: number;
}

function present(
  ctx: ServiceContext,
  r: {
    id: string;
    buurt_code: string;
    wijk_code: string | null;
    year: number;
    status: StoryStatus;
    text: string;
    flags: unknown;
    themes: unknown;
    duplicate_of: string | null;
    reject_reason: string | null;
    submitted_on: string;
    moderated_at: Date | null;
    demo: boolean;
  },
) {
  const moderate = can(ctx.actor, 'perception:moderate');
  return {
    id: r.id,
    buurtCode: r.buurt_code,
    wijkCode: r.wijk_code,
    year: Number(r.year),
    demo: r.demo,
    status: r.status,
    text: r.text,
    suggestions: r.flags as StoryFlag[],
    duplicateOf: r.duplicate_of,
    themes: r.themes as string[],
    rejectReason: r.reject_reason,
    submittedOn: r.submitted_on,
    moderatedAt: r.moderated_at?.toISOString() ?? null,
    permissions: {
      approve: moderate && r.status === 'pending',
      reject: moderate && r.status === 'pending',
      tag: moderate && r.status === 'approved',
    },
  };
}
export type StoryView = ReturnType<typeof present>;

export async function moderationQueue(ctx: ServiceContext, gemeente: string, q: QueueQuery): Promise<StoryView[]> {
  authorize(ctx, 'perception:moderate');
  let query = ctx.db.selectFrom('pulse_stories').selectAll().where('gemeente_code', '=', gemeente).where('status', '=', q.status);
  if (q.buurt) query = query.where('buurt_code', '=', q.buurt);
  const rows = await query.orderBy('submitted_on').orderBy('id').limit(q.limit).execute();
  // stories before moderation may hold personal data: the log says which ones were shown
  await recordProcessing(ctx, {
    activity: 'perception.moderate',
    operation: 'read',
    attributes: { status: q.status, count: rows.length, stories: rows.map((r) => r.id) },
  });
  return rows.map((r) => present(ctx, r));
}

async function pendingStory(ctx: ServiceContext, gemeente: string, id: string) {
  const row = await ctx.db
    .selectFrom('pulse_stories')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Story', id);
  if (row.status !== 'pending') throw conflict(`Story ${id} was already ${row.status}.`);
  return row;
}

/** Two moderators deciding on one story at once: the second finds it no longer pending (409), not a silent overwrite. */
const decidedOnce = (id: string) => (r: { numUpdatedRows: bigint }) => {
  if (Number(r.numUpdatedRows) === 0) throw conflict(`Story ${id} was decided by someone else just now.`);
};

export interface ApproveInput {
  /** Final public text; default: the original with the `redact` spans replaced by [verwijderd]. */
  text?: string | undefined;
  redact?: { start: number; end: number }[] | undefined;
  themes?: string[] | undefined;
}

export async function approveStory(ctx: ServiceContext, gemeente: string, id: string, input: ApproveInput) {
  authorize(ctx, 'perception:moderate');
  const row = await pendingStory(ctx, gemeente, id);
  const themes = input.themes ?? [];
  await requireThemes(ctx, gemeente, themes);
  const text = (input.text ?? redact(row.text, input.redact ?? [])).trim();
  await ctx.db
    .updateTable('pulse_stories')
    .set({
      status: 'approved',
      text,
      flags: '[]' as never,
      themes: JSON.stringify(themes) as never,
      moderated_by: actorLabel(ctx.actor),
      moderated_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
    .then(decidedOnce(id));
  await recordProcessing(ctx, {
    activity: 'perception.moderate',
    operation: 'update',
    attributes: { story: id, decision: 'approved', redactions: input.redact?.length ?? 0, edited: input.text !== undefined, themes },
  });
  const remaining = findPersonalData(text);
  const updated = await ctx.db.selectFrom('pulse_stories').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { story: present(ctx, updated), warnings: remaining.map((f) => `Mogelijk nog persoonsgegevens (${f.kind}): '${f.match}'`) };
}

export async function rejectStory(ctx: ServiceContext, gemeente: string, id: string, reason: string) {
  authorize(ctx, 'perception:moderate');
  await pendingStory(ctx, gemeente, id);
  await ctx.db
    .updateTable('pulse_stories')
    .set({
      status: 'rejected',
      text: '',
      flags: '[]' as never,
      reject_reason: reason,
      moderated_by: actorLabel(ctx.actor),
      moderated_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
    .then(decidedOnce(id));
  await recordProcessing(ctx, {
    activity: 'perception.moderate',
    operation: 'update',
    attributes: { story: id, decision: 'rejected', reason },
  });
  return present(ctx, await ctx.db.selectFrom('pulse_stories').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

export async function tagStory(ctx: ServiceContext, gemeente: string, id: string, themes: string[]) {
  authorize(ctx, 'perception:moderate');
  const row = await ctx.db
    .selectFrom('pulse_stories')
    .select('status')
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Story', id);
  if (row.status !== 'approved') throw conflict('Only approved stories carry themes.');
  await requireThemes(ctx, gemeente, themes);
  await ctx.db
    .updateTable('pulse_stories')
    .set({ themes: JSON.stringify(themes) as never })
    .where('id', '=', id)
    .execute();
  await recordProcessing(ctx, { activity: 'perception.moderate', operation: 'update', attributes: { story: id, themes } });
  return present(ctx, await ctx.db.selectFrom('pulse_stories').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}
