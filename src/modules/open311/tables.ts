/** Kysely types of the Open311 API keys (migration 0030_signals.sql). */
import type { Generated } from 'kysely';

export interface Open311Tables {
  open311_api_keys: { id: string; name: string; key_hash: string; created_at: Generated<Date>; revoked_at: Date | null };
}
