/**
 * Staff handling of one report: detail with history and the transitions the caller may take,
 * status changes through the state machine (with reporter notification), notes, assignment,
 * re-categorisation and the reporter's contact details (logged on every view).
 */
import { actorLabel, authorize, can, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import type { LocateInput } from '../../areas/index.ts';
import { loadCategories, requireLeafCategory } from '../config/categories.ts';
import { type AssignmentPatch, assignmentColumns, assignmentText, resolveAssignment } from './assignment.ts';
import { resolvePlace } from '../records/location.ts';
import { notifyNote, notifyStatus, type SignalEnv } from '../residents/notify.ts';
import { authorizeSignal, forwardedToScope, signalScope, type SignalScope } from '../partner-access.ts';
import { logPartnerAction } from './partner-actions.ts';
import { earlySignalFacts } from '../early/early-facts.ts';
import { addHistory, historyOf, requireSignal, type HistoryRow, type SignalRow } from '../records/signal-store.ts';
import type { HistoryVisibility, SignalStatus } from '../tables.ts';
import { mayPublishText } from '../visibility.ts';
import { STATUS_LABELS, allowedTransitions, checkTransition, isClosed } from '../records/workflow.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';

export async function presentSignal(ctx: ServiceContext, s: SignalRow, scope: SignalScope = { kind: 'staff' }) {
  const cats = await loadCategories(ctx.db, s.gemeente_code);
  const cat = cats.find((c) => c.slug === s.category_slug);
  const partner = scope.kind === 'partner';
  // A partner handles what is forwarded to it; an early signal it raised it only follows.
  const handle = partner ? forwardedToScope(scope, s) : can(ctx.actor, 'signals:handle');
  const staffHandle = !partner && handle;
  const today = amsterdamDate(new Date());
  return {
    id: s.id,
    number: s.number,
    status: s.status,
    statusLabel: STATUS_LABELS[s.status].nl,
    categorySlug: s.category_slug,
    categoryName: cat?.name ?? s.category_slug,
    mainCategorySlug: cat?.parent_slug ?? null,
    suggestedCategory: s.suggested_category,
    description: s.description,
    location: s.lat !== null ? { lat: s.lat, lon: s.lon!, x: s.x!, y: s.y! } : null,
    addressText: s.address_text,
    buurtCode: s.buurt_code,
    wijkCode: s.wijk_code,
    source: s.source,
    department: s.department,
    departmentId: partner ? null : s.department_id,
    partner: s.partner,
    partnerId: s.partner_id,
    assigneeId: partner ? null : s.assignee_id, // the municipality's internal assignment is not the partner's business
    parentId: s.parent_id,
    mergedIntoId: s.merged_into_id,
    deadline: s.deadline,
    overdue: Boolean(s.deadline && !isClosed(s.status) && s.deadline < today),
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
    closedAt: s.closed_at?.toISOString() ?? null,
    allowedTransitions:
      handle && !s.merged_into_id
        ? allowedTransitions(s.status).map((t) => ({ to: t.to, label: STATUS_LABELS[t.to].nl, requiresText: t.requiresText }))
        : [],
    descriptionPublishedAt: s.description_published_at?.toISOString() ?? null,
    demo: s.demo,
    earlySignal: await earlySignalFacts(ctx, s),
    permissions: {
      handle,
      viewContact: partner ? Boolean(cat?.partner_contact) : can(ctx.actor, 'signals:contact'),
      split: staffHandle && !isClosed(s.status),
      merge: staffHandle && !s.merged_into_id && s.status !== 'split',
      edit: staffHandle,
      publish: staffHandle && mayPublishText(cat),
      returnToMunicipality: partner && handle && !s.merged_into_id && !isClosed(s.status),
    },
  };
}
export type SignalView = Awaited<ReturnType<typeof presentSignal>>;

const presentHistory = (h: HistoryRow) => ({
  id: Number(h.id),
  at: h.at.toISOString(),
  actor: h.actor,
  kind: h.kind,
  fromStatus: h.from_status,
  toStatus: h.to_status,
  text: h.text,
  visibility: h.visibility,
  publishedAt: h.published_at?.toISOString() ?? null,
});

/** One report with its history as the caller may read it (a partner: no internal entries). Every view is logged. */
export async function getSignalDetail(ctx: ServiceContext, gemeente: string, idOrNumber: string) {
  await signalScope(ctx, gemeente, 'signals:read');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  const scope = await authorizeSignal(ctx, s, 'signals:read');
  const history = await historyOf(ctx.db, s.id, scope.kind === 'partner' ? 'partner' : 'staff');
  const children = await ctx.db.selectFrom('signals').select(['id', 'number', 'status']).where('parent_id', '=', s.id).execute();
  const duplicates = await ctx.db.selectFrom('signals').select(['id', 'number']).where('merged_into_id', '=', s.id).execute();
  const photos = await ctx.db
    .selectFrom('signal_photos')
    .select(['id', 'is_public', 'width', 'height', 'size'])
    .where('signal_id', '=', s.id)
    .execute();
  const feedback = await ctx.db.selectFrom('signal_feedback').selectAll().where('signal_id', '=', s.id).executeTakeFirst();
  const hasContact = Boolean(
    await ctx.db.selectFrom('signal_contacts').select('signal_id').where('signal_id', '=', s.id).executeTakeFirst(),
  );
  await recordProcessing(ctx, {
    activity: 'signals.read',
    operation: 'read',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, view: 'detail', scope: scope.kind },
  });
  return {
    ...(await presentSignal(ctx, s, scope)),
    hasContact,
    history: history.map(presentHistory),
    children: children.map((c) => ({ id: c.id, number: c.number, status: c.status })),
    duplicates: duplicates.map((d) => ({ id: d.id, number: d.number })),
    photos: photos.map((p) => ({ id: p.id, isPublic: p.is_public, width: p.width, height: p.height, size: p.size })),
    feedback: feedback ? { satisfied: feedback.satisfied, reason: feedback.reason, at: feedback.created_at.toISOString() } : null,
  };
}

