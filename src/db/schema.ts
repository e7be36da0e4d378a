/**
 * The Kysely view of the whole schema. This file declares the platform's own tables; each module
 * adds its tables to `DB` from its `tables.ts` (declaration merging: `declare module
 * '../../db/schema.ts' { interface DB extends XTables {} }`), so db/ names no module.
 * Keep in step with ./migrations.
 */
import type { Generated } from 'kysely';

export interface CoreTables {
  schema_migrations: { version: number; name: string; checksum: string; applied_at: Generated<Date> };
  instance_settings: { key: string; value: string; updated_at: Generated<Date> };
  municipalities: { code: string; name: string; created_at: Generated<Date> };
}

export interface DB extends CoreTables {}
