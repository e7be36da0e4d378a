// The compiled server: src/ → dist/ (plain JavaScript, one file per source file), so a start does
// not compile TypeScript. Used by scripts/ensure-server-build.mjs (`npm start`) and bin/stadsveilig.js.
//
// - dist/ mirrors src/ at the same depth, so paths taken from import.meta (projectRoot in
//   core/config.ts, db/migrate.ts's migrations folder, worker-thread URLs) mean the same there.
// - Every file is transpiled on its own by esbuild (it ships with tsx, a runtime dependency, so a
//   production install can build); relative imports of `.ts` files are rewritten to `.js`.
// - Worker entries (`*.mjs`) only register tsx's loader before importing TypeScript; compiled,
//   they need no loader, so `tsx/esm/api` becomes a no-op there.
// - Other files under src/ (SQL migrations, …) are copied; tests and READMEs are left out.
// - dist/.source-hash holds the SHA-256 of every source file (path and content) it was built from;
//   the build is used only while that still matches src/ (≈ 5 ms to check), never when stale.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SRC_DIR = path.join(ROOT, 'src');
export const DIST_DIR = path.join(ROOT, 'dist');
/** The compiled `stadsveilig` command (exports runCli, like src/cli/main.ts). */
export const CLI_ENTRY = path.join(DIST_DIR, 'cli', 'main.js');
const HASH_FILE = '.source-hash';

const isTest = (file) => file.endsWith('.test.ts');

function sourceFiles(dir = SRC_DIR) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) return sourceFiles(p);
      return isTest(d.name) ? [] : [p];
    })
    .sort();
}

/** SHA-256 over the path and content of every source file, and of this build script itself. */
export function sourceHash(files = sourceFiles()) {
  const hash = crypto.createHash('sha256');
  for (const file of [...files, import.meta.filename]) {
    hash.update(`${path.relative(ROOT, file)}\0`);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** Why the build must be (re)made, or null when it matches src/. */
export function buildNeeded(outDir = DIST_DIR) {
  const hashFile = path.join(outDir, HASH_FILE);
  if (!fs.existsSync(hashFile) || !fs.existsSync(path.join(outDir, 'cli', 'main.js'))) return 'no build yet';
  return fs.readFileSync(hashFile, 'utf8').trim() === sourceHash() ? null : 'sources changed';
}

/** esbuild as tsx ships it (tsx is a runtime dependency; esbuild is not a direct one). */
function loadEsbuild() {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return fromTsx('esbuild');
}

/** Keeps every import external; relative `.ts` imports point at the compiled `.js` file. */
const oneFilePerSource = {
  name: 'one-file-per-source',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.path === 'tsx/esm/api' && args.importer.endsWith('.mjs')) return { path: 'no-loader', namespace: 'no-loader' };
      const relative = args.path.startsWith('./') || args.path.startsWith('../');
      return { path: relative ? args.path.replace(/\.ts$/, '.js') : args.path, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'no-loader' }, () => ({
      contents: 'export function register() {} // compiled code needs no TypeScript loader',
    }));
  },
};

/**
 * Compiles src/ into a fresh dist/ (or `outDir`, which must lie directly under the project root
 * like src/). Written to a staging folder first and then swapped in, so no process starts from
 * half a build. Returns the number of source files.
 */
export async function buildServer(outDir = DIST_DIR) {
  if (path.dirname(outDir) !== ROOT) throw new Error(`${outDir}: the build must lie directly under ${ROOT}, like src/`);
  const esbuild = loadEsbuild();
  const files = sourceFiles();
  const hash = sourceHash(files);
  const staging = `${outDir}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const common = {
    outdir: staging,
    outbase: SRC_DIR,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [oneFilePerSource],
    logLevel: 'error',
  };
  try {
    await esbuild.build({ ...common, entryPoints: files.filter((f) => f.endsWith('.ts')) });
    await esbuild.build({ ...common, entryPoints: files.filter((f) => f.endsWith('.mjs')), outExtension: { '.js': '.mjs' } });
    for (const file of files.filter((f) => !/\.(ts|mjs|md)$/.test(f))) {
      const target = path.join(staging, path.relative(SRC_DIR, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
    fs.writeFileSync(path.join(staging, HASH_FILE), `${hash}\n`);
    const old = `${outDir}.old-${process.pid}`;
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
    fs.renameSync(staging, outDir);
    fs.rmSync(old, { recursive: true, force: true });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return files.length;
}
