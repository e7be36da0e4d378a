/**
 * Buurt names and polygons of an indeling (default the newest) for the views (areas `listAreas`), cached per
 * database for a minute so views do not read geometry on every request.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import type { Geometry } from '../../areas/index.ts';
import { listAreas } from '../../areas/index.ts';

export interface BuurtInfo {
  code: string;
  name: string;
  isWater: boolean;
  geometry: Geometry | null;
}

export interface BuurtIndex {
  year: number;
  buurten: BuurtInfo[];
  byCode: Map<string, BuurtInfo>;
}

const TTL_MS = 60_000;
const cache = new WeakMap<Db, Map<string, { at: number; value: Promise<BuurtIndex> }>>();

async function load(ctx: ServiceContext, gemeente: string, year: number | undefined): Promise<BuurtIndex> {
  const c = await listAreas(ctx, gemeente, year === undefined ? { level: 'buurt' } : { level: 'buurt', year });
  const buurten = c.features.map((f) => ({ code: f.id, name: f.properties.name, isWater: f.properties.isWater, geometry: f.geometry }));
  return { year: c.year, buurten, byCode: new Map(buurten.map((b) => [b.code, b])) };
}

/** Buurten of the indeling `year` (default: the newest loaded). */
export function buurtIndex(ctx: ServiceContext, gemeente: string, year?: number): Promise<BuurtIndex> {
  let m = cache.get(ctx.db);
  if (!m) cache.set(ctx.db, (m = new Map()));
  const key = `${gemeente}|${year ?? 'newest'}`;
  const hit = m.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = load(ctx, gemeente, year);
  m.set(key, { at: Date.now(), value });
  value.catch(() => m.delete(key));
  return value;
}
