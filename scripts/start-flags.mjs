// The Node.js flags of `npm start` (package.json's start script), so benchmarks and end-to-end tests
// start the server exactly as `npm start` does. The flags keep a warm server small (docs/OPERATIONS.md,
// "Memory"): V8's young generation at 4 MB per semi-space instead of 16 MB, and WebAssembly (the
// embedded PGlite) compiled function by function on first call instead of all at start.
import fs from 'node:fs';
import path from 'node:path';

const pkg = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8'));

/** The `--…` arguments between `node` and `bin/stadsveilig.js` in the start script. */
export const START_NODE_FLAGS = pkg.scripts.start
  .split(/\s+/)
  .slice(1)
  .filter((arg, i, all) => arg.startsWith('--') && all.slice(0, i).every((a) => a.startsWith('--')));
