/**
 * Who handles a report: a colleague (an active account that may handle reports), a department or
 * team, a partner organisation — each chosen from a list and stored by id (migration 0092). Old
 * callers may still name a department or partner; the name must match an active one (ignoring
 * case) and is stored as its id. History entries name the target in words.
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { activePartners } from '../../network/index.ts';
import { assignableAccounts, departmentSummaries } from '../../users/index.ts';

export interface AssignmentPatch {
  assigneeId?: string | null | undefined;
  departmentId?: string | null | undefined;
  department?: string | null | undefined;
  partnerId?: string | null | undefined;
  partner?: string | null | undefined;
}

/** What the patch changes, resolved to ids and names; undefined: that part stays. */
export interface ResolvedAssignment {
  assignee?: { id: string; name: string } | null;
  department?: { id: string; name: string; kind: 'afdeling' | 'team' } | null;
  partner?: { id: string; name: string } | null;
}

type Named = { id: string; name: string };
const pick = <T extends Named>(list: T[], id: string | null | undefined, name: string | null | undefined): T | null | undefined => {
  if (id !== undefined) return id === null ? null : list.find((x) => x.id === id);
  if (name !== undefined) return name === null ? null : list.find((x) => x.name.toLowerCase() === name.trim().toLowerCase());
  return undefined;
};

/** Resolves the patch against the active accounts, departments and partners; 400 naming every unknown target. */
export async function resolveAssignment(ctx: ServiceContext, gemeente: string, patch: AssignmentPatch): Promise<ResolvedAssignment> {
  const out: ResolvedAssignment = {};
  const errors: Array<{ name: string; reason: string }> = [];
  if (patch.assigneeId !== undefined) {
    const a = patch.assigneeId === null ? null : (await assignableAccounts(ctx.db)).find((u) => u.id === patch.assigneeId);
    if (a === undefined) errors.push({ name: 'body.assigneeId', reason: 'no such user' });
    else out.assignee = a;
  }
  if (patch.departmentId !== undefined || patch.department !== undefined) {
    const d = pick(await departmentSummaries(ctx.db, gemeente, true), patch.departmentId, patch.department);
    const field = patch.departmentId !== undefined ? 'body.departmentId' : 'body.department';
    if (d === undefined) errors.push({ name: field, reason: 'no such active department or team' });
    else out.department = d;
  }
  if (patch.partnerId !== undefined || patch.partner !== undefined) {
    const p = pick(await activePartners(ctx.db, gemeente), patch.partnerId, patch.partner);
    const field = patch.partnerId !== undefined ? 'body.partnerId' : 'body.partner';
    if (p === undefined) errors.push({ name: field, reason: 'no such active partner organisation' });
    else out.partner = p;
  }
  if (errors.length) throw invalidInput(errors);
  return out;
}

/** "toegewezen aan J. de Vries", "toegewezen aan team Handhaving", "doorgestuurd naar Woonbron". */
export function assignmentText(r: ResolvedAssignment): { assign?: string; routed?: string } {
  const out: { assign?: string; routed?: string } = {};
  if (r.assignee !== undefined) out.assign = r.assignee ? `toegewezen aan ${r.assignee.name}` : 'toewijzing verwijderd';
  const parts: string[] = [];
  if (r.department !== undefined)
    parts.push(
      r.department ? `toegewezen aan ${r.department.kind === 'team' ? 'team' : 'afdeling'} ${r.department.name}` : 'geen afdeling',
    );
  if (r.partner !== undefined) parts.push(r.partner ? `doorgestuurd naar ${r.partner.name}` : 'niet meer bij een partner');
  if (parts.length) out.routed = parts.join('; ');
  return out;
}

/** The columns the resolved assignment sets. */
export function assignmentColumns(r: ResolvedAssignment): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  if (r.assignee !== undefined) set.assignee_id = r.assignee?.id ?? null;
  if (r.department !== undefined) Object.assign(set, { department_id: r.department?.id ?? null, department: r.department?.name ?? null });
  if (r.partner !== undefined) Object.assign(set, { partner_id: r.partner?.id ?? null, partner: r.partner?.name ?? null });
  return set;
}

/** The lists the assignment form offers: colleagues who may handle reports, active departments and teams, active partners. Logged (names of colleagues). */
export async function assignmentOptions(ctx: ServiceContext, gemeente: string) {
  authorize(ctx, 'signals:handle');
  const [users, departments, partners] = await Promise.all([
    assignableAccounts(ctx.db),
    departmentSummaries(ctx.db, gemeente, true),
    activePartners(ctx.db, gemeente),
  ]);
  await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read', attributes: { assignable: users.length } });
  return {
    users,
    departments: departments.map((d) => ({ id: d.id, name: d.name, kind: d.kind })),
    partners: partners.map((p) => ({ id: p.id, name: p.name })),
  };
}
