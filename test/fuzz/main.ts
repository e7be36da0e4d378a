/**
 * `npm run fuzz` (scripts/run-fuzz.mjs): the importer fuzzer on the engine of DATABASE_URL
 * (embedded PGlite when unset). Options: --seed N (default 20260101), --cases N (default 10000),
 * --importer NAME (repeatable), --index I (rerun one case), --no-targeted. Exit code 1 on any defect.
 */
import { parseArgs } from 'node:util';
import { IMPORTERS, type ImporterName } from './importer.ts';
import { formatTally, fuzzRun } from './fuzz-run.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20260101' },
    cases: { type: 'string', default: '10000' },
    importer: { type: 'string', multiple: true },
    index: { type: 'string' },
    'no-targeted': { type: 'boolean', default: false },
  },
});
const only = (values.importer ?? []) as ImporterName[];
for (const name of only) if (!IMPORTERS.includes(name)) throw new Error(`unknown importer '${name}' (${IMPORTERS.join(', ')})`);
const count = Number(values.cases);
const started = Date.now();
const tally = await fuzzRun({
  seed: Number(values.seed),
  count,
  only,
  targeted: !values['no-targeted'] && values.index === undefined,
  ...(values.index !== undefined ? { index: Number(values.index) } : {}),
  onResult(c, r, done, index) {
    if (r.outcome === 'defect')
      process.stdout.write(
        `DEFECT ${c.importer}${index === null ? '' : ` #${index}`} [${r.kind}] ${c.name.slice(0, 160)}: ${r.detail.split('\n')[0]}\n`,
      );
    if (done % 500 === 0) process.stdout.write(`… ${done} cases, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  },
});
process.stdout.write(`${formatTally(tally)}\n`);
process.exitCode = tally.defects.length ? 1 : 0;
