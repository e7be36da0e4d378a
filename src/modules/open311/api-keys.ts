/**
 * Open311 API keys: managed by admins (API) or `stadsveilig api-key add NAME`. The key is shown
 * once; only its SHA-256 is stored.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../signals/tokens.ts';

export interface ApiKeyView {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

export async function createApiKey(ctx: ServiceContext, name: string): Promise<ApiKeyView & { key: string }> {
  authorize(ctx, 'signals:configure');
  const id = randomUUID();
  const key = `sv311_${newToken()}`;
  await ctx.db.insertInto('open311_api_keys').values({ id, name: name.trim(), key_hash: hashToken(key) }).execute();
  return { id, name: name.trim(), createdAt: new Date().toISOString(), revokedAt: null, key };
}

export async function listApiKeys(ctx: ServiceContext): Promise<ApiKeyView[]> {
  authorize(ctx, 'signals:configure');
  const rows = await ctx.db.selectFrom('open311_api_keys').selectAll().orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString(), revokedAt: r.revoked_at?.toISOString() ?? null }));
}

export async function revokeApiKey(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx, 'signals:configure');
  const r = await ctx.db.updateTable('open311_api_keys').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  if (!Number(r.numUpdatedRows)) throw notFound('API key', id);
}

/** The key's name when it is valid and not revoked. */
export async function verifyApiKey(db: Db, key: string | undefined): Promise<string | null> {
  if (!key || key.length > 200) return null;
  const row = await db.selectFrom('open311_api_keys').select('name').where('key_hash', '=', hashToken(key)).where('revoked_at', 'is', null).executeTakeFirst();
  return row?.name ?? null;
}
