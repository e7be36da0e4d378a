/**
 * One pin of the public map, tapped: what the public may read of an open report. Only reports of a
 * public, non-sensitive category can be asked for by number (the map gives sensitive ones no
 * number); any other number answers 404 exactly as one that does not exist. Free text follows
 * visibility.ts: the resident's description only once staff published it, the newest published
 * text, and the first photo staff marked public. Never personal data, so nothing to log.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { notFound } from '../../../core/errors.ts';
import { loadCategories } from '../config/categories.ts';
import { listSignalsForPublic } from '../records/public-listing.ts';
import { OPEN_STATUSES, STATUS_LABELS } from '../records/workflow.ts';
import { isNamedInPublic, mayPublishText, publicDescription } from '../visibility.ts';

/** Path of a photo staff marked public (served without an account; the same path Open311 gives). */
const publicPhotoPath = (photoId: string) => `/api/v1/public/photos/${photoId}`;

export async function publicReport(ctx: ServiceContext, gemeente: string, number: string) {
  const cats = (await loadCategories(ctx.db, gemeente)).filter((c) => c.parent_slug !== null && isNamedInPublic(c));
  const [item] = await listSignalsForPublic(ctx.db, {
    gemeente,
    categories: cats.map((c) => c.slug),
    numbers: [number],
    statuses: [...OPEN_STATUSES],
    limit: 1,
  });
  const s = item?.signal;
  const c = s && cats.find((x) => x.slug === s.category_slug);
  if (!item || !s || !c || s.merged_into_id !== null) throw notFound('Report', number);
  return {
    number: s.number,
    categorySlug: c.slug,
    categoryName: c.name,
    statusLabel: STATUS_LABELS[s.status].nl,
    createdDate: s.created_at.toISOString().slice(0, 10),
    description: publicDescription(c, s).description,
    publishedText: mayPublishText(c) ? item.publishedText : null,
    photoUrl: item.publicPhotoId && mayPublishText(c) ? publicPhotoPath(item.publicPhotoId) : null,
    demo: s.demo,
  };
}
