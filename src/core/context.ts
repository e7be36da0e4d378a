/**
 * The small context every service call takes: who acts, on which database, under which trace id.
 * Services never see the HTTP request, so the CLI and background jobs call the same code.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { forbidden, unauthenticated } from './errors.ts';
import { roleAllows, type Permission, type Role } from './roles.ts';

export type Actor = { kind: 'user'; userId: string; email: string; role: Role } | { kind: 'system'; name: string } | { kind: 'anonymous' };

export interface ServiceContext {
  actor: Actor;
  db: Db;
  /** W3C-style trace id (32 hex) shared by every audit record of one request or command. */
  traceId: string;
}

export function newTraceId(): string {
  return randomUUID().replaceAll('-', '');
}

export function systemContext(db: Db, name = 'cli'): ServiceContext {
  return { actor: { kind: 'system', name }, db, traceId: newTraceId() };
}

/** Throws 401/403 unless the actor may do `permission`. The system actor (CLI, jobs) may do all. */
export function authorize(ctx: ServiceContext, permission: Permission): void {
  const { actor } = ctx;
  if (actor.kind === 'system') return;
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!roleAllows(actor.role, permission)) throw forbidden(`Your role '${actor.role}' may not do '${permission}'.`);
}

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return roleAllows(actor.role, permission);
}

/** A stable label for the actor in logs and audit records. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.userId}`;
    case 'system':
      return `system:${actor.name}`;
    case 'anonymous':
      return 'anonymous';
  }
}
