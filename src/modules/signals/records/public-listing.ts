/**
 * Reports for a public listing by another module (open311's service requests): the report rows of
 * the given (public) categories, and what staff published of them — the newest published status
 * text and the first public photo. The caller applies the privacy rules of visibility.ts to what it
 * shows; this file only reads.
 */
import type { Db } from '../../../db/database.ts';
import type { SignalStatus } from '../tables.ts';
import type { SignalRow } from './signal-store.ts';

export interface PublicListingQuery {
  gemeente: string;
  /** Only reports in these categories (an empty list: none). */
  categories: readonly string[];
  /** Only reports with these numbers. */
  numbers?: readonly string[] | undefined;
  /** Created at or after. */
  from?: Date | undefined;
  /** Created at or before. */
  until?: Date | undefined;
  /** Only reports in these statuses (not empty). */
  statuses?: readonly SignalStatus[] | undefined;
  limit: number;
}

/** Matching reports, newest first. */
async function matchingSignals(db: Db, q: PublicListingQuery): Promise<SignalRow[]> {
  let s = db
    .selectFrom('signals')
    .selectAll()
    .where('gemeente_code', '=', q.gemeente)
    .where('category_slug', 'in', q.categories.length ? [...q.categories] : ['-']);
  if (q.numbers?.length) s = s.where('number', 'in', [...q.numbers]);
  if (q.from) s = s.where('created_at', '>=', q.from);
  if (q.until) s = s.where('created_at', '<=', q.until);
  if (q.statuses) s = s.where('status', 'in', [...q.statuses]);
  return s.orderBy('created_at', 'desc').limit(q.limit).execute();
}

/** The newest published text and the first public photo (its id) of each report, in two queries. */
async function publishedNotesAndPhotos(db: Db, signalIds: readonly string[]) {
  if (!signalIds.length) return { notes: new Map<string, string | null>(), photos: new Map<string, string>() };
  const ids = [...signalIds];
  const notes = await db
    .selectFrom('signal_history')
    .distinctOn('signal_id')
    .select(['signal_id', 'text'])
    .where('signal_id', 'in', ids)
    .where('published_at', 'is not', null)
    .where('text', 'is not', null)
    .orderBy('signal_id')
    .orderBy('id', 'desc')
    .execute();
  const photos = await db
    .selectFrom('signal_photos')
    .distinctOn('signal_id')
    .select(['signal_id', 'id'])
    .where('signal_id', 'in', ids)
    .where('is_public', '=', true)
    .orderBy('signal_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { notes: new Map(notes.map((n) => [n.signal_id, n.text])), photos: new Map(photos.map((p) => [p.signal_id, p.id])) };
}

export interface PublicListingItem {
  signal: SignalRow;
  /** The newest text staff published (a status text or a note). */
  publishedText: string | null;
  /** The first photo staff marked public. */
  publicPhotoId: string | null;
}

/** Matching reports, newest first, each with what staff published of it; three queries. */
export async function listSignalsForPublic(db: Db, q: PublicListingQuery): Promise<PublicListingItem[]> {
  const rows = await matchingSignals(db, q);
  const { notes, photos } = await publishedNotesAndPhotos(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((signal) => ({ signal, publishedText: notes.get(signal.id) ?? null, publicPhotoId: photos.get(signal.id) ?? null }));
}