export interface TransitionInput {
  to: SignalStatus;
  text?: string | undefined;
  /** Send the status template to the reporter and followers (default true). */
  notify?: boolean | undefined;
  /** Also publish the text (Open311, followers' mails); refused for sensitive categories. */
  publish?: boolean | undefined;
}

export async function transitionSignal(ctx: ServiceContext, env: SignalEnv, idOrNumber: string, input: TransitionInput) {
  await signalScope(ctx, env.gemeente, 'signals:handle');
  const s = await requireSignal(ctx.db, env.gemeente, idOrNumber);
  const scope = await authorizeSignal(ctx, s, 'signals:handle');
  if (s.merged_into_id) throw invalidInput([{ name: 'params.id', reason: 'this report was merged into another; handle that one' }]);
  checkTransition(s.status, input.to, input.text, ctx.actor.kind === 'system');
  const text = input.text?.trim() || null;
  const cat = (await loadCategories(ctx.db, env.gemeente)).find((c) => c.slug === s.category_slug);
  const publish = Boolean(input.publish && text);
  if (publish && !mayPublishText(cat))
    throw invalidInput([{ name: 'body.publish', reason: 'texts of a sensitive category are never published' }]);
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const now = new Date();
    await trx
      .updateTable('signals')
      .set({ status: input.to, updated_at: now, closed_at: isClosed(input.to) ? now : null })
      .where('id', '=', s.id)
      .execute();
    await addHistory(trx, {
      signalId: s.id,
      actor: actorLabel(ctx.actor),
      kind: 'status',
      fromStatus: s.status,
      toStatus: input.to,
      text,
      visibility: 'reporter',
      publishedAt: publish ? now : null,
    });
    if (scope.kind === 'partner') await logPartnerAction(tctx, s, 'transition');
    if (input.notify !== false) {
      await notifyStatus(
        tctx,
        env,
        { id: s.id, number: s.number, categoryName: cat?.name ?? s.category_slug, deadline: s.deadline, category: cat },
        input.to,
        { text, published: publish },
      );
    }
  });
  return getSignalDetail(ctx, env.gemeente, s.id);
}

/**
 * A note for staff only ('internal'), also the partner ('partner'), or also the reporter ('reporter':
 * mailed to the reporter who agreed to updates; `publish` also shows it to the public and followers).
 * A partner's own note is never internal.
 */
