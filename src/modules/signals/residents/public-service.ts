/**
 * What residents see without an account: their report by tracking token (status in plain Dutch,
 * the entries meant for the reporter), open reports nearby ("is this yours?"), the public map, and
 * the satisfaction question after closing. Never any personal data; what the public sees of a
 * report follows visibility.ts (sensitive categories: no number, no free text, a blurred place).
 */
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput, notFound } from '../../../core/errors.ts';
import { loadCategories } from '../config/categories.ts';
import { distanceMetres } from '../records/location.ts';
import { recordProcessing } from '../../audit/index.ts';
import { addHistory, findByTrackingHash, historyOf, type SignalRow } from '../records/signal-store.ts';
import { hashToken, TOKEN_PATTERN } from '../records/tokens.ts';
import { isNamedInPublic, publicNumber, publicPosition } from '../visibility.ts';
import { OPEN_STATUSES, STATUS_LABELS, checkTransition, isClosed } from '../records/workflow.ts';

export const NEARBY_METRES = 50;
export const NEARBY_WEEKS = 12;
/** Nearby reports are placed in one of these distance bands (upper bounds, metres), never at a distance. */
export const NEARBY_BANDS = [25, 50] as const;

export async function signalByToken(ctx: ServiceContext, token: string): Promise<SignalRow> {
  const row = TOKEN_PATTERN.test(token) ? await findByTrackingHash(ctx.db, hashToken(token)) : undefined;
  if (!row) throw notFound('Report with this tracking code', '…');
  return row;
}

/**
 * The number of the report behind a private tracking token, for another channel (open311's
 * `tokens/{token}`): logged as the reporter's read, with the channel as `via`. Undefined when no
 * report has this token.
 */
export async function trackedNumber(ctx: ServiceContext, token: string, via: string): Promise<string | undefined> {
  const s = TOKEN_PATTERN.test(token) ? await findByTrackingHash(ctx.db, hashToken(token)) : undefined;
  if (!s) return undefined;
  await recordProcessing(ctx, {
    activity: 'signals.track',
    operation: 'read',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, via },
  });
  return s.number;
}

/** The reporter's own view (private token): what the reporter may read, logged as a read of the report. */
export async function trackSignal(ctx: ServiceContext, token: string) {
  const s = await signalByToken(ctx, token);
  const cats = await loadCategories(ctx.db, s.gemeente_code);
  const cat = cats.find((c) => c.slug === s.category_slug);
  const notes = await historyOf(ctx.db, s.id, 'reporter');
  await recordProcessing(ctx, {
    activity: 'signals.track',
    operation: 'read',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number },
  });
  const feedback = await ctx.db.selectFrom('signal_feedback').select(['satisfied']).where('signal_id', '=', s.id).executeTakeFirst();
  const photos = await ctx.db.selectFrom('signal_photos').select(['id']).where('signal_id', '=', s.id).execute();
  const mergedInto = s.merged_into_id
    ? await ctx.db.selectFrom('signals').select(['number', 'status']).where('id', '=', s.merged_into_id).executeTakeFirst()
    : undefined;
  const label = STATUS_LABELS[mergedInto?.status ?? s.status];
  return {
    number: s.number,
    status: mergedInto?.status ?? s.status,
    statusLabel: label.nl,
    statusExplanation: label.explanation,
    categoryName: cat?.name ?? s.category_slug,
    description: s.description,
    addressText: s.address_text,
    location: s.lat !== null ? { lat: s.lat, lon: s.lon! } : null,
    createdAt: s.created_at.toISOString(),
    deadline: s.deadline,
    closedAt: s.closed_at?.toISOString() ?? null,
    mergedIntoNumber: mergedInto?.number ?? null,
    updates: notes.map((n) => ({
      at: n.at.toISOString(),
      statusLabel: n.to_status ? STATUS_LABELS[n.to_status as keyof typeof STATUS_LABELS].nl : null,
      text: n.text,
    })),
    photoIds: photos.map((p) => p.id),
    feedback: { asked: s.status === 'done' && !feedback, given: feedback ? { satisfied: feedback.satisfied } : null },
  };
}

/**
 * Open reports of the same public, non-sensitive category within 50 m made in the last 12 weeks,
 * each with a distance band (within 25 m or within 50 m), never a distance. A sensitive category
 * gives nothing at all — no number, no distance, not even whether one exists — so probes from
 * several points cannot locate it.
 */
