/**
 * Whether the largest tables are keyed by gemeente_code first (so partitioning by municipality, or
 * a distributed PostgreSQL such as Citus with gemeente_code as distribution column, needs no module
 * change): per table its size, whether it has gemeente_code, its primary key, and whether that key
 * or at least one index starts with gemeente_code.
 */
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';

interface TableKeys {
  table: string;
  bytes: string;
  has_gemeente: boolean;
  pk: string | null;
  gemeente_index: boolean;
}

export async function keyReport(database: Database, largest = 12): Promise<string[]> {
  const r = await sql<TableKeys>`
    SELECT c.relname AS table,
           pg_total_relation_size(c.oid)::text AS bytes,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'gemeente_code' AND NOT a.attisdropped) AS has_gemeente,
           (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
              FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary) AS pk,
           EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
                    WHERE i.indrelid = c.oid AND a.attname = 'gemeente_code') AS gemeente_index
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname = 'public'
     ORDER BY pg_total_relation_size(c.oid) DESC
     LIMIT ${largest}`.execute(database.db);
  return r.rows.map((t) => {
    const first = t.pk?.split(', ')[0] === 'gemeente_code';
    const verdict = first
      ? 'key starts with gemeente_code'
      : t.has_gemeente
        ? `has gemeente_code, key (${t.pk ?? 'none'}) does not start with it${t.gemeente_index ? '; an index does' : ''}`
        : `no gemeente_code (key ${t.pk ?? 'none'})`;
    return `table ${t.table}: ${Math.round(Number(t.bytes) / 1048576)} MB; ${verdict}`;
  });
}
