/**
 * The layering of the web app (web/.dependency-cruiser.cjs), proved on every `npm test`:
 * ui/ (the shared toolkit) knows no page, a page reaches another page only through its paths.ts,
 * api/ is the floor, no import cycle leaves a folder. Every page lives under pages/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SRC = path.join(ROOT, 'web', 'src');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function cruise(): { violations: Violation[]; modules: number } {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
  const r = spawnSync(bin, ['web/src', '--config', 'web/.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.ok(r.stdout, `dependency-cruiser printed nothing: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: out.summary.violations, modules: out.summary.totalCruised };
}

describe('web app structure', () => {
  it('keeps the layering of web/.dependency-cruiser.cjs', () => {
    const { violations, modules } = cruise();
    assert.ok(modules > 100, `the web sources were cruised (${modules} files)`);
    const lines = violations.map(
      (v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
    );
    assert.deepEqual(lines, [], `\n${lines.join('\n')}`);
  });

  it('keeps every page under pages/ and the shared parts in ui/', () => {
    const top = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    assert.deepEqual(top, ['api', 'auth', 'i18n', 'pages', 'shell', 'ui']);
    assert.ok(fs.existsSync(path.join(SRC, 'pages', 'map', 'MapPage.tsx')), 'the Kaart page is in pages/map');
  });
});
