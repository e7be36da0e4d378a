/**
 * Need-to-know: access to a case's content is per case, never per role. A case is open to its
 * procesregisseur (director), to the members assigned to it, and — read-only, for a limited time —
 * to someone who opened it with break-glass and a reason. Every other caller learns at most that a
 * case exists and whom to ask (403 case-need-to-know, for those who may search or break glass),
 * or nothing at all (404). Every opening, refused or not, is written to the processing log with the
 * case's legal basis. Services of this module call `openCase` before they read or write content.
 */
import { can, type ServiceContext } from '../../../core/context.ts';
import { caseNeedToKnow, notFound } from '../../../core/errors.ts';
import { recordProcessing, type ProcessingActivityId } from '../../audit/index.ts';
import { accountSummary } from '../../users/index.ts';
import { type CaseIdentity, caseIdsOfUser, findCaseIdentity, memberRoleOf, openBreakGlassUntil } from './access-store.ts';

export type CaseAccessVia = 'director' | 'member' | 'break-glass' | 'system';

export interface CaseAccess {
  caseId: string;
  reference: string;
  gemeente: string;
  legalBasis: string;
  via: CaseAccessVia;
  /** Directors and members may change the case (members: their own interventions and actions); break-glass reads only. */
  mayEdit: boolean;
  /** Only the director (and the system) assigns members, changes the status and closes the case. */
  mayDirect: boolean;
  /** Until when a break-glass opening lasts. */
  until: Date | null;
}

export type CaseOperation = 'read' | 'create' | 'update' | 'delete' | 'export' | 'print';

/** The data subject of a case's processing records: the case (its person), by id, pseudonymised by audit. */
export const caseSubject = (caseId: string) => ({ type: 'pga-case', id: caseId });

async function accessOf(ctx: ServiceContext, c: CaseIdentity, now: Date): Promise<CaseAccess | null> {
  const base = { caseId: c.id, reference: c.reference, gemeente: c.gemeente_code, legalBasis: c.legal_basis };
  if (ctx.actor.kind === 'system') return { ...base, via: 'system', mayEdit: true, mayDirect: true, until: null };
  if (ctx.actor.kind !== 'user') return null;
  const role = await memberRoleOf(ctx.db, c.id, ctx.actor.userId);
  if (role === 'director') return { ...base, via: 'director', mayEdit: true, mayDirect: true, until: null };
  if (role === 'member') return { ...base, via: 'member', mayEdit: true, mayDirect: false, until: null };
  const until = await openBreakGlassUntil(ctx.db, c.id, ctx.actor.userId, now);
  return until ? { ...base, via: 'break-glass', mayEdit: false, mayDirect: false, until } : null;
}

/** The caller's access to the case, or null (also for a case that does not exist). Logs nothing. */
export async function caseAccessOrNull(ctx: ServiceContext, caseId: string, now = new Date()): Promise<CaseAccess | null> {
  const c = await findCaseIdentity(ctx.db, caseId);
  return c ? accessOf(ctx, c, now) : null;
}

export interface OpenCaseOptions {
  operation: CaseOperation;
  /** Default `cases.read` for reads, `cases.manage` for writes. */
  activity?: ProcessingActivityId;
  /** Non-identifying facts for the log (which part was read, counts). */
  attributes?: Record<string, unknown>;
  /** The write needs mayEdit (default for every operation but read/export/print), or mayDirect. */
  needs?: 'read' | 'edit' | 'direct';
  now?: Date;
}

/**
 * Opens a case for one operation: checks need-to-know, writes the processing record (OK, or DENIED
 * when refused) with the case's legal basis, and returns the access. Throws 404 when the case does
 * not exist (or the caller may not even learn that it does), 403 case-need-to-know otherwise.
 */
export async function openCase(ctx: ServiceContext, caseId: string, opts: OpenCaseOptions): Promise<CaseAccess> {
  const now = opts.now ?? new Date();
  const c = await findCaseIdentity(ctx.db, caseId);
  if (!c) throw notFound('Case', caseId);
  const access = await accessOf(ctx, c, now);
  const needs = opts.needs ?? (['read', 'export', 'print'].includes(opts.operation) ? 'read' : 'edit');
  const allowed = access !== null && (needs === 'read' || (needs === 'edit' ? access.mayEdit : access.mayDirect));
  const activity = opts.activity ?? (opts.operation === 'read' ? 'cases.read' : 'cases.manage');
  await recordProcessing(ctx, {
    activity,
    operation: opts.operation,
    subject: caseSubject(c.id),
    status: allowed ? 'OK' : 'DENIED',
    legalBasis: c.legal_basis,
    attributes: { case: c.reference, via: access?.via ?? null, ...(opts.attributes ?? {}) },
  });
  if (allowed) return access;
  if (access === null && !mayLearnExistence(ctx)) throw notFound('Case', caseId);
  const director = c.director_id ? await accountSummary(ctx.db, c.director_id) : undefined;
  throw caseNeedToKnow(c.reference, director?.name ?? null, access === null && can(ctx.actor, 'cases:break-glass'));
}

/** Whether the caller may be told that a case exists (and whom to ask): those who may search or break glass. */
export function mayLearnExistence(ctx: ServiceContext): boolean {
  return can(ctx.actor, 'cases:search') || can(ctx.actor, 'cases:break-glass');
}

/** The ids of the cases open to the caller (assigned, or an open break-glass grant); every case for the system. */
export async function caseIdsOpenTo(ctx: ServiceContext, now = new Date()): Promise<{ assigned: string[]; breakGlass: string[] } | 'all'> {
  if (ctx.actor.kind === 'system') return 'all';
  if (ctx.actor.kind !== 'user') return { assigned: [], breakGlass: [] };
  return caseIdsOfUser(ctx.db, ctx.actor.userId, now);
}
