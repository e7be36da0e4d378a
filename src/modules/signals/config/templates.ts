/**
 * Standard texts: the reporter's message per status, in general or for one category (editable by
 * admins, migration 0093). For a report the text of its sub-category wins over that of its main
 * category, which wins over the general one. Placeholders: see notify.ts.
 */
import { sql, type Selectable } from 'kysely';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import { findCategory } from './categories.ts';
import { ConfigCache } from './config-cache.ts';
import type { SignalStatus, SignalTables } from '../tables.ts';

export type TemplateRow = Selectable<SignalTables['signal_templates']>;

const key = (status: string, category: string | null) => `${status}|${category ?? ''}`;
const cache = new ConfigCache<Map<string, TemplateRow>>(
  async (db, gemeente) =>
    new Map(
      (await db.selectFrom('signal_templates').selectAll().where('gemeente_code', '=', gemeente).execute()).map((t) => [
        key(t.status, t.category_slug),
        t,
      ]),
    ),
);

/** The category a template is looked up for: its slug and main category. */
export interface TemplateCategory {
  slug: string;
  parent_slug: string | null;
}

/** The template of a status for a category (sub-category, then main category, then general; cached); undefined when there is none. */
export async function cachedTemplate(
  db: Db,
  gemeente: string,
  status: SignalStatus,
  category?: TemplateCategory | undefined,
): Promise<TemplateRow | undefined> {
  const all = await cache.get(db, gemeente);
  const order = [category?.slug, category?.parent_slug, null].filter((c) => c !== undefined);
  for (const c of order) {
    const t = all.get(key(status, c));
    if (t) return t;
  }
  return undefined;
}

export function invalidateTemplates(db: Db): void {
  cache.invalidate(db);
}

export const TEMPLATE_PLACEHOLDERS = ['number', 'category', 'deadline', 'text', 'trackingUrl'] as const;

const present = (r: TemplateRow) => ({
  status: r.status,
  categorySlug: r.category_slug,
  subject: r.subject,
  body: r.body,
  updatedAt: r.updated_at.toISOString(),
});

export async function listTemplates(ctx: ServiceContext, gemeente: string) {
  authorize(ctx, 'signals:read');
  const rows = await ctx.db
    .selectFrom('signal_templates')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .orderBy('status')
    .orderBy(sql`category_slug NULLS FIRST`)
    .execute();
  return rows.map(present);
}

async function checkCategory(ctx: ServiceContext, gemeente: string, category: string | null): Promise<void> {
  if (category && !(await findCategory(ctx.db, gemeente, category)))
    throw invalidInput([{ name: 'querystring.categorySlug', reason: 'no such category' }]);
}

const scoped = (category: string | null) => (category === null ? ('is' as const) : ('=' as const));

/** Creates or replaces the text of a status, in general (`category` null) or for one category. */
export async function saveTemplate(
  ctx: ServiceContext,
  gemeente: string,
  status: SignalStatus,
  input: { subject: string; body: string },
  category: string | null = null,
) {
  authorize(ctx, 'signals:configure');
  await checkCategory(ctx, gemeente, category);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('signal_templates')
      .where('gemeente_code', '=', gemeente)
      .where('status', '=', status)
      .where('category_slug', scoped(category), category)
      .execute();
    await trx
      .insertInto('signal_templates')
      .values({
        gemeente_code: gemeente,
        status,
        category_slug: category,
        subject: input.subject,
        body: input.body,
        updated_at: new Date(),
      })
      .execute();
  });
  invalidateTemplates(ctx.db);
  return (await listTemplates(ctx, gemeente)).find((t) => t.status === status && t.categorySlug === category)!;
}

export async function deleteTemplate(
  ctx: ServiceContext,
  gemeente: string,
  status: SignalStatus,
  category: string | null = null,
): Promise<void> {
  authorize(ctx, 'signals:configure');
  await ctx.db
    .deleteFrom('signal_templates')
    .where('gemeente_code', '=', gemeente)
    .where('status', '=', status)
    .where('category_slug', scoped(category), category)
    .execute();
  invalidateTemplates(ctx.db);
}
