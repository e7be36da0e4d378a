/**
 * Field-level protection of the most sensitive case fields (BSN, care information): AES-256-GCM
 * with a key that lives outside the database (STADSVEILIG_CASE_KEY, or a key file created on first
 * use with mode 0600). A database backup alone does not reveal them. The existence search works on
 * keyed hashes (HMAC-SHA256 under a key derived from the same key), so it never decrypts anything.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../../core/config.ts';

export interface FieldKey {
  encryption: Buffer;
  search: Buffer;
}

const cache = new Map<string, FieldKey>();

function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error('The case field key must be 32 bytes (64 hex characters or 44 base64 characters).');
  return key;
}

function readOrCreateKeyFile(file: string): Buffer {
  if (fs.existsSync(file)) return parseKey(fs.readFileSync(file, 'utf8'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process wrote meanwhile.
  try {
    fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return parseKey(fs.readFileSync(file, 'utf8'));
    throw err;
  }
  return key;
}

/** The key of this installation (from the setting, else the key file), derived into its two uses. */
export function fieldKeyOf(config: Pick<Config, 'caseKey' | 'caseKeyFile'>): FieldKey {
  const id = config.caseKey ? `env:${config.caseKey}` : `file:${config.caseKeyFile}`;
  const known = cache.get(id);
  if (known) return known;
  const master = config.caseKey ? parseKey(config.caseKey) : readOrCreateKeyFile(config.caseKeyFile);
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  const key = { encryption: derive('stadsveilig case fields v1'), search: derive('stadsveilig case search v1') };
  cache.set(id, key);
  return key;
}

/** `v1:<iv>:<tag>:<ciphertext>` (base64url), or null for null. */
export function encryptField(key: FieldKey, plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined || plain === '') return null;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
}

/** The plain text of an encrypted field; throws when the key is wrong or the value was altered. */
export function decryptField(key: FieldKey, stored: string | null): string | null {
  if (stored === null) return null;
  const [version, iv, tag, body] = stored.split(':');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown format of an encrypted case field.');
  const decipher = createDecipheriv('aes-256-gcm', key.encryption, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** A BSN shown masked: only the last three digits (•••••-123). */
export function maskBsn(bsn: string | null): string | null {
  return bsn === null ? null : `••••••${bsn.slice(-3)}`;
}

const normaliseName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** The keyed hashes a person is found by: name + date of birth, and the BSN when known. */
export function searchHashes(key: FieldKey, person: { name?: string | null; birthDate?: string | null; bsn?: string | null }): string[] {
  const mac = (text: string) => createHmac('sha256', key.search).update(text).digest('base64url');
  const out: string[] = [];
  if (person.name && person.birthDate) out.push(mac(`name:${normaliseName(person.name)}|${person.birthDate}`));
  if (person.bsn) out.push(mac(`bsn:${person.bsn.replace(/\D/g, '')}`));
  return out;
}
