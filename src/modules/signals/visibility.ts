/**
 * Who reads what of a report — the one place of these rules. Four audiences:
 * - staff (signals:read) read everything;
 * - a partner organisation the report is forwarded to reads entries marked 'partner' or 'reporter'
 *   (never internal notes, assignments or routing);
 * - the reporter, on the tracking page with the private token, reads entries marked 'reporter' and
 *   published ones;
 * - the public (Open311, the public map, nearby, followers and buurt subscribers) reads free text
 *   only after staff published it (`published_at`), and never any free text — description, address
 *   text, notes — of a sensitive category; sensitive reports show no number and no exact place.
 */
import type { CategoryRow } from './config/categories.ts';
import type { HistoryRow, SignalRow } from './records/signal-store.ts';
import type { HistoryVisibility } from './tables.ts';

export type Audience = 'staff' | 'partner' | 'reporter' | 'public';

/** Grid (metres) onto which sensitive reports are snapped wherever a position is public. */
export const BLUR_GRID_METRES = 250;

export function canRead(audience: Audience, entry: Pick<HistoryRow, 'visibility' | 'published_at'>): boolean {
  switch (audience) {
    case 'staff':
      return true;
    case 'partner':
      return entry.visibility === 'partner' || entry.visibility === 'reporter';
    case 'reporter':
      return entry.visibility === 'reporter' || entry.published_at !== null;
    case 'public':
      return entry.published_at !== null;
  }
}

/** The visibility a new entry gets from the old yes/no "shown to the reporter" switch. */
export const visibilityOf = (shownToReporter: boolean): HistoryVisibility => (shownToReporter ? 'reporter' : 'internal');

/** Free text of a category may be published at all (not for sensitive categories). */
export const mayPublishText = (c: Pick<CategoryRow, 'is_sensitive'> | undefined): boolean => Boolean(c && !c.is_sensitive);

/** The entry's text when the public may read it, else null. */
export function publicEntryText(
  c: CategoryRow | undefined,
  entry: Pick<HistoryRow, 'text' | 'visibility' | 'published_at'>,
): string | null {
  return mayPublishText(c) && canRead('public', entry) ? entry.text : null;
}

/** The resident's own words (description and address text) when staff published them, else null. */
export function publicDescription(
  c: CategoryRow | undefined,
  s: Pick<SignalRow, 'description' | 'address_text' | 'description_published_at'>,
) {
  const shown = mayPublishText(c) && s.description_published_at !== null;
  return { description: shown ? s.description : null, addressText: shown ? s.address_text : null };
}

/**
 * Reports of this category may be named in public — by number on the map, nearby, in Open311, and
 * followed by number: a public, non-sensitive category.
 */
export const isNamedInPublic = (c: Pick<CategoryRow, 'is_public' | 'is_sensitive'> | undefined): boolean =>
  Boolean(c?.is_public && !c.is_sensitive);

/** The report number when the public may know it, else null. */
export const publicNumber = (c: CategoryRow | undefined, number: string): string | null => (isNamedInPublic(c) ? number : null);

/** A public position: ~10 m (4 decimals) for ordinary reports, the centre of a 250 m cell for sensitive ones. */
export function publicPosition(c: Pick<CategoryRow, 'is_sensitive'>, lat: number, lon: number): { lat: number; lon: number } {
  if (!c.is_sensitive) return { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
  // Snap to the centre of a ~250 m cell in degrees (250 m ≈ 0.00225° lat, 0.0037° lon at 52°N). The
  // cell's width in longitude follows the cell's centre latitude, not the point's: otherwise the
  // published longitude would tell where in its row the point lies.
  const cellLat = BLUR_GRID_METRES / 111_000;
  const centreLat = (Math.floor(lat / cellLat) + 0.5) * cellLat;
  const cellLon = BLUR_GRID_METRES / (111_000 * Math.cos((centreLat * Math.PI) / 180));
  return { lat: Math.round(centreLat * 1e5) / 1e5, lon: Math.round((Math.floor(lon / cellLon) + 0.5) * cellLon * 1e5) / 1e5 };
}
