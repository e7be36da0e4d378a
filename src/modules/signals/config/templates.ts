/** Reporter message templates per status (editable by admins); placeholders: see notify.ts. */
import type { Selectable } from 'kysely';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { ConfigCache } from './config-cache.ts';
import type { SignalStatus, SignalTables } from '../tables.ts';

export type TemplateRow = Selectable<SignalTables['signal_templates']>;

const cache = new ConfigCache<Map<string, TemplateRow>>(
  async (db, gemeente) =>
    new Map(
      (await db.selectFrom('signal_templates').selectAll().where('gemeente_code', '=', gemeente).execute()).map((t) => [t.status, t]),
    ),
);

/** The template of a status (cached, see config-cache.ts); undefined when there is none. */
export async function cachedTemplate(db: Db, gemeente: string, status: SignalStatus): Promise<TemplateRow | undefined> {
  return (await cache.get(db, gemeente)).get(status);
}

export function invalidateTemplates(db: Db): void {
  cache.invalidate(db);
}

export const TEMPLATE_PLACEHOLDERS = ['number', 'category', 'deadline', 'text', 'trackingUrl'] as const;

export async function listTemplates(ctx: ServiceContext, gemeente: string) {
  authorize(ctx, 'signals:read');
  const rows = await ctx.db.selectFrom('signal_templates').selectAll().where('gemeente_code', '=', gemeente).orderBy('status').execute();
  return rows.map((r) => ({ status: r.status, subject: r.subject, body: r.body, updatedAt: r.updated_at.toISOString() }));
}

export async function saveTemplate(ctx: ServiceContext, gemeente: string, status: SignalStatus, input: { subject: string; body: string }) {
  authorize(ctx, 'signals:configure');
  const values = { subject: input.subject, body: input.body, updated_at: new Date() };
  await ctx.db
    .insertInto('signal_templates')
    .values({ gemeente_code: gemeente, status, ...values })
    .onConflict((oc) => oc.columns(['gemeente_code', 'status']).doUpdateSet(values))
    .execute();
  invalidateTemplates(ctx.db);
  return (await listTemplates(ctx, gemeente)).find((t) => t.status === status)!;
}

export async function deleteTemplate(ctx: ServiceContext, gemeente: string, status: SignalStatus): Promise<void> {
  authorize(ctx, 'signals:configure');
  await ctx.db.deleteFrom('signal_templates').where('gemeente_code', '=', gemeente).where('status', '=', status).execute();
  invalidateTemplates(ctx.db);
}
