#!/usr/bin/env node
// Compiles the server (src/ → dist/, scripts/server-build.mjs) when dist/ is missing or no longer
// matches src/; otherwise does nothing. Prints one line. Wired as `prestart` and `npm run build:server`.
// Usage: node scripts/ensure-server-build.mjs [--force]
import { buildNeeded, buildServer } from './server-build.mjs';

const reason = process.argv.includes('--force') ? 'forced' : buildNeeded();
if (!reason) {
  console.log('server: dist/ is up to date');
  process.exit(0);
}
const started = performance.now();
try {
  const files = await buildServer();
  console.log(`server: compiled ${files} files into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${reason})`);
} catch (error) {
  // The start still works from the sources (bin/stadsveilig.js falls back to tsx), only slower.
  console.error(
    `server: build failed (${reason}), starting from the TypeScript sources: ${error instanceof Error ? error.message : error}`,
  );
}