export async function addNote(
  ctx: ServiceContext,
  env: SignalEnv,
  idOrNumber: string,
  input: { text: string; visibility: HistoryVisibility; publish?: boolean | undefined },
) {
  await signalScope(ctx, env.gemeente, 'signals:handle');
  const s = await requireSignal(ctx.db, env.gemeente, idOrNumber);
  const scope = await authorizeSignal(ctx, s, 'signals:handle');
  const visibility = scope.kind === 'partner' && input.visibility === 'internal' ? 'partner' : input.visibility;
  const text = input.text.trim();
  const cat = (await loadCategories(ctx.db, env.gemeente)).find((c) => c.slug === s.category_slug);
  const publish = Boolean(input.publish) && visibility === 'reporter' && scope.kind === 'staff';
  if (input.publish && (!publish || !mayPublishText(cat)))
    throw invalidInput([{ name: 'body.publish', reason: 'only staff publish a note for the reporter, never of a sensitive category' }]);
  await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    await addHistory(trx, {
      signalId: s.id,
      actor: actorLabel(ctx.actor),
      kind: 'note',
      text,
      visibility,
      publishedAt: publish ? now : null,
    });
    if (visibility === 'reporter') {
      const signal = { id: s.id, number: s.number, categoryName: cat?.name ?? s.category_slug, deadline: s.deadline, category: cat };
      await notifyNote({ ...ctx, db: trx }, env, signal, { text, published: publish });
    }
  });
  if (scope.kind === 'partner') await logPartnerAction(ctx, s, 'note');
  return getSignalDetail(ctx, env.gemeente, s.id);
}

export interface SignalPatch extends AssignmentPatch {
  categorySlug?: string | undefined;
  location?: LocateInput | undefined;
  addressText?: string | null | undefined;
}

/** New place columns and a 'location' history entry (old and new point and buurt); refuses points outside the municipality. */
async function relocate(ctx: ServiceContext, s: SignalRow, patch: SignalPatch) {
  const point = patch.location ?? (s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : undefined);
  const place = await resolvePlace(
    ctx,
    s.gemeente_code,
    { point, addressText: patch.addressText === undefined ? s.address_text : patch.addressText },
    true,
  );
  const set = {
    lat: place.lat,
    lon: place.lon,
    x: place.x,
    y: place.y,
    address_text: place.addressText,
    area_year: place.areaYear,
    buurt_code: place.buurtCode,
    wijk_code: place.wijkCode,
  };
  const data = {
    from: { lat: s.lat, lon: s.lon, buurtCode: s.buurt_code, addressText: s.address_text },
    to: { lat: place.lat, lon: place.lon, buurtCode: place.buurtCode, addressText: place.addressText },
  };
  return {
    set,
    history: {
      signalId: s.id,
      actor: actorLabel(ctx.actor),
      kind: 'location' as const,
      text: place.buurtCode ? `buurt ${place.buurtCode}` : null,
      data,
    },
  };
}

/** Re-categorise (new deadline from the report date), assign, route to a department/partner, or correct the place. */
export async function updateSignal(ctx: ServiceContext, gemeente: string, idOrNumber: string, patch: SignalPatch) {
  authorize(ctx, 'signals:handle');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  const set: Record<string, unknown> = { updated_at: new Date() };
  const actor = actorLabel(ctx.actor);
  const moved = patch.location || patch.addressText !== undefined ? await relocate(ctx, s, patch) : null;
  const target = await resolveAssignment(ctx, gemeente, patch);
  const words = assignmentText(target);
  await ctx.db.transaction().execute(async (trx) => {
    if (moved) {
      Object.assign(set, moved.set);
      await addHistory(trx, moved.history);
    }
    if (patch.categorySlug && patch.categorySlug !== s.category_slug) {
      const c = await requireLeafCategory(trx, gemeente, patch.categorySlug);
      Object.assign(set, { category_slug: c.slug, deadline: addWorkingDays(amsterdamDate(s.created_at), c.handling_days) });
      await addHistory(trx, { signalId: s.id, actor, kind: 'category', text: `${s.category_slug} → ${c.slug}` });
    }
    Object.assign(set, assignmentColumns(target));
    if (words.assign)
      await addHistory(trx, {
        signalId: s.id,
        actor,
        kind: 'assign',
        text: words.assign,
        data: { assigneeId: target.assignee?.id ?? null },
      });
    if (words.routed) {
      const data = { department: target.department, partner: target.partner };
      await addHistory(trx, { signalId: s.id, actor, kind: 'routed', text: words.routed, data });
    }
    await trx.updateTable('signals').set(set).where('id', '=', s.id).execute();
  });
  return getSignalDetail(ctx, gemeente, s.id);
}

/** The reporter's contact details: only for roles that need them, logged on every view. */
export async function viewContact(ctx: ServiceContext, gemeente: string, idOrNumber: string) {
  await signalScope(ctx, gemeente, 'signals:contact');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  await authorizeSignal(ctx, s, 'signals:contact');
  const c = await ctx.db.selectFrom('signal_contacts').selectAll().where('signal_id', '=', s.id).executeTakeFirst();
  await recordProcessing(ctx, {
    activity: 'signals.contact',
    operation: 'read',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, found: Boolean(c) },
  });
  return { email: c?.email ?? null, phone: c?.phone ?? null, consent: c?.consent ?? false, removedOrNone: !c };
}
