/** The mission log: decisions, meetings and notes, newest first. Minutes may name people, so every read is logged. */
import { randomUUID } from 'node:crypto';
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { dateText } from '../../../db/date-text.ts';
import { guardedWrite } from '../../../db/guarded-write.ts';
import { recordProcessing } from '../../audit/index.ts';
import { requireMissionAccess } from '../access.ts';
import type { LogInput, LogView } from './schema.ts';
import { notFound } from '../not-found.ts';

export async function listLog(ctx: ServiceContext, gemeente: string, missionId: string): Promise<LogView[]> {
  await requireMissionAccess(ctx, gemeente, missionId, 'read');
  const rows = await ctx.db
    .selectFrom('mission_log')
    .select(['id', 'kind', dateText('occurred_on').as('occurred_on'), 'title', 'body', 'actor', 'created_at'])
    .where('mission_id', '=', missionId)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  // minutes of meetings and decisions may name people (and name their authors): every read is logged
  await recordProcessing(ctx, {
    activity: 'missions.manage',
    operation: 'read',
    attributes: { mission: missionId, field: 'log', entries: rows.length },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    occurredOn: r.occurred_on!,
    title: r.title,
    body: r.body,
    actor: r.actor,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function addLogEntry(ctx: ServiceContext, gemeente: string, missionId: string, input: LogInput): Promise<LogView> {
  const p = await requireMissionAccess(ctx, gemeente, missionId, 'read');
  if (!p.addLog) await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const id = randomUUID();
  await guardedWrite(
    () =>
      ctx.db
        .insertInto('mission_log')
        .values({
          id,
          mission_id: missionId,
          kind: input.kind,
          occurred_on: input.occurredOn,
          title: input.title,
          body: input.body,
          actor: actorLabel(ctx.actor),
        })
        .execute(),
    {
      missing: () => notFound('Mission', missionId),
    },
  );
  return (await listLog(ctx, gemeente, missionId)).find((e) => e.id === id)!;
}
