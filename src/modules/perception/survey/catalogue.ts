/**
 * The indicator catalogue (data/perception/indicators.json): codes, definitions, unit, direction
 * and source of every survey indicator, following the CBS Veiligheidsmonitor. The file is the
 * source of truth; `seedIndicatorCatalogue` upserts it on every start (idempotent).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../../core/config.ts';
import type { Db } from '../../../db/database.ts';
import { INDICATOR_THEMES } from '../tables.ts';

export const CATALOGUE_FILE = path.join(projectRoot, 'data', 'perception', 'indicators.json');

export const indicatorSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable indicator code, e.g. feels-unsafe-buurt'),
  theme: z
    .enum(INDICATOR_THEMES)
    .describe('Group: perception, avoidance, victimisation, social-nuisance, physical-decay, mark, crime-perception'),
  nameNl: z.string().min(1),
  nameEn: z.string().min(1),
  definition: z.string().min(1).describe('What the figure measures (population: residents aged 15+)'),
  unit: z.enum(['percent', 'mark', 'score']).describe('percent (0–100), mark (1–10 rapportcijfer) or score (CBS scale 0–10)'),
  direction: z.enum(['higher-is-worse', 'higher-is-better']),
  source: z.string().min(1),
  cbsLabel: z.string().nullable().optional().describe('The label CBS uses for the indicator in StatLine tables'),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const fileSchema = z.object({ description: z.string(), reference: z.string(), indicators: z.array(indicatorSchema).min(1) });

export function readCatalogue(file = CATALOGUE_FILE): Indicator[] {
  const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const codes = parsed.data.indicators.map((i) => i.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw new Error(`${file}: indicator code '${dup}' appears twice`);
  return parsed.data.indicators;
}

/** Upserts the catalogue; returns the number of indicators. */
export async function seedIndicatorCatalogue(db: Db, file = CATALOGUE_FILE): Promise<number> {
  const indicators = readCatalogue(file);
  const rows = indicators.map((i, n) => ({
    code: i.code,
    theme: i.theme,
    name_nl: i.nameNl,
    name_en: i.nameEn,
    definition: i.definition,
    unit: i.unit,
    direction: i.direction,
    source: i.source,
    cbs_label: i.cbsLabel ?? null,
    sort_order: n,
  }));
  await db
    .insertInto('perception_indicators')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        theme: eb.ref('excluded.theme'),
        name_nl: eb.ref('excluded.name_nl'),
        name_en: eb.ref('excluded.name_en'),
        definition: eb.ref('excluded.definition'),
        unit: eb.ref('excluded.unit'),
        direction: eb.ref('excluded.direction'),
        source: eb.ref('excluded.source'),
        cbs_label: eb.ref('excluded.cbs_label'),
        sort_order: eb.ref('excluded.sort_order'),
      })),
    )
    .execute();
  return rows.length;
}

/** The catalogue as stored, in catalogue order; seeds it first when the table is empty. */
export async function loadIndicators(db: Db): Promise<Indicator[]> {
  let rows = await db.selectFrom('perception_indicators').selectAll().orderBy('sort_order').execute();
  if (rows.length === 0) {
    await seedIndicatorCatalogue(db);
    rows = await db.selectFrom('perception_indicators').selectAll().orderBy('sort_order').execute();
  }
  return rows.map((r) => ({
    code: r.code,
    theme: r.theme,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    definition: r.definition,
    unit: r.unit,
    direction: r.direction,
    source: r.source,
    cbsLabel: r.cbs_label,
  }));
}
