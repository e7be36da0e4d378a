/**
 * `stadsveilig import signals FILE --mapping mapping.json`: reports exported from another system
 * (CSV or JSON array) with id, created time, category/subcategory, lat/lon, optional address and
 * status. The mapping names the source fields and maps source categories ('main/sub' or 'main/*')
 * and statuses onto ours. Re-importing the same file adds nothing (source + source id are unique).
 * All-or-nothing: the file and every row are checked first (import-rows.ts); any bad row rejects
 * the file with every problem listed (file:line column: reason) and nothing is stored.
 * A point outside the municipality (outside every buurt of the newest indeling) is such a bad row,
 * as an incident's is; a report given only as an address, or imported before any areas are loaded,
 * is kept without buurt (counted in `withoutBuurt`, and left out of the analysis views).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { AppError, invalidInput } from '../../../core/errors.ts';
import { importRejected, type RowProblem } from '../../../core/import-report.ts';
import { invalidFile } from '../../../core/import-text.ts';
import { ownValue } from '../../../core/own-value.ts';
import { loadCategories } from '../config/categories.ts';
import { readSignalRows, SignalRowChecker, type CheckedSignalRow } from './import-rows.ts';
import { cachedLocator, resolvePlace, type ResolvedPlace } from '../records/location.ts';
import { hashToken, newToken, nextSignalNumber } from '../records/tokens.ts';
import { SIGNAL_STATUSES, type SignalStatus } from '../tables.ts';
import { isClosed } from '../records/workflow.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';

const field = z.string().min(1).nullable().optional();
export const mappingSchema = z.object({
  source: z
    .string()
    .regex(/^[a-z0-9-]{1,50}$/)
    .describe('Name of the source system, e.g. assen-signalen'),
  format: z.enum(['json', 'csv']).optional(),
  fields: z.object({
    id: z.string().min(1),
    createdAt: z.string().min(1),
    category: z.string().min(1),
    subcategory: field,
    lat: field,
    lon: field,
    x: field,
    y: field,
    address: field,
    status: field,
    description: field,
  }),
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
  rejected: Array<{ line: number; reason: string }>;
}

/** Every row of the file checked (import-rows.ts); any problem rejects the file before anything is stored. */
function readRows(file: string, format: 'json' | 'csv', mapping: SignalMapping): CheckedSignalRow[] {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw invalidFile(name, null, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const rows = readSignalRows(name, bytes, format);
  const checker = new SignalRowChecker(mapping.fields);
  const problems: RowProblem[] = [];
  const checked = rows.map((r) => checker.check(r, problems));
  const bad = checked.filter((r) => r === null).length;
  if (bad) throw rejected(name, problems, bad);
  return checked as CheckedSignalRow[];
}

function rejected(file: string, problems: RowProblem[], badRows: number): AppError {
  return importRejected(file, problems, badRows, { outcome: 'nothing was stored', advice: 'Fix them and import again.' });
}

function mapCategory(m: SignalMapping, main: string, sub: string | undefined): string {
  const c = (key: string) => ownValue(m.categories, key);
  return (sub && c(`${main}/${sub}`)) || c(`${main}/*`) || c(main) || m.defaultCategory;
}

export async function importSignals(ctx: ServiceContext, gemeente: string, file: string, mapping: SignalMapping): Promise<ImportReport> {
  authorize(ctx, 'signals:import');
  const format = mapping.format ?? (path.extname(file).toLowerCase() === '.csv' ? 'csv' : 'json');
  const rows = readRows(file, format, mapping);
  const cats = new Map((await loadCategories(ctx.db, gemeente)).filter((c) => c.parent_slug !== null).map((c) => [c.slug, c]));
  if (!cats.has(mapping.defaultCategory))
    throw invalidInput([{ name: 'mapping.defaultCategory', reason: `'${mapping.defaultCategory}' is not a sub-category` }]);
  const existing = new Set(
    (
      await ctx.db
        .selectFrom('signals')
        .select('source_id')
        .where('gemeente_code', '=', gemeente)
        .where('source', '=', 'import')
        .where('source_id', 'like', `${mapping.source}:%`)
        .execute()
    ).map((r) => r.source_id),
  );
  const report: ImportReport = { rowsRead: rows.length, inserted: 0, alreadyPresent: 0, withoutBuurt: 0, rejected: [] };
  const locator = await cachedLocator(ctx, gemeente);
  const actor = actorLabel(ctx.actor);
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const { line, id, created, point } = row;
      const sourceId = `${mapping.source}:${id}`;
      if (existing.has(sourceId)) {
        report.alreadyPresent += 1;
        continue;
      }
      const category = cats.get(mapCategory(mapping, row.category, row.subcategory)) ?? cats.get(mapping.defaultCategory)!;
      const rawStatus = row.status;
      const status: SignalStatus = (rawStatus && ownValue(mapping.statuses, rawStatus)) || mapping.defaultStatus;
      let place: ResolvedPlace;
      try {
        place = await resolvePlace(ctx, gemeente, { point, addressText: row.address }, false, locator);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        report.rejected.push({ line, reason: err.errors.map((e) => e.reason).join('; ') || err.message });
        continue;
      }
      if (point && locator && !place.buurtCode) {
        report.rejected.push({
          line,
          reason: `the point (${place.lat}, ${place.lon}) lies outside ${gemeente} (outside every buurt of the ${locator.year} indeling)`,
        });
        continue;
      }
      if (!place.buurtCode) report.withoutBuurt += 1;
      const signalId = randomUUID();
      const number = await nextSignalNumber(trx, gemeente, Number(amsterdamDate(created).slice(0, 4)));
      await trx
        .insertInto('signals')
        .values({
          gemeente_code: gemeente,
          id: signalId,
          number,
          tracking_token_hash: hashToken(newToken()),
          category_slug: category.slug,
          suggested_category: null,
          description: row.description ?? '',
          status,
          lat: place.lat,
          lon: place.lon,
          x: place.x,
          y: place.y,
          address_text: place.addressText,
          area_year: place.areaYear,
          buurt_code: place.buurtCode,
          wijk_code: place.wijkCode,
          source: 'import',
          source_id: sourceId,
          department: category.department,
          deadline: addWorkingDays(amsterdamDate(created), category.handling_days),
          created_at: created,
          updated_at: created,
          closed_at: isClosed(status) ? created : null,
        })
        .execute();
      await trx
        .insertInto('signal_history')
        .values({ signal_id: signalId, actor, kind: 'created', to_status: status, text: `Geïmporteerd uit ${mapping.source}`, at: created })
        .execute();
      existing.add(sourceId);
      report.inserted += 1;
    }
    if (report.rejected.length) {
      throw rejected(
        path.basename(file),
        report.rejected.map((r) => ({ line: r.line, column: mapping.fields.lat ?? mapping.fields.x ?? 'place', reason: r.reason })),
        report.rejected.length,
      );
    }
  });
  return report;
}
