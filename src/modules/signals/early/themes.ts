/**
 * Themes and urgencies of early signals (vroegsignalen). Each theme is a sub-category of the main
 * category `vroegsignalen`, created on the first early signal of a municipality: inactive (never in
 * the residents' form or the category suggestion), not public and sensitive (never on the public
 * map, no text ever published). So an early signal is filtered, counted and analysed by category
 * like every report, and its theme shows as the category name in the inbox.
 */
import type { Db } from '../../../db/database.ts';
import { invalidateCategories, loadCategories } from '../config/categories.ts';
import type { SignalPriority } from '../tables.ts';

export const EARLY_MAIN_CATEGORY = 'vroegsignalen';

export const EARLY_THEMES = [
  { theme: 'overlast-jeugd', name: 'Overlast jeugd' },
  { theme: 'verward-gedrag', name: 'Verward gedrag' },
  { theme: 'ondermijning-drugs', name: 'Ondermijning / drugs' },
  { theme: 'woonoverlast', name: 'Woonoverlast' },
  { theme: 'onveiligheidsgevoel', name: 'Onveiligheidsgevoel' },
  { theme: 'huiselijk-geweld', name: 'Signaal huiselijk geweld' },
  { theme: 'radicalisering', name: 'Radicalisering' },
  { theme: 'overig', name: 'Overig vroegsignaal' },
] as const;
export type EarlyTheme = (typeof EARLY_THEMES)[number]['theme'];
export const EARLY_THEME_KEYS = EARLY_THEMES.map((t) => t.theme) as [EarlyTheme, ...EarlyTheme[]];

/** The category slug of a theme (and back). */
export const themeCategory = (theme: EarlyTheme): string => `vroegsignaal-${theme}`;
export const themeOfCategory = (slug: string): EarlyTheme | null =>
  EARLY_THEMES.find((t) => themeCategory(t.theme) === slug)?.theme ?? null;

/** Urgency → priority and the handling deadline in working days (urgent: today). */
export const URGENCY_WORKING_DAYS: Record<SignalPriority, number> = { urgent: 0, high: 1, normal: 5 };

/** Creates the main category and one sub-category per theme when missing (idempotent, safe under races). */
export async function ensureEarlyCategories(db: Db, gemeente: string): Promise<void> {
  const have = new Set((await loadCategories(db, gemeente)).map((c) => c.slug));
  const wanted = [EARLY_MAIN_CATEGORY, ...EARLY_THEMES.map((t) => themeCategory(t.theme))];
  if (wanted.every((s) => have.has(s))) return;
  const common = { gemeente_code: gemeente, active: false, is_public: false, is_sensitive: true, department: 'Vroegsignalering' };
  await db
    .insertInto('signal_categories')
    .values([
      { ...common, slug: EARLY_MAIN_CATEGORY, parent_slug: null, name: 'Vroegsignalen (partners)', sort_order: 9000 },
      ...EARLY_THEMES.map((t, i) => ({
        ...common,
        slug: themeCategory(t.theme),
        parent_slug: EARLY_MAIN_CATEGORY,
        name: t.name,
        handling_days: URGENCY_WORKING_DAYS.normal,
        sort_order: 9001 + i,
      })),
    ])
    .onConflict((oc) => oc.columns(['gemeente_code', 'slug']).doNothing())
    .execute();
  invalidateCategories(db);
}
