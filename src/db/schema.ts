/**
 * The Kysely view of the whole schema: each module declares its own tables in `tables.ts`
 * and this file joins them. Keep in step with ./migrations.
 */
import type { Generated } from 'kysely';
import type { AreaTables } from '../modules/areas/tables.ts';
import type { AuditTables } from '../modules/audit/tables.ts';
import type { GeocoderTables } from '../modules/geocoder/tables.ts';
import type { IncidentTables } from '../modules/incidents/tables.ts';
import type { MailTables } from '../modules/mail/tables.ts';
import type { MissionTables } from '../modules/missions/tables.ts';
import type { Open311Tables } from '../modules/open311/tables.ts';
import type { PerceptionTables } from '../modules/perception/tables.ts';
import type { SignalTables } from '../modules/signals/tables.ts';
import type { UserTables } from '../modules/users/tables.ts';

export interface CoreTables {
  schema_migrations: { version: number; name: string; checksum: string; applied_at: Generated<Date> };
  instance_settings: { key: string; value: string; updated_at: Generated<Date> };
  municipalities: { code: string; name: string; created_at: Generated<Date> };
}

export interface DB extends CoreTables, AreaTables, UserTables, AuditTables, IncidentTables, SignalTables, MailTables, Open311Tables, PerceptionTables, MissionTables, GeocoderTables {}
