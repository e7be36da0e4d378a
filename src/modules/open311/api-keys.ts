/**
 * Open311 API keys: managed by admins (API) or `stadsveilig api-key add NAME [--quota N]`. The key
 * is shown once; only its SHA-256 is stored. Each key has its own quota of requests per hour
 * (`quota_per_hour`; null: STADSVEILIG_OPEN311_KEY_PER_HOUR), instead of the per-IP limit of the
 * web form, so an integration is not held to a resident's pace.
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../signals/index.ts';

export interface ApiKeyView {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  /** Requests per hour; null: the configured default. */
  quotaPerHour: number | null;
  /** When the key was last presented with a request (at most a minute off); null: never. */
  lastUsedAt: string | null;
}

export const MAX_QUOTA_PER_HOUR = 1_000_000;

export async function createApiKey(
  ctx: ServiceContext,
  name: string,
  quotaPerHour: number | null = null,
): Promise<ApiKeyView & { key: string }> {
  authorize(ctx, 'signals:configure');
  const id = randomUUID();
  const key = `sv311_${newToken()}`;
  await ctx.db
    .insertInto('open311_api_keys')
    .values({ id, name: name.trim(), key_hash: hashToken(key), quota_per_hour: quotaPerHour })
    .execute();
  return { id, name: name.trim(), createdAt: new Date().toISOString(), revokedAt: null, quotaPerHour, lastUsedAt: null, key };
}

export async function listApiKeys(ctx: ServiceContext): Promise<ApiKeyView[]> {
  authorize(ctx, 'signals:configure');
  const rows = await ctx.db.selectFrom('open311_api_keys').selectAll().orderBy('created_at').execute();
  return rows.map(viewOf);
}

type KeyRow = {
  id: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
  quota_per_hour: number | null;
  last_used_at: Date | null;
};
const viewOf = (r: KeyRow): ApiKeyView => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at.toISOString(),
  revokedAt: r.revoked_at?.toISOString() ?? null,
  quotaPerHour: r.quota_per_hour,
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
});

/** Sets an active key's own quota per hour (null: the configured default); it counts from the next request. */
export async function setApiKeyQuota(ctx: ServiceContext, id: string, quotaPerHour: number | null): Promise<ApiKeyView> {
  authorize(ctx, 'signals:configure');
  const row = await ctx.db
    .updateTable('open311_api_keys')
    .set({ quota_per_hour: quotaPerHour })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(['id', 'name', 'created_at', 'revoked_at', 'quota_per_hour', 'last_used_at'])
    .executeTakeFirst();
  if (!row) throw notFound('API key', id);
  return viewOf(row);
}

export async function revokeApiKey(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx, 'signals:configure');
  const r = await ctx.db
    .updateTable('open311_api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!Number(r.numUpdatedRows)) throw notFound('API key', id);
}

export interface ValidApiKey {
  id: string;
  name: string;
  quotaPerHour: number | null;
}

/** The key when it is valid and not revoked, else null. */
export async function verifyApiKey(db: Db, key: unknown): Promise<ValidApiKey | null> {
  if (typeof key !== 'string' || !key || key.length > 200) return null;
  const row = await db
    .selectFrom('open311_api_keys')
    .select(['id', 'name', 'quota_per_hour'])
    .where('key_hash', '=', hashToken(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  // Last use, written at most once a minute so a busy key does not write on every request.
  await db
    .updateTable('open311_api_keys')
    .set({ last_used_at: new Date() })
    .where('id', '=', row.id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(Date.now() - 60_000))]))
    .execute();
  return { id: row.id, name: row.name, quotaPerHour: row.quota_per_hour };
}
