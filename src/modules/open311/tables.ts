/** Kysely types of the Open311 API keys (migrations 0030_signals.sql, 0037_signals_trust.sql). */
import type { Generated } from 'kysely';

export interface Open311Tables {
  open311_api_keys: {
    id: string;
    name: string;
    key_hash: string;
    created_at: Generated<Date>;
    revoked_at: Date | null;
    quota_per_hour: number | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends Open311Tables {}
}
