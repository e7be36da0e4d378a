/**
 * One catalogue of problem types (src/core/errors.ts): no other file builds an AppError by hand,
 * and docs/API.md lists every type the catalogue (and the raw socket reply of the edge) can send.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.join(import.meta.dirname, '..', '..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p.split(path.sep).join('/')] : [];
  });
}

describe('error catalogue', () => {
  it('builds every AppError in src/core/errors.ts', () => {
    const byHand = sourceFiles('src').filter((f) => f !== 'src/core/errors.ts' && /new AppError\(|extends AppError\b/.test(read(f)));
    assert.deepEqual(byHand, [], 'use (or add) a function of src/core/errors.ts');
  });

  it('documents every problem type in docs/API.md', () => {
    const types = [...read('src/core/errors.ts').matchAll(/new AppError\(\s*\w+,\s*'([a-z-]+)'/g)].map((m) => m[1]!);
    // The edge writes replies to unreadable requests straight to the socket (framework-errors.ts).
    const raw = read('src/http/framework-errors.ts')
      .split('\n')
      .filter((l) => /^\s*type: `\$\{PROBLEM_TYPE_BASE\}/.test(l));
    assert.equal(raw.length, 1, 'the socket reply names its types on one line');
    types.push(...[...raw[0]!.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!));
    assert.ok(types.length >= 25, `found ${types.length} types`);
    const table = read('docs/API.md');
    const missing = [...new Set(types)].filter((t) => !table.includes(`| \`${t}\` |`));
    assert.deepEqual(missing, [], 'add these types to the table in docs/API.md');
  });
});
