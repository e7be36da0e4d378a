/** Kysely types of the import jobs (migration 0078_import_jobs.sql). */
import type { ColumnType, Generated } from 'kysely';

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed';

/** jsonb: read as parsed JSON, written as JSON text. */
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface ImportsTables {
  import_jobs: {
    id: Generated<number>;
    gemeente_code: string;
    kind: string;
    file_name: string;
    file_bytes: number;
    options: ColumnType<Record<string, unknown>, string | undefined, string>;
    status: Generated<ImportJobStatus>;
    rows_read: Generated<number>;
    bytes_read: Generated<number>;
    report: NullableJson<Record<string, unknown>>;
    error: NullableJson<Record<string, unknown>>;
    runner: string | null;
    created_by: string;
    created_at: Generated<Date>;
    started_at: Date | null;
    finished_at: Date | null;
    heartbeat_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends ImportsTables {}
}
