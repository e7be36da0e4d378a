/**
 * In-memory cache of configuration read on every intake (categories, routing rules, templates),
 * per database and municipality. A change made through this process invalidates it at once; a
 * change made by another server process on the same PostgreSQL database is seen within `ttlMs`
 * (the embedded engine has only one process). A failed load is not cached.
 */
import type { Db } from '../../../db/database.ts';

export const CONFIG_TTL_MS = 30_000;

export class ConfigCache<T> {
  readonly #entries = new WeakMap<Db, Map<string, { at: number; value: Promise<T> }>>();

  constructor(
    private readonly load: (db: Db, gemeente: string) => Promise<T>,
    private readonly ttlMs = CONFIG_TTL_MS,
  ) {}

  get(db: Db, gemeente: string, now = Date.now()): Promise<T> {
    let perDb = this.#entries.get(db);
    if (!perDb) this.#entries.set(db, (perDb = new Map()));
    const hit = perDb.get(gemeente);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = this.load(db, gemeente);
    const entry = { at: now, value };
    perDb.set(gemeente, entry);
    value.catch(() => {
      if (perDb.get(gemeente) === entry) perDb.delete(gemeente);
    });
    return value;
  }

  invalidate(db: Db): void {
    this.#entries.delete(db);
  }
}
