/**
 * Photos of a report (at most 3): size limit, type checked by content (magic bytes: JPEG, PNG,
 * WebP), then re-encoded by sharp as JPEG (orientation applied, at most 2048 px) which drops all
 * metadata — EXIF, GPS, camera serials. Served only through authorised URLs (reporter's tracking
 * token, staff with signals:read) unless staff mark a photo public.
 */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { bodyTooLarge, conflict, notFound, unsupportedMediaType } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { findCategory } from '../config/categories.ts';
import { signalByToken } from '../residents/public-service.ts';
import { authorizeSignal, signalScope } from '../partner-access.ts';
import { addHistory, requireSignal } from '../records/signal-store.ts';
import { mayPublishText } from '../visibility.ts';

export const MAX_PHOTOS = 3;

/** The image type by its first bytes, or null. */
export function sniffImageType(b: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

const unsupported = () =>
  unsupportedMediaType(
    'Send a JPEG, PNG or WebP photo.',
    [{ name: 'photo', reason: 'not a JPEG, PNG or WebP image' }],
    'Unsupported image',
  );

/** 413 for a photo over the configured size. */
export const photoTooLarge = (maxBytes: number) =>
  bodyTooLarge(`A photo may be at most ${Math.round(maxBytes / 1e6)} MB.`, 'Photo too large');

/** Re-encodes to JPEG without any metadata. */
export async function cleanImage(input: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  if (!sniffImageType(input)) throw unsupported();
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    throw unsupported();
  }
}

type Queries = Pick<ServiceContext['db'], 'selectFrom'>;

async function requireRoom(db: Queries, signalId: string): Promise<void> {
  const count = await db
    .selectFrom('signal_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('signal_id', '=', signalId)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_PHOTOS) throw conflict(`A report can have at most ${MAX_PHOTOS} photos.`);
}

/**
 * Adds a photo by the reporter's token. The limit holds under parallel uploads: the count and the
 * insert run in one transaction that first locks the report's row, so uploads take turns.
 */
export async function addPhotoByToken(ctx: ServiceContext, token: string, input: Buffer, maxBytes: number) {
  if (input.length > maxBytes) throw photoTooLarge(maxBytes);
  const s = await signalByToken(ctx, token);
  await requireRoom(ctx.db, s.id); // spares the image work when the report is already full
  const clean = await cleanImage(input);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('signals').select('id').where('id', '=', s.id).forUpdate().executeTakeFirstOrThrow();
    await requireRoom(trx, s.id);
    await trx
      .insertInto('signal_photos')
      .values({
        id,
        signal_id: s.id,
        content_type: 'image/jpeg',
        bytes: clean.bytes,
        width: clean.width,
        height: clean.height,
        size: clean.bytes.length,
      })
      .execute();
    await addHistory(trx, { signalId: s.id, actor: actorLabel(ctx.actor), kind: 'photo', visibility: 'reporter', data: { photoId: id } });
  });
  await recordProcessing(ctx, {
    activity: 'signals.intake',
    operation: 'create',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, photo: id },
  });
  return { id, width: clean.width, height: clean.height, size: clean.bytes.length };
}

async function photoRow(ctx: ServiceContext, signalId: string, photoId: string) {
  const p = /^[0-9a-f-]{36}$/.test(photoId)
    ? await ctx.db.selectFrom('signal_photos').selectAll().where('id', '=', photoId).where('signal_id', '=', signalId).executeTakeFirst()
    : undefined;
  if (!p) throw notFound('Photo', photoId);
  return p;
}

/** The reporter's own photo (tracking token); logged as the reporter's read. */
export async function photoByToken(ctx: ServiceContext, token: string, photoId: string) {
  const s = await signalByToken(ctx, token);
  const p = await photoRow(ctx, s.id, photoId);
  await recordProcessing(ctx, {
    activity: 'signals.track',
    operation: 'read',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, photo: p.id },
  });
  return p;
}

/** A photo for staff (signals:read), or for a partner on a report forwarded to it (404 otherwise); every view is logged. */
export async function photoForStaff(ctx: ServiceContext, gemeente: string, idOrNumber: string, photoId: string) {
  await signalScope(ctx, gemeente, 'signals:read');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  const scope = await authorizeSignal(ctx, s, 'signals:read');
  const p = await photoRow(ctx, s.id, photoId);
  await recordProcessing(ctx, {
    activity: 'signals.read',
    operation: 'read',
    subject: { type: 'signal-reporter', id: s.id },
    attributes: { number: s.number, view: 'photo', photo: p.id, scope: scope.kind },
  });
  return p;
}

/** A photo staff marked public, unless its report's category is sensitive (visibility.ts: such reports publish nothing). */
export async function publicPhoto(ctx: ServiceContext, gemeente: string, photoId: string) {
  const p = /^[0-9a-f-]{36}$/.test(photoId)
    ? await ctx.db
        .selectFrom('signal_photos')
        .innerJoin('signals', 'signals.id', 'signal_photos.signal_id')
        .select(['signal_photos.bytes', 'signal_photos.content_type', 'signals.category_slug'])
        .where('signal_photos.id', '=', photoId)
        .where('signal_photos.is_public', '=', true)
        .where('signals.gemeente_code', '=', gemeente)
        .executeTakeFirst()
    : undefined;
  if (!p || !mayPublishText(await findCategory(ctx.db, gemeente, p.category_slug))) throw notFound('Photo', photoId);
  return p;
}

export async function setPhotoPublic(ctx: ServiceContext, gemeente: string, idOrNumber: string, photoId: string, isPublic: boolean) {
  authorize(ctx, 'signals:handle');
  const s = await requireSignal(ctx.db, gemeente, idOrNumber);
  const p = await photoRow(ctx, s.id, photoId);
  if (isPublic && !mayPublishText(await findCategory(ctx.db, gemeente, s.category_slug)))
    throw conflict('Photos of a sensitive category are never published.');
  await ctx.db.updateTable('signal_photos').set({ is_public: isPublic }).where('id', '=', p.id).execute();
  return { id: p.id, isPublic };
}
