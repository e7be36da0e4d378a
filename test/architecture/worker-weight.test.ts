/**
 * The incident import's worker threads parse and check CSV chunks: they must load no database
 * engine, no HTTP and no CLI code (each worker would pay for it in start-up time and memory). They
 * reach areas and geocoder through those modules' index.ts, which therefore stays free of routes,
 * commands and engines (module.ts holds routes and commands; db/database-types.ts the types).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEAVY = ['@electric-sql/pglite', 'pg', 'pg-copy-streams', 'fastify', 'commander', 'sql.js', 'playwright-core'];

function packagesLoadedBy(file: string): Set<string> {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      path.join(ROOT, 'test/architecture/support/log-packages.mjs'),
      '--import',
      'tsx',
      '-e',
      `await import(${JSON.stringify(file)})`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  assert.equal(r.status, 0, r.stderr);
  return new Set([...r.stderr.matchAll(/^PKG (.+)$/gm)].map((m) => m[1] ?? ''));
}

test('the import worker code loads no database engine, HTTP or CLI package', () => {
  const loaded = packagesLoadedBy(path.join(ROOT, 'src/modules/incidents/import/parallel/chunk-parse.ts'));
  assert.ok(loaded.has('csv-parse'), 'the probe sees the packages the worker code loads');
  assert.deepEqual(
    HEAVY.filter((p) => loaded.has(p)),
    [],
  );
});

test('the analysis views worker code (statistics and table jobs) loads no database engine, HTTP or CLI package', () => {
  for (const file of ['src/modules/analysis-views/worker/table-jobs.ts', 'src/modules/analysis-views/worker/jobs.ts']) {
    const loaded = packagesLoadedBy(path.join(ROOT, file));
    assert.ok(loaded.has('tsx'), 'the probe sees the packages the worker code loads');
    assert.deepEqual(
      HEAVY.filter((p) => loaded.has(p)),
      [],
      file,
    );
  }
});

test('the probe notices a heavy package', () => {
  const loaded = packagesLoadedBy(path.join(ROOT, 'src/db/database.ts'));
  assert.ok(loaded.has('@electric-sql/pglite') && loaded.has('pg'));
});
