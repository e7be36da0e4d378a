/**
 * Report numbers (M-YYYY-NNNNNN, counted per municipality and year) and private tokens (tracking,
 * unsubscribe, API keys): 32 random bytes in base64url, stored only as their SHA-256.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const NUMBER_PATTERN = /^M-\d{4}-\d{6}$/;

/** Next number of the year; the counter row is locked until the caller's transaction ends. */
export async function nextSignalNumber(trx: Kysely<DB>, gemeente: string, year: number): Promise<string> {
  const row = await sql<{ last_value: number }>`
    INSERT INTO signal_counters (gemeente_code, year, last_value) VALUES (${gemeente}, ${year}, 1)
    ON CONFLICT (gemeente_code, year) DO UPDATE SET last_value = signal_counters.last_value + 1
    RETURNING last_value`.execute(trx);
  const n = Number(row.rows[0]!.last_value);
  return `M-${year}-${String(n).padStart(6, '0')}`;
}
