/** What an incident import is asked (options) and what it answers (summary, progress): shared by both paths. */
import type { RowProblem } from '../import-report.ts';
import type { EventMapping } from './column-mapping.ts';
import type { EventSourceKind } from './read-source.ts';

export interface ImportProgress {
  phase: 'read' | 'store' | 'done';
  rows: number;
  bytes?: number;
  totalBytes?: number;
}

export interface IncidentImportOptions {
  file: string;
  municipality: string;
  source?: string;
  /** A mapping file path, or the mapping itself. */
  mapping?: string | EventMapping;
  quarantine?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Parallel path (parallel/parallel-import.ts): worker threads (default: the cores, ≤ 4; 1 = sequential), minimum file size, chunk size. */
  parallel?: { workers?: number; minBytes?: number; chunkBytes?: number };
}

export interface IncidentImportSummary {
  file: string;
  kind: EventSourceKind;
  source: string;
  batchId: number;
  rowsRead: number;
  rowsInserted: number;
  rowsUnchanged: number;
  rowsQuarantined: number;
  problems: RowProblem[];
  /** Stored events per area vintage. */
  byAreaYear: Record<string, number>;
  bulkMode: boolean;
  /** Parallel path: `read` is then parsing in workers overlapped with the COPYs, `store` the rest (indexes). */
  seconds: { read: number; store: number };
  parallel?: { workers: number; chunks: number };
}
