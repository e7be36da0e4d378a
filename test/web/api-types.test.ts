/**
 * The web app's API types (web/src/api/openapi.ts and its parts in web/src/api/openapi/) are
 * generated from the OpenAPI document the server publishes; this fails when a route's schema changed
 * and the committed files did not follow, and when a part is over the house's 400 lines.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { API_TYPES_DIR, API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.ts';

function committedFiles(): Map<string, string> {
  const files = new Map([['openapi.ts', fs.readFileSync(API_TYPES_FILE, 'utf8')]]);
  for (const name of fs.readdirSync(API_TYPES_DIR).sort())
    files.set(`openapi/${name}`, fs.readFileSync(path.join(API_TYPES_DIR, name), 'utf8'));
  return files;
}

describe('generated web API types', () => {
  it('match /api/v1/openapi.json (run `npm run api-types` when this fails)', async () => {
    const committed = committedFiles();
    const fresh = await generateApiTypes();
    assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort(), 'the same files (run `npm run api-types`)');
    for (const [name, text] of fresh) {
      const before = committed.get(name) ?? '';
      if (before === text) continue;
      const a = before.split('\n');
      const b = text.split('\n');
      const line = a.findIndex((t, i) => t !== b[i]);
      assert.fail(
        `web/src/api/${name} differs from /api/v1/openapi.json from line ${line + 1} on:\n` +
          `  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\nRun \`npm run api-types\` and commit the files.`,
      );
    }
  });

  it('keeps every generated part within 400 lines, cut along modules and paths', async () => {
    const fresh = await generateApiTypes();
    assert.ok(fresh.size > 10, 'the types come in parts');
    for (const [name, text] of fresh) assert.ok(text.split('\n').length <= 400, `${name} has ${text.split('\n').length} lines`);
  });
});
