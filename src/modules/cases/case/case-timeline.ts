/**
 * A case's timeline, newest first: status changes with reasons, members assigned and taken off,
 * links, and break-glass openings (who and when; the reason only for the procesregisseur).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { accountSummaries } from '../../users/index.ts';
import { openCase } from '../access/case-access.ts';
import type { TimelineEvent } from './case-schema.ts';
import { breakGlassOpenings, isoOf, memberChanges, statusHistory } from './case-store.ts';
import { linkRows } from './links-store.ts';

export async function caseTimeline(ctx: ServiceContext, caseId: string): Promise<TimelineEvent[]> {
  const access = await openCase(ctx, caseId, { operation: 'read', attributes: { part: 'timeline' } });
  const [status, members, links, glass] = await Promise.all([
    statusHistory(ctx.db, caseId),
    memberChanges(ctx.db, caseId),
    linkRows(ctx.db, caseId),
    breakGlassOpenings(ctx.db, caseId),
  ]);
  const ids = [...status.map((s) => s.actor_id), ...members.flatMap((m) => [m.actor_id, m.user_id]), ...glass.map((g) => g.user_id)];
  const users = await accountSummaries(
    ctx.db,
    ids.filter((id): id is string => id !== null),
  );
  const nameOf = (id: string | null) => (id ? (users.get(id)?.name ?? null) : null);
  const seesReasons = access.via === 'director' || access.via === 'system';
  const events: TimelineEvent[] = [
    ...status.map((s) => ({
      at: isoOf(s.at)!,
      kind: 'status' as const,
      actor: nameOf(s.actor_id),
      fromStatus: s.from_status,
      toStatus: s.to_status,
      reason: s.reason,
    })),
    ...members.map((m) => ({
      at: isoOf(m.at)!,
      kind: m.change === 'added' ? ('member-added' as const) : ('member-removed' as const),
      actor: nameOf(m.actor_id),
      member: nameOf(m.user_id) ?? '?',
    })),
    ...links.map((l) => ({
      at: isoOf(l.created_at)!,
      kind: 'link' as const,
      actor: null,
      link: { kind: l.kind, label: l.label ?? l.ref },
    })),
    ...glass.map((g) => ({
      at: isoOf(g.opened_at)!,
      kind: 'break-glass' as const,
      actor: nameOf(g.user_id),
      reason: seesReasons ? g.reason : null,
    })),
  ];
  return events.sort((a, b) => b.at.localeCompare(a.at));
}
