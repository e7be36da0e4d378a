/**
 * Departments and teams: list (any staff role that configures or administers; members only for
 * account administrators), create, rename, deactivate, add and remove members. Signals route to
 * departments by name, so names stay unique per municipality. Member reads and changes are logged
 * (`accounts.manage`).
 */
import { randomUUID } from 'node:crypto';
import { authorize, can, type ServiceContext } from '../../../core/context.ts';
import { conflict, notFound } from '../../../core/errors.ts';
import { recordProcessing } from '../../audit/index.ts';
import { findUserById } from '../user-store.ts';
import {
  countDepartments,
  deleteMember,
  findDepartment,
  findDepartmentByName,
  insertDepartment,
  insertMember,
  listDepartmentRows,
  listMemberRows,
  updateDepartment,
  type DepartmentKind,
  type DepartmentRow,
} from './department-store.ts';

export interface DepartmentMember {
  userId: string;
  email: string;
  displayName: string | null;
}

export interface DepartmentView {
  id: string;
  name: string;
  kind: DepartmentKind;
  email: string | null;
  active: boolean;
  /** Empty unless the caller administers accounts. */
  members: DepartmentMember[];
  memberCount: number;
}

export interface DepartmentInput {
  name: string;
  kind?: DepartmentKind;
  email?: string | null;
}

export interface DepartmentChange {
  name?: string;
  kind?: DepartmentKind;
  email?: string | null;
  active?: boolean;
}

function mayRead(ctx: ServiceContext): void {
  if (!can(ctx.actor, 'users:read') && !can(ctx.actor, 'signals:configure')) authorize(ctx, 'users:read');
}

export async function listDepartments(ctx: ServiceContext, gemeente: string): Promise<DepartmentView[]> {
  mayRead(ctx);
  const withMembers = can(ctx.actor, 'users:read');
  const [rows, members] = await Promise.all([listDepartmentRows(ctx.db, gemeente), listMemberRows(ctx.db, gemeente)]);
  if (withMembers && members.length > 0) {
    await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read', attributes: { departmentMembers: members.length } });
  }
  return rows.map((row) => {
    const own = members.filter((m) => m.department_id === row.id);
    const shown = withMembers ? own.map((m) => ({ userId: m.user_id, email: m.email, displayName: m.display_name })) : [];
    return { ...present(row), members: shown, memberCount: own.length };
  });
}

const present = (row: DepartmentRow) => ({ id: row.id, name: row.name, kind: row.kind, email: row.email, active: row.active });

async function refuseTakenName(ctx: ServiceContext, gemeente: string, name: string, exceptId?: string): Promise<void> {
  if (await findDepartmentByName(ctx.db, gemeente, name, exceptId)) {
    throw conflict(`Er is al een afdeling of team met de naam '${name}'.`);
  }
}

export async function createDepartment(ctx: ServiceContext, gemeente: string, input: DepartmentInput): Promise<DepartmentView> {
  authorize(ctx, 'users:manage');
  await refuseTakenName(ctx, gemeente, input.name);
  const row: DepartmentRow = {
    id: randomUUID(),
    name: input.name,
    kind: input.kind ?? 'afdeling',
    email: input.email ?? null,
    active: true,
  };
  await insertDepartment(ctx.db, gemeente, row);
  return { ...present(row), members: [], memberCount: 0 };
}

async function requireDepartment(ctx: ServiceContext, gemeente: string, id: string): Promise<DepartmentRow> {
  const row = await findDepartment(ctx.db, gemeente, id);
  if (!row) throw notFound('Department', id);
  return row;
}

/** Renames, changes kind or shared mailbox, deactivates or reactivates a department. */
export async function changeDepartment(
  ctx: ServiceContext,
  gemeente: string,
  id: string,
  change: DepartmentChange,
): Promise<DepartmentView> {
  authorize(ctx, 'users:manage');
  const row = await requireDepartment(ctx, gemeente, id);
  if (change.name !== undefined) await refuseTakenName(ctx, gemeente, change.name, id);
  const next: DepartmentRow = {
    ...row,
    name: change.name ?? row.name,
    kind: change.kind ?? row.kind,
    email: change.email === undefined ? row.email : change.email,
    active: change.active ?? row.active,
  };
  await updateDepartment(ctx.db, gemeente, next);
  return (await listDepartments(ctx, gemeente)).find((d) => d.id === id)!;
}

/** Adds (`member` true) or removes an account; the change is logged with the account as subject. */
export async function setMembership(ctx: ServiceContext, gemeente: string, id: string, userId: string, member: boolean): Promise<void> {
  authorize(ctx, 'users:manage');
  await requireDepartment(ctx, gemeente, id);
  const user = await findUserById(ctx.db, userId);
  if (!user) throw notFound('User', userId);
  if (member && user.role === 'partner') throw conflict('Partneraccounts horen bij een partnerorganisatie, niet bij een afdeling.');
  const changed = member ? await insertMember(ctx.db, id, userId) : await deleteMember(ctx.db, id, userId);
  if (!changed) return;
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: userId },
    attributes: { department: id, membership: member ? 'added' : 'removed' },
  });
}

/** First start: one department per name in use (by report categories and routing rules) when there are none yet. */
export async function seedDepartmentsIfEmpty(ctx: ServiceContext, gemeente: string, names: readonly string[]): Promise<number> {
  if ((await countDepartments(ctx.db, gemeente)) > 0) return 0;
  const unique = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().slice(0, 120);
    if (name && !unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name);
  }
  for (const name of unique.values()) {
    await insertDepartment(ctx.db, gemeente, { id: randomUUID(), name, kind: 'afdeling', email: null, active: true });
  }
  return unique.size;
}
