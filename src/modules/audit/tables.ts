import type { ColumnType, Generated } from 'kysely';

export type AuditOperation = 'read' | 'create' | 'update' | 'delete' | 'export' | 'print' | 'login' | 'logout';
export type AuditStatus = 'OK' | 'ERROR' | 'DENIED';

export interface AuditTables {
  audit_log: {
    id: Generated<number>;
    trace_id: string;
    span_id: string;
    parent_span_id: string | null;
    name: string;
    processing_activity_id: string;
    operation: AuditOperation;
    actor: string;
    data_subject_type: string | null;
    data_subject_pseudonym: string | null;
    status_code: AuditStatus;
    start_time: Date;
    end_time: Date;
    resource_name: string;
    resource_version: string;
    attributes: Generated<Record<string, unknown>>;
    /** The legal basis of the processing (e.g. the covenant of a PGA case), where one is named. */
    legal_basis: ColumnType<string | null, string | null | undefined, never>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends AuditTables {}
}
