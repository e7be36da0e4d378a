/** Turns stored mission rows into the API's shapes (lowerCamelCase, ISO times, labels). */
import type { MissionPermissions } from './access.ts';
import type { MissionRow } from './mission-store.ts';
import type { MissionSummary } from './schema.ts';
import { describeScope, type Scope } from './scope.ts';
import { STATUS_LABELS } from './workflow.ts';

export const today = (now = new Date()) => now.toISOString().slice(0, 10);

export function presentSummary(row: MissionRow, permissions: MissionPermissions, now = new Date()): MissionSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status].nl,
    priority: row.priority,
    scope: row.scope,
    scopeDescription: describeScope(row.scope as Scope),
    owner: row.owner_id ? { id: row.owner_id, displayName: row.owner_name ?? '' } : null,
    startDate: row.start_date,
    nextReview: row.next_review,
    reviewOverdue: row.status !== 'closed' && row.next_review !== null && row.next_review < today(now),
    updatedAt: row.updated_at.toISOString(),
    permissions,
  };
}

export interface EvidenceRow {
  id: string;
  kind: string;
  title: string;
  query: unknown;
  result: unknown;
  note: string | null;
  captured_by: string;
  captured_at: Date;
}

export function presentEvidence(e: EvidenceRow) {
  return {
    id: e.id, kind: e.kind as never, title: e.title, query: e.query, result: e.result, note: e.note,
    capturedBy: e.captured_by, capturedAt: e.captured_at.toISOString(), rerunnable: e.kind !== 'snapshot',
  };
}
