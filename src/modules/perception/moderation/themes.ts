/**
 * Staff theme tags for residents' stories (defaults in data/perception/themes.json, created on first
 * use) and theme counts per area: how many approved stories carry each theme.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { projectRoot } from '../../../core/config.ts';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput } from '../../../core/errors.ts';

const DEFAULTS = path.join(projectRoot, 'data', 'perception', 'themes.json');

export interface Theme {
  slug: string;
  name: string;
}

export async function listThemes(ctx: ServiceContext, gemeente: string): Promise<Theme[]> {
  let rows = await ctx.db
    .selectFrom('perception_themes')
    .select(['slug', 'name'])
    .where('gemeente_code', '=', gemeente)
    .orderBy('name')
    .execute();
  if (rows.length === 0) {
    const { themes } = JSON.parse(fs.readFileSync(DEFAULTS, 'utf8')) as { themes: Theme[] };
    await ctx.db
      .insertInto('perception_themes')
      .values(themes.map((t) => ({ ...t, gemeente_code: gemeente })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    rows = await ctx.db
      .selectFrom('perception_themes')
      .select(['slug', 'name'])
      .where('gemeente_code', '=', gemeente)
      .orderBy('name')
      .execute();
  }
  return rows;
}

export async function createTheme(ctx: ServiceContext, gemeente: string, t: Theme): Promise<Theme> {
  authorize(ctx, 'perception:moderate');
  await listThemes(ctx, gemeente);
  const r = await ctx.db
    .insertInto('perception_themes')
    .values({ ...t, gemeente_code: gemeente })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw conflict(`Theme '${t.slug}' already exists.`);
  return t;
}

export async function requireThemes(ctx: ServiceContext, gemeente: string, slugs: string[]): Promise<void> {
  const known = new Set((await listThemes(ctx, gemeente)).map((t) => t.slug));
  const unknown = slugs.filter((s) => !known.has(s));
  if (unknown.length) throw invalidInput(unknown.map((s) => ({ name: 'body.themes', reason: `unknown theme '${s}'` })));
}

export interface ThemeCount {
  areaCode: string;
  theme: string;
  name: string;
  stories: number;
}

/** Approved stories per theme per buurt or wijk in a year (a story with two themes counts for both). */
export async function themeCounts(
  ctx: ServiceContext,
  gemeente: string,
  q: { level: 'buurt' | 'wijk'; year: number; areaCode?: string },
): Promise<ThemeCount[]> {
  const themes = new Map((await listThemes(ctx, gemeente)).map((t) => [t.slug, t.name]));
  const col = q.level === 'wijk' ? 'wijk_code' : 'buurt_code';
  let query = ctx.db
    .selectFrom('pulse_stories')
    .select([col, 'themes'])
    .where('gemeente_code', '=', gemeente)
    .where('status', '=', 'approved')
    .where('year', '=', q.year);
  if (q.areaCode) query = query.where(col, '=', q.areaCode);
  const rows = await query.execute();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const area = (r as Record<string, unknown>)[col] as string | null;
    if (!area) continue;
    for (const t of r.themes as string[]) counts.set(`${area}|${t}`, (counts.get(`${area}|${t}`) ?? 0) + 1);
  }
  return [...counts]
    .map(([k, stories]) => {
      const [areaCode, theme] = k.split('|') as [string, string];
      return { areaCode, theme, name: themes.get(theme) ?? theme, stories };
    })
    .sort((a, b) => a.areaCode.localeCompare(b.areaCode) || b.stories - a.stories || a.theme.localeCompare(b.theme));
}

/** Approved stories of an area (buurt or wijk) in a year, newest first: only the redacted text. */
export async function approvedStories(ctx: ServiceContext, gemeente: string, areaCode: string, year: number, limit = 20) {
  const rows = await ctx.db
    .selectFrom('pulse_stories')
    .select(['id', 'buurt_code', 'text', 'themes', 'submitted_on'])
    .where('gemeente_code', '=', gemeente)
    .where('status', '=', 'approved')
    .where('year', '=', year)
    .where((eb) => eb.or([eb('buurt_code', '=', areaCode), eb('wijk_code', '=', areaCode), eb(sql.lit(areaCode), '=', gemeente)]))
    .orderBy('submitted_on', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    buurtCode: r.buurt_code,
    text: r.text,
    themes: r.themes as string[],
    month: r.submitted_on.slice(0, 7),
  }));
}
