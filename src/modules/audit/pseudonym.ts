/**
 * Data-subject pseudonyms for the processing log: HMAC-SHA256 of "type:id" with a per-installation
 * secret kept in instance_settings. The same subject gets the same pseudonym, so an admin can find
 * every processing of one person without the log holding the identifier itself.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';

const KEY_NAME = 'audit.pseudonym_key';
const cache = new WeakMap<Db, Promise<string>>();

async function loadOrCreateKey(db: Db): Promise<string> {
  const existing = await db.selectFrom('instance_settings').select('value').where('key', '=', KEY_NAME).executeTakeFirst();
  if (existing) return existing.value;
  await db
    .insertInto('instance_settings')
    .values({ key: KEY_NAME, value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', KEY_NAME).executeTakeFirstOrThrow();
  return row.value;
}

export async function pseudonymFor(db: Db, subjectType: string, subjectId: string): Promise<string> {
  let key = cache.get(db);
  if (!key) {
    key = loadOrCreateKey(db);
    cache.set(db, key);
    key.catch(() => cache.delete(db));
  }
  return createHmac('sha256', await key)
    .update(`${subjectType}:${subjectId}`)
    .digest('hex')
    .slice(0, 32);
}
