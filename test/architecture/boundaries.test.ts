/**
 * The house rules of docs/ARCHITECTURE.md, proved on every `npm test`:
 *  - the layering rules of .dependency-cruiser.cjs (dependency-cruiser over src/): modules below
 *    the edges, core/db at the floor, other modules only through their index.ts, no cycles
 *    between folders, analysis pure;
 *  - no module's SQL names another module's table (tables owned by each module's tables.ts).
 * Exceptions to a layering rule are listed below, each with its reason (at most five; none today).
 * There are none to the SQL rule: where one transaction spans modules, the owner exports a function.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PLATFORM_TABLES, tableOwners, tableUses } from './sql-owners.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');

interface Exception {
  rule: string;
  from: string;
  to: string;
  reason: string;
}

/** Accepted violations of a layering rule, each with its reason (at most five). None today. */
const EXCEPTIONS: Exception[] = [];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function cruise(): Violation[] {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
  const r = spawnSync(bin, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.ok(r.stdout, `dependency-cruiser printed nothing: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('house rules', () => {
  it('keeps the layering of .dependency-cruiser.cjs (dependency-cruiser over src/)', () => {
    const found = cruise().filter((v) => !EXCEPTIONS.some((e) => e.rule === v.rule.name && e.from === v.from && e.to === v.to));
    const lines = found.map(
      (v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
    );
    assert.deepEqual(lines, [], `\n${lines.join('\n')}`);
  });

  it('lists few exceptions, each with a reason, and each still needed', () => {
    assert.ok(EXCEPTIONS.length <= 5, 'at most five exceptions');
    for (const e of EXCEPTIONS) assert.ok(e.reason.length > 10, `${e.from}: give a reason`);
    const seen = cruise();
    for (const e of EXCEPTIONS)
      assert.ok(
        seen.some((v) => v.rule.name === e.rule && v.from === e.from && v.to === e.to),
        `exception no longer needed: ${e.from} → ${e.to}`,
      );
  });

  it("has no module SQL on another module's tables", () => {
    const owners = tableOwners();
    assert.ok(owners.size > 20, 'the owners of the tables are read from the tables.ts files');
    const uses = tableUses(new Set([...owners.keys(), ...PLATFORM_TABLES]));
    const foreign = uses.filter((u) => owners.has(u.table) && owners.get(u.table) !== u.module).map((u) => `${u.file} → ${u.table}`);
    assert.deepEqual(foreign, [], `SQL on another module's table (use that module's index.ts):\n${foreign.join('\n')}`);
  });

  it('finds SQL on a foreign table when there is some (the check has teeth)', () => {
    const owners = tableOwners();
    assert.equal(owners.get('signals'), 'signals');
    assert.equal(owners.get('users'), 'users');
    assert.ok(tableUses(new Set(owners.keys())).some((u) => u.module === 'signals' && u.table === 'signals'));
  });
});
