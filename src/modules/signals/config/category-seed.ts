/**
 * First start: the report categories and message templates of a municipality, from the first file
 * that exists of: `<seedDir>/categories.json` (the municipality's own) → `data/signals/<gm>-categories.json`
 * (shipped for that municipality, e.g. Dordrecht) → `data/signals/default-categories.json` (a general
 * Dutch two-level tree). Only an empty category table is seeded; admins edit in Beheer afterwards.
 * A sub-category takes its main category's roles (nuisance, sensitive, public) unless it sets its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { projectRoot } from '../../../core/config.ts';
import type { ServiceContext } from '../../../core/context.ts';
import type { SignalTables } from '../tables.ts';
import { invalidateCategories } from './categories.ts';
import { invalidateTemplates } from './templates.ts';

interface SeedCategory {
  slug: string;
  name: string;
  description?: string;
  keywords?: string;
  handlingDays: number;
  department: string;
  sensitive?: boolean;
  public?: boolean;
  /** Counts in the perception "reported nuisance" index. */
  nuisance?: boolean;
  children?: SeedCategory[];
}
export interface SeedFile {
  categories: SeedCategory[];
  templates: Record<string, { subject: string; body: string }>;
}

export const DEFAULT_CATEGORY_FILE = path.join(projectRoot, 'data', 'signals', 'default-categories.json');

/** The file the categories of `gemeente` are seeded from (see the order above). */
export function categorySeedFile(gemeente: string, seedDir?: string): string {
  const candidates = [
    ...(seedDir ? [path.join(seedDir, 'categories.json')] : []),
    path.join(projectRoot, 'data', 'signals', `${gemeente.toLowerCase()}-categories.json`),
  ];
  return candidates.find((f) => fs.existsSync(f)) ?? DEFAULT_CATEGORY_FILE;
}

type Row = Insertable<SignalTables['signal_categories']>;

function seedRow(gemeente: string, c: SeedCategory, parent: SeedCategory | null, order: number): Row {
  return {
    gemeente_code: gemeente,
    slug: c.slug,
    parent_slug: parent?.slug ?? null,
    name: c.name,
    description: c.description ?? '',
    keywords: c.keywords ?? '',
    handling_days: c.handlingDays,
    department: c.department,
    is_public: c.public ?? parent?.public ?? true,
    is_sensitive: c.sensitive ?? parent?.sensitive ?? false,
    is_nuisance: c.nuisance ?? parent?.nuisance ?? false,
    sort_order: order,
  };
}

export function seedRows(gemeente: string, list: SeedCategory[]): Row[] {
  const rows: Row[] = [];
  for (const main of list) {
    rows.push(seedRow(gemeente, main, null, rows.length));
    for (const c of main.children ?? []) rows.push(seedRow(gemeente, c, main, rows.length));
  }
  return rows;
}

export interface CategorySeedResult {
  categories: number;
  file: string;
}

/** Seeds an empty category table; null when the municipality already has categories. */
export async function seedCategoriesIfEmpty(ctx: ServiceContext, gemeente: string, seedDir?: string): Promise<CategorySeedResult | null> {
  const existing = await ctx.db.selectFrom('signal_categories').select('slug').where('gemeente_code', '=', gemeente).limit(1).execute();
  if (existing.length) return null;
  const file = categorySeedFile(gemeente, seedDir);
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile;
  const rows = seedRows(gemeente, seed.categories);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('signal_categories')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
    const templates = Object.entries(seed.templates ?? {}).map(([status, t]) => ({ gemeente_code: gemeente, status, ...t }));
    if (templates.length)
      await trx
        .insertInto('signal_templates')
        .values(templates)
        .onConflict((oc) => oc.doNothing())
        .execute();
  });
  invalidateCategories(ctx.db);
  invalidateTemplates(ctx.db);
  const inProject = !path.relative(projectRoot, file).startsWith('..');
  return { categories: rows.length, file: inProject ? path.relative(projectRoot, file) : file };
}

/** The same, counting only (0 when there were categories already); kept for the many callers in tests and the CLI. */
export async function seedSignalDefaultsIfEmpty(ctx: ServiceContext, gemeente: string, seedDir?: string): Promise<number> {
  return (await seedCategoriesIfEmpty(ctx, gemeente, seedDir))?.categories ?? 0;
}
