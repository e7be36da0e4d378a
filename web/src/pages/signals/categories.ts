/** The two-level category tree: lookups, the suggestion shown to the resident, pickers. Pure. */
import type { Category, Suggestion } from './types.ts';

export interface CategoryIndex {
  bySlug: Map<string, Category>;
  mains: Category[];
}

export function indexCategories(tree: readonly Category[]): CategoryIndex {
  const bySlug = new Map<string, Category>();
  for (const main of tree) {
    bySlug.set(main.slug, main);
    for (const child of main.children ?? []) bySlug.set(child.slug, { ...child, parentSlug: main.slug });
  }
  return { bySlug, mains: [...tree] };
}

/** The main category of a slug (itself when it is a main category). */
export function mainOf(index: CategoryIndex, slug: string): Category | null {
  const c = index.bySlug.get(slug);
  if (!c) return null;
  return c.parentSlug ? (index.bySlug.get(c.parentSlug) ?? null) : c;
}

export const isLeaf = (index: CategoryIndex, slug: string) => Boolean(index.bySlug.get(slug)?.parentSlug);

/** "Openbare ruimte › Straatverlichting" */
export function categoryPath(index: CategoryIndex, slug: string): string {
  const c = index.bySlug.get(slug);
  if (!c) return slug;
  const main = c.parentSlug ? index.bySlug.get(c.parentSlug) : null;
  return main ? `${main.name} › ${c.name}` : c.name;
}

/** Every sub-category with its main category, in tree order (for flat selects). */
export function leafOptions(index: CategoryIndex): Array<{ slug: string; label: string; group: string }> {
  return index.mains.flatMap((m) => (m.children ?? []).map((c) => ({ slug: c.slug, label: c.name, group: m.name })));
}

export interface ShownSuggestion {
  slug: string;
  path: string;
  /** Low confidence: the server fell back to "Overig"; the form asks the resident to choose. */
  unsure: boolean;
  alternatives: Array<{ slug: string; path: string }>;
}

/** The suggestion as the form shows it: known sub-categories only, up to two alternatives above 5 %. */
export function shownSuggestion(index: CategoryIndex, s: Suggestion | null): ShownSuggestion | null {
  if (!s || !isLeaf(index, s.categorySlug)) return null;
  const alternatives = s.alternatives
    .filter((a) => a.categorySlug !== s.categorySlug && a.probability >= 0.05 && isLeaf(index, a.categorySlug))
    .slice(0, 2)
    .map((a) => ({ slug: a.categorySlug, path: categoryPath(index, a.categorySlug) }));
  return { slug: s.categorySlug, path: categoryPath(index, s.categorySlug), unsure: s.fallback, alternatives };
}
