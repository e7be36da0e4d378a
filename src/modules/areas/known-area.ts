/**
 * Whether a code names an area of a municipality at a level in any loaded vintage (CBS redraws
 * buurten: a code of an older indeling still names a place). For modules that keep an area code,
 * e.g. a buurt subscription in signals.
 */
import type { Db } from '../../db/database.ts';
import type { AreaLevel } from './tables.ts';

export async function isKnownArea(db: Db, gemeente: string, level: AreaLevel, code: string): Promise<boolean> {
  const row = await db.selectFrom('areas').select('code').where('gemeente_code', '=', gemeente).where('level', '=', level)
    .where('code', '=', code).limit(1).executeTakeFirst();
  return row !== undefined;
}
