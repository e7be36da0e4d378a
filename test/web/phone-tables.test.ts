/**
 * Every `.inbox-table` carries the `labelCells` ref (web/src/ui/cell-labels.ts): on phones its heading
 * row is hidden, so a table without it shows bare values. Catches the next table that forgets it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const WEB_SRC = path.resolve(import.meta.dirname, '../../web/src');

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsxFiles(full) : e.name.endsWith('.tsx') ? [full] : [];
  });
}

describe('tables on phones', () => {
  it('every inbox-table labels its cells with the column headings', () => {
    const tables = tsxFiles(WEB_SRC).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/<table\b[^>]*className="inbox-table[^"]*"[^>]*>/g)].map((m) => ({ file, tag: m[0] })),
    );
    assert.ok(tables.length >= 8, `found only ${tables.length} inbox tables; did the class name change?`);
    const bare = tables.filter((t) => !t.tag.includes('ref={labelCells}')).map((t) => `${path.relative(WEB_SRC, t.file)}: ${t.tag}`);
    assert.deepEqual(bare, [], 'add ref={labelCells} (web/src/ui/cell-labels.ts) to these tables');
  });
});
