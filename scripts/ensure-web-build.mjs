#!/usr/bin/env node
// Builds the web app (web/ → web/dist) with Vite when web/dist/index.html is missing or older than
// any file under web/ (dist excluded), or the build has no compressed copies yet (a build from
// before they were added; the Vite config writes them, scripts/precompress.mjs); otherwise does
// nothing. Prints one line. Wired as `prestart`.
// Usage: node scripts/ensure-web-build.mjs [--force]
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const webDir = path.join(root, 'web');
const distIndex = path.join(webDir, 'dist', 'index.html');
const SKIP = new Set(['dist', 'node_modules', '.vite']);

/** The newest modification time of any file under dir, skipping build output. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function reasonToBuild() {
  if (process.argv.includes('--force')) return 'forced';
  if (!fs.existsSync(distIndex)) return 'no build yet';
  if (!fs.existsSync(`${distIndex}.br`)) return 'no compressed files';
  return newestMtime(webDir) > fs.statSync(distIndex).mtimeMs ? 'sources changed' : null;
}

const reason = reasonToBuild();
if (!reason) {
  console.log('web: web/dist is up to date');
  process.exit(0);
}

let build;
try {
  ({ build } = await import('vite'));
} catch {
  // Production installs without devDependencies cannot build; the server then serves the old build or none.
  console.log(`web: build needed (${reason}) but Vite is not installed; run "npm install" and "npm run build"`);
  process.exit(0);
}

// The test runner sets NODE_ENV=test, which would make Vite bundle React's development build.
process.env.NODE_ENV = 'production';
const started = performance.now();
try {
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'error' });
} catch (error) {
  console.error(`web: build failed (${reason}): ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
console.log(`web: built web/dist in ${((performance.now() - started) / 1000).toFixed(1)} s (${reason})`);
