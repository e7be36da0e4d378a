/**
 * Report categories: a configurable two-level tree per municipality, seeded from
 * data/signals/<gemeente>-categories.json on first start and edited by admins afterwards.
 * Intake reads them on every request, so they are cached per database and invalidated on change.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Insertable, Selectable } from 'kysely';
import { projectRoot } from '../../../core/config.ts';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput, notFound } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import { ConfigCache } from './config-cache.ts';
import type { SignalTables } from '../tables.ts';
import { invalidateTemplates } from './templates.ts';

export type CategoryRow = Selectable<SignalTables['signal_categories']>;
export const FALLBACK_CATEGORY = 'overig-overig';

interface SeedCategory {
  slug: string;
  name: string;
  description?: string;
  keywords?: string;
  handlingDays: number;
  department: string;
  sensitive?: boolean;
  public?: boolean;
  children?: SeedCategory[];
}
export interface SeedFile {
  categories: SeedCategory[];
  templates: Record<string, { subject: string; body: string }>;
}

export function defaultSeedFile(gemeente: string): string {
  return path.join(projectRoot, 'data', 'signals', `${gemeente.toLowerCase()}-categories.json`);
}

const cache = new ConfigCache<CategoryRow[]>((db, gemeente) =>
  db.selectFrom('signal_categories').selectAll().where('gemeente_code', '=', gemeente).orderBy('sort_order').execute(),
);

export function invalidateCategories(db: Db): void {
  cache.invalidate(db);
}

/** All categories of a municipality (cached, see config-cache.ts). */
export function loadCategories(db: Db, gemeente: string): Promise<CategoryRow[]> {
  return cache.get(db, gemeente);
}

export async function findCategory(db: Db, gemeente: string, slug: string): Promise<CategoryRow | undefined> {
  return (await loadCategories(db, gemeente)).find((c) => c.slug === slug);
}

/** An active sub-category (reports always get a leaf); 400 naming the field otherwise. */
export async function requireLeafCategory(db: Db, gemeente: string, slug: string, field = 'body.categorySlug'): Promise<CategoryRow> {
  const c = await findCategory(db, gemeente, slug);
  if (!c?.active || c.parent_slug === null) throw invalidInput([{ name: field, reason: `'${slug}' is not an active sub-category` }]);
  return c;
}

function seedRows(gemeente: string, list: SeedCategory[]) {
  const rows: Array<Insertable<SignalTables['signal_categories']>> = [];
  let order = 0;
  for (const main of list) {
    const mainRow = {
      gemeente_code: gemeente,
      slug: main.slug,
      parent_slug: null,
      name: main.name,
      description: main.description ?? '',
      keywords: main.keywords ?? '',
      handling_days: main.handlingDays,
      department: main.department,
      is_public: main.public ?? true,
      is_sensitive: main.sensitive ?? false,
      sort_order: order++,
    };
    rows.push(mainRow);
    for (const c of main.children ?? []) {
      rows.push({
        gemeente_code: gemeente,
        slug: c.slug,
        parent_slug: main.slug,
        name: c.name,
        description: c.description ?? '',
        keywords: c.keywords ?? '',
        handling_days: c.handlingDays,
        department: c.department,
        is_public: c.public ?? main.public ?? true,
        is_sensitive: c.sensitive ?? main.sensitive ?? false,
        sort_order: order++,
      });
    }
  }
  return rows;
}

/** First start: categories and message templates from the shipped file, when there are none yet. */
export async function seedSignalDefaultsIfEmpty(ctx: ServiceContext, gemeente: string, file = defaultSeedFile(gemeente)): Promise<number> {
  const existing = await ctx.db.selectFrom('signal_categories').select('slug').where('gemeente_code', '=', gemeente).limit(1).execute();
  if (existing.length || !fs.existsSync(file)) return 0;
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile;
  const rows = seedRows(gemeente, seed.categories);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('signal_categories')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
    const templates = Object.entries(seed.templates).map(([status, t]) => ({
      gemeente_code: gemeente,
      status,
      subject: t.subject,
      body: t.body,
    }));
    if (templates.length)
      await trx
        .insertInto('signal_templates')
        .values(templates)
        .onConflict((oc) => oc.doNothing())
        .execute();
  });
  invalidateCategories(ctx.db);
  invalidateTemplates(ctx.db);
  return rows.length;
}

export interface CategoryView {
  slug: string;
  parentSlug: string | null;
  name: string;
  description: string;
  handlingDays: number;
  department: string;
  isPublic: boolean;
  isSensitive: boolean;
  active: boolean;
  partnerContact: boolean;
  children?: CategoryView[];
}

export function presentCategory(c: CategoryRow): CategoryView {
  return {
    slug: c.slug,
    parentSlug: c.parent_slug,
    name: c.name,
    description: c.description,
    handlingDays: c.handling_days,
    department: c.department,
    isPublic: c.is_public,
    isSensitive: c.is_sensitive,
    active: c.active,
    partnerContact: c.partner_contact,
  };
}

/** The tree: main categories with their children, in configured order. */
export async function categoryTree(db: Db, gemeente: string, includeInactive = false): Promise<CategoryView[]> {
  const rows = (await loadCategories(db, gemeente)).filter((c) => includeInactive || c.active);
  return rows
    .filter((c) => c.parent_slug === null)
    .map((m) => ({
      ...presentCategory(m),
      children: rows.filter((c) => c.parent_slug === m.slug).map(presentCategory),
    }));
}

export interface CategoryInput {
  parentSlug: string | null;
  name: string;
  description?: string | undefined;
  keywords?: string | undefined;
  handlingDays: number;
  department: string;
  isPublic: boolean;
  isSensitive: boolean;
  active: boolean;
  /** Partners handling such a report may see the reporter's contact details; unchanged when left out. */
  partnerContact?: boolean | undefined;
}

/** Creates or replaces one category (admins). A parent must be a main category. */
export async function saveCategory(ctx: ServiceContext, gemeente: string, slug: string, input: CategoryInput): Promise<CategoryView> {
  authorize(ctx, 'signals:configure');
  if (input.parentSlug) {
    const parent = await findCategory(ctx.db, gemeente, input.parentSlug);
    if (!parent || parent.parent_slug !== null) throw invalidInput([{ name: 'body.parentSlug', reason: 'must be a main category' }]);
  }
  const values = {
    parent_slug: input.parentSlug,
    name: input.name,
    description: input.description ?? '',
    keywords: input.keywords ?? '',
    handling_days: input.handlingDays,
    department: input.department,
    is_public: input.isPublic,
    is_sensitive: input.isSensitive,
    active: input.active,
    updated_at: new Date(),
    ...(input.partnerContact !== undefined ? { partner_contact: input.partnerContact } : {}),
  };
  await ctx.db
    .insertInto('signal_categories')
    .values({ gemeente_code: gemeente, slug, ...values })
    .onConflict((oc) => oc.columns(['gemeente_code', 'slug']).doUpdateSet(values))
    .execute();
  invalidateCategories(ctx.db);
  const row = await findCategory(ctx.db, gemeente, slug);
  if (!row) throw notFound('Category', slug);
  return presentCategory(row);
}
