#!/usr/bin/env node
// Runs the test suite with Node's test runner (TypeScript through tsx).
// Usage: node scripts/run-tests.mjs [--unit] [--e2e] [files...]
//   default: every *.test.ts under src/, test/ and bench/ (browser tests under test/e2e/ included).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const unitOnly = args.includes('--unit');
const e2eOnly = args.includes('--e2e');

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : walk(p);
    return d.name.endsWith('.test.ts') ? [p] : [];
  });
}

let files = only.length ? only : ['src', 'test', 'bench'].flatMap(walk).sort();
if (unitOnly) files = files.filter((f) => !f.includes(`test${path.sep}e2e`));
if (e2eOnly) files = files.filter((f) => f.includes(`test${path.sep}e2e`));
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}

const engine = process.env.DATABASE_URL ? 'postgres' : 'embedded';
console.log(`Running ${files.length} test files against the ${engine} database.`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`, ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
