/**
 * Benchmark: the network of an area on the first start's demo content (Dordrecht: 13 wijken, 12
 * demo partners with agreements, 2 demo missions, 4 initiatives, 1 youth group, the 6 target groups
 * with their indicators over ~1,800 demo reports and the synthetic incidents). Times, as a
 * coordinator, `GET /api/v1/areas/network-summary` (every section for every wijk) cold and warm, and
 * `GET /api/v1/areas/{code}/network` for each wijk — in process (Fastify inject), embedded database.
 *
 *   node --import tsx bench/area-network.bench.ts [--dry-run]     (or: npm run bench -- area-network)
 *
 * Prints the medians and appends a section to bench/RESULTS.md (not with --dry-run). Nothing fails on time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/core/config.ts';
import { prepareDatabase } from '../src/server/first-start.ts';
import { loginAs } from '../test/helpers/sessions.ts';
import { createTestApp } from '../test/helpers/test-app.ts';

const dryRun = process.argv.includes('--dry-run');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const started = performance.now();
const t = await createTestApp({
  config: { demo: true },
  prepare: (database, config) => prepareDatabase(database, config).then(() => undefined),
});
const prepareMs = performance.now() - started;
const coordinator = await loginAs(t.app, t.database, 'coordinator');
async function timed(url: string): Promise<{ ms: number; body: { wijken?: { code: string }[] } }> {
  const t0 = performance.now();
  const res = await t.app.inject({ method: 'GET', url, headers: coordinator.headers });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return { ms, body: res.json() };
}

const cold = await timed('/api/v1/areas/network-summary');
const warm: number[] = [];
for (let i = 0; i < 9; i++) warm.push((await timed('/api/v1/areas/network-summary')).ms);
const wijken = cold.body.wijken!.map((w) => w.code);
const perWijk: number[] = [];
for (const code of wijken) perWijk.push((await timed(`/api/v1/areas/${code}/network`)).ms);
await t.close();

const cpu = os.cpus()[0]?.model ?? 'unknown';
const lines = [
  `## Network of an area (step 10) — ${new Date().toISOString().slice(0, 10)}`,
  '',
  `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; embedded database (PGlite), in process.`,
  `- Data: the first start's demo content for Dordrecht (${wijken.length} wijken); first start ${(prepareMs / 1000).toFixed(1)} s.`,
  '- Command: `npm run bench -- area-network`',
  '',
  '| request (coordinator) | median | runs |',
  '|---|---|---|',
  `| GET /areas/network-summary, first call | ${cold.ms.toFixed(0)} ms | 1 |`,
  `| GET /areas/network-summary, warm | ${median(warm).toFixed(0)} ms | ${warm.length} |`,
  `| GET /areas/{wijk}/network | ${median(perWijk).toFixed(0)} ms (max ${Math.max(...perWijk).toFixed(0)} ms) | ${perWijk.length} |`,
  '',
];
console.log(lines.join('\n'));
if (!dryRun) fs.appendFileSync(path.join(projectRoot, 'bench', 'RESULTS.md'), `\n${lines.join('\n')}`);
