/**
 * Importer fuzzing in `npm test` (both engines): the targeted bad files of every import command
 * and 240 generated ones (seed FUZZ_SEED, default fixed), each judged by harness.ts — rejected with
 * a clear 4xx naming the file and nothing changed, or imported with a report that adds up.
 * `npm run fuzz` runs the same with 10,000 cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IMPORTERS } from './importer.ts';
import { formatTally, fuzzRun } from './fuzz-run.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20260101);

describe('importer fuzzing', () => {
  it(`targeted bad files and 240 mutated files (seed ${SEED}) all end well on every import command`, async () => {
    const tally = await fuzzRun({ seed: SEED, count: 240, targeted: true });
    const report = formatTally(tally);
    assert.deepEqual(
      tally.defects.map((d) => `${d.importer} [${d.result.kind}] ${d.name}: ${d.result.detail.split('\n')[0]}`),
      [],
      report,
    );
    for (const importer of IMPORTERS) {
      const per = tally.counts[importer] ?? {};
      const count = (prefix: string) =>
        Object.entries(per)
          .filter(([k]) => k.startsWith(prefix))
          .reduce((a, [, n]) => a + n, 0);
      assert.ok(count('imported') >= 3, `${importer}: some mutated files still import (${JSON.stringify(per)})`);
      assert.ok(count('rejected:') >= 20, `${importer}: the fuzzer reaches the rejections (${JSON.stringify(per)})`);
    }
    assert.ok(tally.cases >= 280, `${tally.cases} cases`);
  });
});
