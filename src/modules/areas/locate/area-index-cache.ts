/**
 * Lazily built point-in-area indexes per (database, municipality, vintage). An index is keyed by
 * the vintage's `loaded_at`, so a re-import (also by another process, e.g. the CLI) is noticed on
 * the next lookup and the index rebuilt; `invalidateAreaIndex` drops it at once after an import.
 */
import type { Db } from '../../../db/database.ts';
import { vintageIndexOf, type VintageAreas, type VintageIndex } from './vintage-index.ts';
import type { LocatableArea } from './area-index.ts';
import { areasOf } from '../area-store.ts';

export { vintageIndexOf, type VintageAreas, type VintageIndex };

interface Entry {
  loadedAt: string;
  index: Promise<VintageIndex>;
}

const cache = new WeakMap<Db, Map<string, Entry>>();

export async function vintageAreas(db: Db, gemeente: string, year: number): Promise<VintageAreas> {
  const [rows, wijkRows] = await Promise.all([
    areasOf(db, gemeente, year, { level: 'buurt' }),
    areasOf(db, gemeente, year, { level: 'wijk' }),
  ]);
  const buurten: LocatableArea[] = rows
    .filter((r) => r.geometry !== null)
    .map((r) => ({
      code: r.code,
      name: r.name,
      parentCode: r.parent_code,
      population: r.population === null ? null : Number(r.population),
      isWater: r.is_water,
      geometry: r.geometry!,
    }));
  return { year, buurten, wijken: wijkRows.map((w) => ({ code: w.code, name: w.name })) };
}

async function buildIndex(db: Db, gemeente: string, year: number): Promise<VintageIndex> {
  return vintageIndexOf(await vintageAreas(db, gemeente, year));
}

export function areaIndexFor(db: Db, gemeente: string, year: number, loadedAt: string): Promise<VintageIndex> {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  const key = `${gemeente}:${year}`;
  const hit = byKey.get(key);
  if (hit && hit.loadedAt === loadedAt) return hit.index;
  const index = buildIndex(db, gemeente, year);
  byKey.set(key, { loadedAt, index });
  index.catch(() => {
    if (byKey.get(key)?.index === index) byKey.delete(key);
  });
  return index;
}

/** Forgets the indexes of a municipality (all vintages, or one). */
export function invalidateAreaIndex(db: Db, gemeente: string, year?: number): void {
  const byKey = cache.get(db);
  if (!byKey) return;
  for (const key of [...byKey.keys()]) {
    if (key === `${gemeente}:${year}` || (year === undefined && key.startsWith(`${gemeente}:`))) byKey.delete(key);
  }
}
