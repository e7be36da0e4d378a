/**
 * The content of every table an import can write, as row count + checksum (md5 over the rows' text
 * forms, order-independent), so a failed import can be shown to have changed nothing at all.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';

export const IMPORT_TABLES = [
  'municipalities',
  'area_vintages',
  'areas',
  'area_relations',
  'crime_types',
  'crime_counts',
  'incident_batches',
  'incident_quarantine',
  'incidents',
  'address_points',
  'signal_categories',
  'signals',
  'signal_history',
  'signal_counters',
  'perception_indicators',
  'survey_batches',
  'survey_results',
  'survey_quarantine',
] as const;

export type TableState = Record<string, { rows: number; md5: string }>;

export async function tableState(db: Db): Promise<TableState> {
  const out: TableState = {};
  for (const table of IMPORT_TABLES) {
    const r = await sql<{ n: number; md5: string | null }>`
      SELECT count(*)::int AS n, md5(string_agg(h, '' ORDER BY h)) AS md5 FROM (SELECT md5(t::text) AS h FROM ${sql.table(table)} t) s`.execute(
      db,
    );
    out[table] = { rows: Number(r.rows[0]!.n), md5: r.rows[0]!.md5 ?? '' };
  }
  return out;
}

/** The tables whose content differs, with their row counts before → after. */
export function changedTables(before: TableState, after: TableState): string[] {
  return IMPORT_TABLES.filter((t) => before[t]!.md5 !== after[t]!.md5).map((t) => `${t} (${before[t]!.rows} → ${after[t]!.rows} rows)`);
}
