/** Kysely types of the Open311 API keys (migrations 0030_signals.sql, 0037_signals_trust.sql, 0074_open311_key_last_used.sql). */
import type { Generated } from 'kysely';

export interface Open311Tables {
  open311_api_keys: {
    id: string;
    name: string;
    key_hash: string;
    created_at: Generated<Date>;
    revoked_at: Date | null;
    quota_per_hour: number | null;
    last_used_at: Date | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends Open311Tables {}
}