export async function nearbySignals(ctx: ServiceContext, gemeente: string, q: { lat: number; lon: number; categorySlug: string }) {
  const cats = await loadCategories(ctx.db, gemeente);
  const cat = cats.find((c) => c.slug === q.categorySlug);
  if (!isNamedInPublic(cat)) return [];
  const dLat = NEARBY_METRES / 111_000;
  const dLon = NEARBY_METRES / (111_000 * Math.cos((q.lat * Math.PI) / 180));
  const rows = await ctx.db
    .selectFrom('signals')
    .select(['number', 'status', 'lat', 'lon', 'created_at'])
    .where('gemeente_code', '=', gemeente)
    .where('category_slug', '=', cat!.slug)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('merged_into_id', 'is', null)
    .where('created_at', '>=', new Date(Date.now() - NEARBY_WEEKS * 7 * 86_400_000))
    .where('lat', '>=', q.lat - dLat)
    .where('lat', '<=', q.lat + dLat)
    .where('lon', '>=', q.lon - dLon)
    .where('lon', '<=', q.lon + dLon)
    .execute();
  return rows
    .map((r) => ({ r, d: distanceMetres(q.lat, q.lon, r.lat!, r.lon!) }))
    .filter((x) => x.d <= NEARBY_METRES)
    .map(({ r, d }) => ({ r, band: NEARBY_BANDS.find((b) => d <= b)! }))
    .sort((a, b) => a.band - b.band || b.r.created_at.getTime() - a.r.created_at.getTime())
    .slice(0, 10)
    .map(({ r, band }) => ({
      number: r.number,
      statusLabel: STATUS_LABELS[r.status].nl,
      createdAt: r.created_at.toISOString(),
      withinMetres: band,
      categoryName: cat!.name,
    }));
}

/** GeoJSON of open reports in public categories; sensitive categories snapped to a 250 m grid. */
export async function publicMap(
  ctx: ServiceContext,
  gemeente: string,
  q: { categorySlug?: string | undefined; bbox?: number[] | undefined },
) {
  const cats = new Map((await loadCategories(ctx.db, gemeente)).map((c) => [c.slug, c]));
  const publicSlugs = [...cats.values()]
    .filter(
      (c) => c.is_public && c.parent_slug !== null && (!q.categorySlug || c.slug === q.categorySlug || c.parent_slug === q.categorySlug),
    )
    .map((c) => c.slug);
  if (!publicSlugs.length) return { type: 'FeatureCollection' as const, features: [] };
  let query = ctx.db
    .selectFrom('signals')
    .select(['number', 'category_slug', 'status', 'lat', 'lon', 'created_at', 'demo'])
    .where('gemeente_code', '=', gemeente)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('category_slug', 'in', publicSlugs)
    .where('merged_into_id', 'is', null)
    .where('lat', 'is not', null)
    .orderBy('created_at', 'desc')
    .limit(5000);
  if (q.bbox)
    query = query
      .where('lon', '>=', q.bbox[0]!)
      .where('lat', '>=', q.bbox[1]!)
      .where('lon', '<=', q.bbox[2]!)
      .where('lat', '<=', q.bbox[3]!);
  const rows = await query.execute();
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => {
      const c = cats.get(r.category_slug)!;
      const p = publicPosition(c, r.lat!, r.lon!);
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] as [number, number] },
        properties: {
          number: publicNumber(c, r.number),
          categorySlug: c.slug,
          categoryName: c.name,
          statusLabel: STATUS_LABELS[r.status].nl,
          createdDate: r.created_at.toISOString().slice(0, 10),
          blurred: c.is_sensitive,
          demo: r.demo,
        },
      };
    }),
  };
}

/** Satisfaction after closing; unhappy with a reason opens a reopen request. */
export async function giveFeedback(ctx: ServiceContext, token: string, input: { satisfied: boolean; reason?: string | undefined }) {
  const s = await signalByToken(ctx, token);
  if (s.status !== 'done') throw conflict('Feedback can be given once the report is done.');
  const reason = input.reason?.trim() || null;
  if (!input.satisfied && !reason)
    throw invalidInput([{ name: 'body.reason', reason: 'required when not satisfied' }], 'Tell us why you are not satisfied.');
  const reopen = !input.satisfied;
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('signal_feedback')
      .values({ signal_id: s.id, satisfied: input.satisfied, reason })
      .onConflict((oc) => oc.column('signal_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw conflict('Feedback was already given for this report.');
    await addHistory(trx, {
      signalId: s.id,
      actor: actorLabel(ctx.actor),
      kind: 'feedback',
      text: reason,
      data: { satisfied: input.satisfied },
    });
    if (reopen) {
      checkTransition(s.status, 'reopen_requested', reason, true);
      await trx
        .updateTable('signals')
        .set({ status: 'reopen_requested', updated_at: new Date(), closed_at: null })
        .where('id', '=', s.id)
        .execute();
      await addHistory(trx, {
        signalId: s.id,
        actor: 'system:feedback',
        kind: 'status',
        fromStatus: s.status,
        toStatus: 'reopen_requested',
        text: reason,
        visibility: 'reporter',
      });
    }
  });
  return {
    recorded: true,
    reopenRequested: reopen,
    status: reopen ? 'reopen_requested' : s.status,
    closed: isClosed(reopen ? 'reopen_requested' : s.status),
  };
}
