/**
 * The web app's API types (web/src/api/openapi.ts) are generated from the OpenAPI document the
 * server publishes; this fails when a route's schema changed and the committed file did not follow.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.ts';

describe('generated web API types', () => {
  it('match /api/v1/openapi.json (run `npm run api-types` when this fails)', async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    const fresh = await generateApiTypes();
    if (committed === fresh) return;
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    assert.fail(
      `web/src/api/openapi.ts differs from /api/v1/openapi.json from line ${line + 1} on:\n` +
        `  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\nRun \`npm run api-types\` and commit the file.`,
    );
  });
});
