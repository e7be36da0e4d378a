/** SQL on `demo_state`: one row per municipality, when demo content was loaded and removed. */
import type { Db } from '../../db/database-types.ts';

export interface DemoState {
  loadedAt: Date | null;
  loadedBy: string | null;
  removedAt: Date | null;
  removedBy: string | null;
}

export async function readDemoState(db: Db, gemeente: string): Promise<DemoState | null> {
  const row = await db.selectFrom('demo_state').selectAll().where('gemeente_code', '=', gemeente).executeTakeFirst();
  if (!row) return null;
  return { loadedAt: row.loaded_at, loadedBy: row.loaded_by, removedAt: row.removed_at, removedBy: row.removed_by };
}

export async function markLoaded(db: Db, gemeente: string, actor: string, at: Date): Promise<void> {
  await db
    .insertInto('demo_state')
    .values({ gemeente_code: gemeente, loaded_at: at, loaded_by: actor, removed_at: null, removed_by: null })
    .onConflict((oc) => oc.column('gemeente_code').doUpdateSet({ loaded_at: at, loaded_by: actor, removed_at: null, removed_by: null }))
    .execute();
}

export async function markRemoved(db: Db, gemeente: string, actor: string, at: Date): Promise<void> {
  await db
    .insertInto('demo_state')
    .values({ gemeente_code: gemeente, loaded_at: null, loaded_by: null, removed_at: at, removed_by: actor })
    .onConflict((oc) => oc.column('gemeente_code').doUpdateSet({ removed_at: at, removed_by: actor }))
    .execute();
}
