/**
 * Private tokens derived from the report or subscription id with an installation secret
 * (HMAC-SHA256, kept in instance_settings): the tracking token and the unsubscribe token can be
 * put into every later e-mail, while the database stores only their SHA-256 for look-ups.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../../db/database.ts';

const KEY_NAME = 'signals.token_key';
const cache = new WeakMap<Db, Promise<string>>();

async function loadOrCreateKey(db: Db): Promise<string> {
  await db
    .insertInto('instance_settings')
    .values({ key: KEY_NAME, value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', KEY_NAME).executeTakeFirstOrThrow();
  return row.value;
}

export type TokenPurpose = 'track' | 'unsubscribe' | 'form' | 'confirm';

/** A 43-character base64url token for `purpose` and `id`. */
export async function derivedToken(db: Db, purpose: TokenPurpose, id: string): Promise<string> {
  let key = cache.get(db);
  if (!key) {
    key = loadOrCreateKey(db);
    cache.set(db, key);
    key.catch(() => cache.delete(db));
  }
  return createHmac('sha256', await key)
    .update(`${purpose}:${id}`)
    .digest('base64url');
}
