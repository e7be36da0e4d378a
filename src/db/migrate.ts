/**
 * Numbered SQL migrations (`NNNN_name.sql` in ./migrations), applied in order, each in its own
 * transaction, under an advisory lock so two starting processes never race. A landed migration
 * is never edited: its checksum is stored and a changed file stops the start.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');
const LOCK_KEY = 5050_2026; // arbitrary, constant advisory-lock key for Stadsveilig migrations

export interface Migration {
  version: number;
  name: string;
  script: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const script = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number.parseInt(file.slice(0, 4), 10),
        name: file.slice(5, -4),
        script,
        checksum: createHash('sha256').update(script).digest('hex'),
      };
    });
}

export interface MigrateResult {
  applied: string[];
  current: number;
}

export async function migrate(database: Database, migrations = readMigrations()): Promise<MigrateResult> {
  return database.withAdvisoryLock(LOCK_KEY, async () => {
    await database.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = await database.db.selectFrom('schema_migrations').select(['version', 'checksum']).execute();
    const checksums = new Map(done.map((m) => [m.version, m.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const label = `${String(m.version).padStart(4, '0')}_${m.name}`;
      const prior = checksums.get(m.version);
      if (prior !== undefined) {
        if (prior !== m.checksum) {
          throw new Error(`Migration ${label} was changed after it was applied. Add a new migration instead.`);
        }
        continue;
      }
      await database.execScript(
        `${m.script}\n;INSERT INTO schema_migrations (version, name, checksum) ` + `VALUES (${m.version}, '${m.name}', '${m.checksum}');`,
      );
      applied.push(label);
    }
    const current = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    return { applied, current };
  });
}
