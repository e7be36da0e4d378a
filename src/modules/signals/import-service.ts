/**
 * `stadsveilig import signals FILE --mapping mapping.json`: reports exported from another system
 * (CSV or JSON array) with id, created time, category/subcategory, lat/lon, optional address and
 * status. The mapping names the source fields and maps source categories ('main/sub' or 'main/*')
 * and statuses onto ours. Re-importing the same file adds nothing (source + source id are unique).
 * A point outside the municipality (outside every buurt of the newest indeling) is rejected, like an
 * incident's, and counted in `outsideMunicipality`; a report given only as an address, or imported
 * before any areas are loaded, is kept without buurt (and left out of the analysis views).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { loadCategories } from './categories.ts';
import { cachedLocator, resolvePlace } from './location.ts';
import { hashToken, newToken, nextSignalNumber } from './tokens.ts';
import { SIGNAL_STATUSES, type SignalStatus } from './tables.ts';
import { isClosed } from './workflow.ts';
import { addWorkingDays, amsterdamDate } from './working-days.ts';

const field = z.string().min(1).nullable().optional();
export const mappingSchema = z.object({
  source: z.string().regex(/^[a-z0-9-]{1,50}$/).describe('Name of the source system, e.g. assen-signalen'),
  format: z.enum(['json', 'csv']).optional(),
  fields: z.object({ id: z.string().min(1), createdAt: z.string().min(1), category: z.string().min(1), subcategory: field, lat: field, lon: field, x: field, y: field, address: field, status: field, description: field }),
  categories: z.record(z.string(), z.string()),
  defaultCategory: z.string(),
  statuses: z.record(z.string(), z.enum(SIGNAL_STATUSES)).optional(),
  defaultStatus: z.enum(SIGNAL_STATUSES).default('done'),
});
export type SignalMapping = z.infer<typeof mappingSchema>;

export interface ImportReport {
  rowsRead: number;
  inserted: number;
  alreadyPresent: number;
  withoutBuurt: number;
  /** Rows refused because their point lies outside the municipality (also listed in `rejected`). */
  outsideMunicipality: number;
  rejected: Array<{ line: number; reason: string }>;
}

function readRows(file: string, format: 'json' | 'csv'): Array<Record<string, unknown>> {
  const text = fs.readFileSync(file, 'utf8');
  if (format === 'json') {
    const data = JSON.parse(text) as unknown;
    if (!Array.isArray(data)) throw invalidInput([{ name: 'file', reason: 'a JSON import file must hold an array of objects' }]);
    return data as Array<Record<string, unknown>>;
  }
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, delimiter: text.split('\n')[0]!.includes(';') ? ';' : ',' }) as Array<Record<string, unknown>>;
}

const str = (row: Record<string, unknown>, key: string | null | undefined) => {
  if (!key) return undefined;
  const v = row[key];
  return v === null || v === undefined || v === '' ? undefined : String(v);
};

function mapCategory(m: SignalMapping, main: string, sub: string | undefined): string {
  return (sub && m.categories[`${main}/${sub}`]) || m.categories[`${main}/*`] || m.categories[main] || m.defaultCategory;
}

export async function importSignals(ctx: ServiceContext, gemeente: string, file: string, mapping: SignalMapping): Promise<ImportReport> {
  authorize(ctx, 'signals:import');
  const format = mapping.format ?? (path.extname(file).toLowerCase() === '.csv' ? 'csv' : 'json');
  const rows = readRows(file, format);
  const cats = new Map((await loadCategories(ctx.db, gemeente)).filter((c) => c.parent_slug !== null).map((c) => [c.slug, c]));
  if (!cats.has(mapping.defaultCategory)) throw invalidInput([{ name: 'mapping.defaultCategory', reason: `'${mapping.defaultCategory}' is not a sub-category` }]);
  const existing = new Set((await ctx.db.selectFrom('signals').select('source_id').where('gemeente_code', '=', gemeente).where('source', '=', 'import')
    .where('source_id', 'like', `${mapping.source}:%`).execute()).map((r) => r.source_id));
  const report: ImportReport = { rowsRead: rows.length, inserted: 0, alreadyPresent: 0, withoutBuurt: 0, outsideMunicipality: 0, rejected: [] };
  const f = mapping.fields;
  const locator = await cachedLocator(ctx, gemeente);
  const actor = actorLabel(ctx.actor);
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, row] of rows.entries()) {
      const line = format === 'csv' ? i + 2 : i + 1;
      const id = str(row, f.id);
      const created = new Date(str(row, f.createdAt) ?? '');
      if (!id || Number.isNaN(created.getTime())) { report.rejected.push({ line, reason: 'missing id or created time' }); continue; }
      const sourceId = `${mapping.source}:${id}`;
      if (existing.has(sourceId)) { report.alreadyPresent += 1; continue; }
      const lat = Number(str(row, f.lat));
      const lon = Number(str(row, f.lon));
      const x = Number(str(row, f.x));
      const y = Number(str(row, f.y));
      const point = Number.isFinite(lat) && Number.isFinite(lon) && str(row, f.lat) ? { lat, lon } : Number.isFinite(x) && Number.isFinite(y) && str(row, f.x) ? { x, y } : undefined;
      const category = cats.get(mapCategory(mapping, str(row, f.category) ?? '', str(row, f.subcategory))) ?? cats.get(mapping.defaultCategory)!;
      const rawStatus = str(row, f.status);
      const status: SignalStatus = (rawStatus && mapping.statuses?.[rawStatus]) || mapping.defaultStatus;
      let place;
      try {
        place = await resolvePlace(ctx, gemeente, { point, addressText: str(row, f.address) }, false, locator);
      } catch (err) {
        report.rejected.push({ line, reason: err instanceof Error ? `${err.message} ${JSON.stringify((err as { errors?: unknown }).errors ?? '')}` : String(err) });
        continue;
      }
      if (point && locator && !place.buurtCode) {
        report.outsideMunicipality += 1;
        report.rejected.push({ line, reason: `the point (${place.lat}, ${place.lon}) lies outside ${gemeente} (outside every buurt of the ${locator.year} indeling)` });
        continue;
      }
      if (!place.buurtCode) report.withoutBuurt += 1;
      const signalId = randomUUID();
      const number = await nextSignalNumber(trx, gemeente, Number(amsterdamDate(created).slice(0, 4)));
      await trx.insertInto('signals').values({
        gemeente_code: gemeente, id: signalId, number, tracking_token_hash: hashToken(newToken()), category_slug: category.slug, suggested_category: null,
        description: str(row, f.description) ?? '', status, lat: place.lat, lon: place.lon, x: place.x, y: place.y, address_text: place.addressText,
        area_year: place.areaYear, buurt_code: place.buurtCode, wijk_code: place.wijkCode, source: 'import', source_id: sourceId, department: category.department,
        deadline: addWorkingDays(amsterdamDate(created), category.handling_days), created_at: created, updated_at: created, closed_at: isClosed(status) ? created : null,
      }).execute();
      await trx.insertInto('signal_history').values({ signal_id: signalId, actor, kind: 'created', to_status: status, text: `Geïmporteerd uit ${mapping.source}`, at: created }).execute();
      existing.add(sourceId);
      report.inserted += 1;
    }
  });
  return report;
}
