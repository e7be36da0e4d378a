/** Turns stored mission rows into the API's shapes (lowerCamelCase, ISO times, labels). */
import type { ServiceContext } from '../../core/context.ts';
import { areaNames } from '../areas/index.ts';
import type { MissionPermissions } from './access.ts';
import type { FigureRule } from './disclosure.ts';
import { discloseResult } from './evidence/disclosure.ts';
import type { MissionRow } from './mission-store.ts';
import type { MissionSummary } from './schema.ts';
import { DESCRIBED_BUURTEN, describeScope, type Scope } from './scope/scope.ts';
import { STATUS_LABELS } from './workflow.ts';

export const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** Names per indeling year of the buurten a scope description shows: one small query per year. */
export type ScopeNames = Map<number, Map<string, string>>;

export async function scopeNames(ctx: ServiceContext, gemeente: string, scopes: unknown[]): Promise<ScopeNames> {
  const byYear = new Map<number, Set<string>>();
  for (const s of scopes as Scope[]) {
    if (s.kind !== 'buurten') continue;
    const codes = byYear.get(s.year) ?? new Set<string>();
    for (const c of s.codes.slice(0, DESCRIBED_BUURTEN)) codes.add(c);
    byYear.set(s.year, codes);
  }
  const out: ScopeNames = new Map();
  for (const [year, codes] of byYear) out.set(year, await areaNames(ctx, gemeente, year, [...codes]));
  return out;
}

export const scopeText = (scope: unknown, names: ScopeNames = new Map()) => {
  const s = scope as Scope;
  return describeScope(s, s.kind === 'buurten' ? names.get(s.year) : undefined);
};

export function presentSummary(
  row: MissionRow,
  permissions: MissionPermissions,
  names: ScopeNames = new Map(),
  now = new Date(),
): MissionSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status].nl,
    priority: row.priority,
    scope: row.scope,
    scopeDescription: scopeText(row.scope, names),
    owner: row.owner_id ? { id: row.owner_id, displayName: row.owner_name ?? '' } : null,
    startDate: row.start_date,
    nextReview: row.next_review,
    reviewOverdue: row.status !== 'closed' && row.next_review !== null && row.next_review < today(now),
    updatedAt: row.updated_at.toISOString(),
    demo: row.demo,
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

/** Evidence with the result as the caller may see it (`rule`, evidence-disclosure.ts). */
export function presentEvidence(e: EvidenceRow, rule: FigureRule) {
  return {
    id: e.id,
    kind: e.kind as never,
    title: e.title,
    query: e.query,
    result: discloseResult(e.kind, e.result, e.query, rule),
    note: e.note,
    capturedBy: e.captured_by,
    capturedAt: e.captured_at.toISOString(),
    rerunnable: e.kind !== 'snapshot',
  };
}
