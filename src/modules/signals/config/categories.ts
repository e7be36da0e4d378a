/**
 * Report categories: a configurable two-level tree per municipality, seeded on first start
 * (category-seed.ts) and edited by admins afterwards (Beheer → Categorieën). Roles: `isNuisance`
 * (counts in the perception "reported nuisance" index), `isSensitive`, `isPublic`. Intake and the
 * category suggestion read them on every request, so they are cached per database and
 * invalidated on every change. A category is never deleted (reports refer to it): it is deactivated.
 */
import type { Selectable } from 'kysely';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput, notFound } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import { ConfigCache } from './config-cache.ts';
import { slugFromName, uniqueSlug } from './category-slug.ts';
import type { SignalTables } from '../tables.ts';

export type CategoryRow = Selectable<SignalTables['signal_categories']>;
export const FALLBACK_CATEGORY = 'overig-overig';

/**
 * The catch-all sub-category a report gets when the suggestion is unsure: `overig-overig` when it is
 * active (both shipped trees have it), otherwise the last active sub-category in tree order (a
 * municipality's own tree keeps its catch-all last); null without active sub-categories.
 */
export function fallbackCategory(categories: readonly CategoryRow[]): string | null {
  const leaves = categories.filter((c) => c.parent_slug !== null && c.active);
  if (leaves.some((c) => c.slug === FALLBACK_CATEGORY)) return FALLBACK_CATEGORY;
  const mains = categories.filter((c) => c.parent_slug === null).map((c) => c.slug);
  const inTreeOrder = mains.flatMap((m) => leaves.filter((c) => c.parent_slug === m));
  return inTreeOrder.at(-1)?.slug ?? null;
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

export interface CategoryView {
  slug: string;
  parentSlug: string | null;
  name: string;
  description: string;
  keywords: string;
  handlingDays: number;
  department: string;
  isPublic: boolean;
  isSensitive: boolean;
  isNuisance: boolean;
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
    keywords: c.keywords,
    handlingDays: c.handling_days,
    department: c.department,
    isPublic: c.is_public,
    isSensitive: c.is_sensitive,
    isNuisance: c.is_nuisance,
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

export interface CategoryChanges {
  name?: string | undefined;
  description?: string | undefined;
  keywords?: string | undefined;
  handlingDays?: number | undefined;
  department?: string | undefined;
  isPublic?: boolean | undefined;
  isSensitive?: boolean | undefined;
  isNuisance?: boolean | undefined;
  active?: boolean | undefined;
  /** Partners handling such a report may see the reporter's contact details; unchanged when left out. */
  partnerContact?: boolean | undefined;
}

export interface CategoryInput extends CategoryChanges {
  parentSlug: string | null;
  name: string;
  handlingDays: number;
  department: string;
  isPublic: boolean;
  isSensitive: boolean;
  active: boolean;
}

async function requireMainCategory(db: Db, gemeente: string, slug: string): Promise<CategoryRow> {
  const parent = await findCategory(db, gemeente, slug);
  if (!parent || parent.parent_slug !== null) throw invalidInput([{ name: 'body.parentSlug', reason: 'must be a main category' }]);
  return parent;
}

function changedColumns(ctx: ServiceContext, input: CategoryChanges) {
  const defined = <T>(v: T | undefined) => v !== undefined;
  return {
    ...(defined(input.name) ? { name: input.name } : {}),
    ...(defined(input.description) ? { description: input.description } : {}),
    ...(defined(input.keywords) ? { keywords: input.keywords } : {}),
    ...(defined(input.handlingDays) ? { handling_days: input.handlingDays } : {}),
    ...(defined(input.department) ? { department: input.department } : {}),
    ...(defined(input.isPublic) ? { is_public: input.isPublic } : {}),
    ...(defined(input.isSensitive) ? { is_sensitive: input.isSensitive } : {}),
    ...(defined(input.isNuisance) ? { is_nuisance: input.isNuisance } : {}),
    ...(defined(input.active) ? { active: input.active } : {}),
    ...(defined(input.partnerContact) ? { partner_contact: input.partnerContact } : {}),
    updated_at: new Date(),
    updated_by: actorLabel(ctx.actor),
  };
}

async function reread(ctx: ServiceContext, gemeente: string, slug: string): Promise<CategoryView> {
  invalidateCategories(ctx.db);
  const row = await findCategory(ctx.db, gemeente, slug);
  if (!row) throw notFound('Category', slug);
  return presentCategory(row);
}

/** Creates or replaces one category under a given slug (admins). A parent must be a main category. */
export async function saveCategory(ctx: ServiceContext, gemeente: string, slug: string, input: CategoryInput): Promise<CategoryView> {
  authorize(ctx, 'signals:configure');
  if (input.parentSlug) await requireMainCategory(ctx.db, gemeente, input.parentSlug);
  const columns = changedColumns(ctx, { ...input, description: input.description ?? '', keywords: input.keywords ?? '' });
  const values = { ...columns, parent_slug: input.parentSlug, name: input.name };
  await ctx.db
    .insertInto('signal_categories')
    .values({ gemeente_code: gemeente, slug, ...values })
    .onConflict((oc) => oc.columns(['gemeente_code', 'slug']).doUpdateSet(values))
    .execute();
  return reread(ctx, gemeente, slug);
}

export interface NewCategory extends CategoryChanges {
  parentSlug: string | null;
  name: string;
}

/**
 * Creates a category by name (admins): the slug is derived from the name (category-slug.ts), the
 * rest defaults to the main category's (department, handling days, roles) or to plain values.
 */
export async function createCategory(ctx: ServiceContext, gemeente: string, input: NewCategory): Promise<CategoryView> {
  authorize(ctx, 'signals:configure');
  const parent = input.parentSlug ? await requireMainCategory(ctx.db, gemeente, input.parentSlug) : null;
  const taken = new Set((await loadCategories(ctx.db, gemeente)).map((c) => c.slug));
  const slug = uniqueSlug(slugFromName(input.name), taken);
  const last = await ctx.db
    .selectFrom('signal_categories')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirst();
  const defaults = {
    handlingDays: parent?.handling_days ?? 5,
    department: parent?.department ?? 'Klantcontactcentrum',
    isPublic: parent?.is_public ?? true,
    isSensitive: parent?.is_sensitive ?? false,
    isNuisance: parent?.is_nuisance ?? false,
    partnerContact: parent?.partner_contact ?? false,
  };
  const values = changedColumns(ctx, { ...defaults, ...withoutUndefined(input) });
  await ctx.db
    .insertInto('signal_categories')
    .values({
      gemeente_code: gemeente,
      slug,
      parent_slug: parent?.slug ?? null,
      sort_order: Number(last?.n ?? 0) + 1,
      ...values,
      name: input.name,
    })
    .execute();
  return reread(ctx, gemeente, slug);
}

/**
 * Changes the given fields of one category (admins); the slug and the parent stay. A role changed on
 * a main category (nuisance, sensitive, public) is set on its sub-categories too — reports always
 * have a sub-category — which can each be changed back afterwards.
 */
export async function updateCategory(ctx: ServiceContext, gemeente: string, slug: string, changes: CategoryChanges): Promise<CategoryView> {
  authorize(ctx, 'signals:configure');
  const row = await findCategory(ctx.db, gemeente, slug);
  if (!row) throw notFound('Category', slug);
  const { isNuisance, isSensitive, isPublic } = changes;
  const roles = withoutUndefined({ isNuisance, isSensitive, isPublic });
  await ctx.db.transaction().execute(async (trx) => {
    const update = trx.updateTable('signal_categories').where('gemeente_code', '=', gemeente);
    await update.set(changedColumns(ctx, changes)).where('slug', '=', slug).execute();
    if (row.parent_slug === null && Object.keys(roles).length)
      await update.set(changedColumns(ctx, roles)).where('parent_slug', '=', slug).execute();
  });
  return reread(ctx, gemeente, slug);
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
