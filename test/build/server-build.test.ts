/**
 * The compiled server (scripts/server-build.mjs, run by `npm start`): plain JavaScript that needs no
 * TypeScript loader, finds its migrations, data files and worker threads like the sources do, and
 * is used only while it matches src/. Built into a folder of its own (not dist/), so processes
 * other tests start are not affected.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ROOT, SRC_DIR, buildNeeded, buildServer } from '../../scripts/server-build.mjs';
import { projectRoot } from '../../src/core/config.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

const OUT = path.join(ROOT, `.dist-test-${process.pid}`);

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

const compiled = () => filesUnder(OUT).filter((f) => /\.m?js$/.test(f));
/** Relative module specifiers and `new URL('./…', import.meta.url)` targets in a compiled file. */
function relativeTargets(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)"(\.\.?\/[^"]+)"/g)].map((m) => m[1]!);
  return specifiers;
}

/** Runs `stadsveilig <args>` from the build in a child process. */
function runCompiledCli(args: string[], env: NodeJS.ProcessEnv) {
  const main = pathToFileURL(path.join(OUT, 'cli', 'main.js')).href;
  const script = `const { runCli } = await import(${JSON.stringify(main)}); await runCli(['node', 'stadsveilig', ...process.argv.slice(1)]);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

describe('compiled server', () => {
  before(async () => {
    await buildServer(OUT);
  });
  after(() => fs.rmSync(OUT, { recursive: true, force: true }));

  it('compiles every source file into plain JavaScript that imports no TypeScript', () => {
    const sources = filesUnder(SRC_DIR).filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith('.test.ts'));
    const missing = sources.map((f) => path.join(OUT, path.relative(SRC_DIR, f)).replace(/\.ts$/, '.js')).filter((f) => !fs.existsSync(f));
    assert.deepEqual(missing, []);
    assert.ok(fs.existsSync(path.join(OUT, 'db', 'migrations', '0001_foundation.sql')), 'the migrations are copied');
    for (const file of compiled()) {
      const text = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from\s*"tsx|import\("tsx/, `${file} loads tsx`);
      for (const target of relativeTargets(file)) {
        assert.doesNotMatch(target, /\.ts$/, `${file} imports ${target}`);
        assert.ok(fs.existsSync(path.resolve(path.dirname(file), target)), `${file}: ${target} is not in the build`);
      }
    }
  });

  it('finds the project root (data files) like the sources', async () => {
    const config = (await import(pathToFileURL(path.join(OUT, 'core', 'config.js')).href)) as { projectRoot: string };
    assert.equal(config.projectRoot, projectRoot);
  });

  it('runs the CLI: `migrate` finds the migrations', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-build-'));
    const fresh = await freshDatabaseUrl();
    try {
      const env = { ...process.env, STADSVEILIG_DATA_DIR: dataDir, DATABASE_URL: fresh?.url };
      if (!fresh) delete env.DATABASE_URL;
      const r = runCompiledCli(['migrate'], env);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Applied 0001_foundation, .*; schema at version/);
    } finally {
      await fresh?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('starts every worker thread from the build without a TypeScript loader', async () => {
    const entries = compiled().flatMap((f) =>
      relativeTargets(f)
        .filter((t) => t.endsWith('.mjs'))
        .map((t) => path.resolve(path.dirname(f), t)),
    );
    assert.ok(entries.length >= 2, `worker entries: ${entries.join(', ')}`);
    for (const entry of entries) {
      // A message is answered (even with an error for a job it cannot read) once the worker's code
      // is loaded; a worker that needs start data may instead throw from its own code while
      // starting. Either shows that the whole worker loaded; a module not found or not parsed does not.
      const worker = new Worker(pathToFileURL(entry));
      const outcome = await new Promise<{ message?: unknown; error?: Error }>((resolve) => {
        worker.once('message', (message) => resolve({ message }));
        worker.once('error', (error) => resolve({ error }));
        worker.postMessage({});
      });
      await worker.terminate();
      const { error } = outcome;
      const thrownByOwnCode = String(error?.stack)
        .split('\n')
        .some((line) => line.trim().startsWith('at ') && line.includes(OUT));
      const loaded = outcome.message !== undefined || (thrownByOwnCode && !(error instanceof SyntaxError));
      assert.ok(loaded, `${entry}: ${error?.stack}`);
    }
  });

  it('is used only while it matches the sources', () => {
    assert.equal(buildNeeded(OUT), null);
    const hashFile = path.join(OUT, '.source-hash');
    const hash = fs.readFileSync(hashFile, 'utf8');
    fs.writeFileSync(hashFile, `${'0'.repeat(64)}\n`);
    assert.equal(buildNeeded(OUT), 'sources changed');
    fs.rmSync(hashFile);
    assert.equal(buildNeeded(OUT), 'no build yet');
    fs.writeFileSync(hashFile, hash);
    assert.equal(buildNeeded(OUT), null);
  });
});
