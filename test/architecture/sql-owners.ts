/**
 * Which module owns which table (from each module's `tables.ts`), and which tables each module's
 * SQL names (Kysely table arguments and raw SQL in its source files). For the boundary test.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MODULES_DIR = path.join(import.meta.dirname, '..', '..', 'src', 'modules');

/** Tables of db/ itself (schema.ts CoreTables), which every module may read. */
export const PLATFORM_TABLES = new Set(['schema_migrations', 'instance_settings', 'municipalities']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

export function moduleNames(): string[] {
  return fs
    .readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

/** table → owning module, read from the `interface …Tables { name: {` blocks of each tables.ts. */
export function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const m of moduleNames()) {
    for (const file of sourceFiles(path.join(MODULES_DIR, m)).filter((f) => path.basename(f) === 'tables.ts')) {
      const text = fs.readFileSync(file, 'utf8');
      for (const block of text.matchAll(/export interface \w+Tables(?: extends [\w, ]+)? \{([\s\S]*?)\n\}/g)) {
        for (const t of block[1]!.matchAll(/^ {2}(\w+): \{/gm)) owners.set(t[1]!, m);
      }
    }
  }
  return owners;
}

const KYSELY = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|using)\(\s*['"`](\w+)/g;
const KYSELY_ARRAY = /\bselectFrom\(\s*\[([^\]]*)\]/g;
/** Raw SQL: template literals tagged sql`…` and quoted strings passed to query()/exec(). */
const RAW_BLOCK = /\bsql(?:\.raw)?(?:<[^`]*?>)?\s*`([^`]*)`|\.(?:query|exec)\(\s*(['"`])([\s\S]*?)\2/g;
const RAW = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?"?(\w+)"?/gi;

export interface TableUse {
  module: string;
  file: string;
  table: string;
}

/** Every table name used in a module's SQL (owned tables included). */
export function tableUses(known: Set<string>): TableUse[] {
  const uses: TableUse[] = [];
  for (const m of moduleNames()) {
    for (const file of sourceFiles(path.join(MODULES_DIR, m))) {
      const text = fs.readFileSync(file, 'utf8');
      const names = new Set<string>();
      for (const r of text.matchAll(KYSELY)) names.add(r[1]!);
      for (const r of text.matchAll(KYSELY_ARRAY)) for (const t of r[1]!.matchAll(/['"](\w+)/g)) names.add(t[1]!);
      for (const b of text.matchAll(RAW_BLOCK)) for (const r of (b[1] ?? b[3] ?? '').matchAll(RAW)) if (known.has(r[1]!)) names.add(r[1]!);
      for (const table of names)
        if (known.has(table)) uses.push({ module: m, file: path.relative(MODULES_DIR, file).split(path.sep).join('/'), table });
    }
  }
  return uses;
}
