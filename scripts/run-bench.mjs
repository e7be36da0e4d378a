#!/usr/bin/env node
// Runs every benchmark under bench/ (files *.bench.ts), one after another, with tsx.
// Usage: npm run bench [-- name-filter [arguments for the benchmark…]]
// e.g. `npm run bench -- incident-import 100000 --dry` (arguments go to every benchmark the filter picks).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const filter = process.argv[2] ?? '';
const rest = process.argv.slice(3);
const files = fs
  .readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`No benchmarks match '${filter}'.`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`, ...rest], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
