#!/usr/bin/env node
// The importer fuzzer (test/fuzz/main.ts): generated bad files for every import command, run
// in-process against a fresh database of the engine of DATABASE_URL (embedded PGlite when unset).
// Usage: npm run fuzz [-- --seed N] [--cases N] [--importer NAME]… [--index I] [--no-targeted]
//   default: 10,000 cases, seed 20260101; prints counts per importer and outcome; exit 1 on a defect.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'fuzz', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
