/**
 * Benchmark: locate 1,000,000 random points in the Dordrecht bounding box through the same
 * cached index the API uses (getAreaLocator → AreaIndex: Flatbush + point-in-polygon-hao).
 * Points come from a seeded PRNG (mulberry32), so every run locates the same points.
 *
 *   node --import tsx bench/locate.bench.ts [points] [--dry-run]
 *
 * Prints points/s and appends a section to bench/RESULTS.md (not with --dry-run).
 * Not a test: nothing fails on time.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/core/config.ts';
import { systemContext } from '../src/core/context.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { rdToWgs84, wgs84ToRd } from '../src/modules/areas/index.ts';
import { getAreaLocator } from '../src/modules/areas/index.ts';
import { seedAreasIfEmpty } from '../src/modules/areas/index.ts';
import { areasOf } from '../src/modules/areas/area-store.ts';

/** mulberry32: a small, well-known 32-bit seeded PRNG (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cpuModel(): string {
  const line = fs
    .readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'));
  return line ? line.split(':')[1]!.trim() : (os.cpus()[0]?.model ?? 'unknown');
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const countArg = args.find((a) => /^\d+$/.test(a));
const n = Number(countArg ?? 1_000_000);
const database = await openDatabase({ engine: 'embedded', memory: true });
await migrate(database);
const ctx = systemContext(database.db, 'bench');
const seedStart = performance.now();
await seedAreasIfEmpty(ctx, path.join(projectRoot, 'data/gm0505'));
const seedMs = performance.now() - seedStart;

const year = 2020;
const [gm] = await areasOf(ctx.db, 'GM0505', year, { level: 'gemeente' });
const buurten = (await areasOf(ctx.db, 'GM0505', year, { level: 'buurt' })).filter((b) => b.geometry);
const vertices = buurten.reduce((s, b) => s + JSON.stringify(b.geometry).split('],[').length, 0);
const [minLon, minLat, maxLon, maxLat] = [Number(gm!.min_lon), Number(gm!.min_lat), Number(gm!.max_lon), Number(gm!.max_lat)];

const buildStart = performance.now();
const locator = await getAreaLocator(ctx, 'GM0505', year);
const buildMs = performance.now() - buildStart;

const rand = mulberry32(20260505);
const lons = new Float64Array(n);
const lats = new Float64Array(n);
for (let i = 0; i < n; i++) {
  lons[i] = minLon + rand() * (maxLon - minLon);
  lats[i] = minLat + rand() * (maxLat - minLat);
}
for (let i = 0; i < 20_000; i++) locator.locate(lons[i]!, lats[i]!); // warm-up

let hits = 0;
const t0 = performance.now();
for (let i = 0; i < n; i++) if (locator.locate(lons[i]!, lats[i]!)) hits++;
const wgsMs = performance.now() - t0;

const rdN = Math.min(n, 200_000);
const xs = new Float64Array(rdN);
const ys = new Float64Array(rdN);
for (let i = 0; i < rdN; i++) [xs[i], ys[i]] = wgs84ToRd(lons[i]!, lats[i]!);
const t1 = performance.now();
for (let i = 0; i < rdN; i++) {
  const [lon, lat] = rdToWgs84(xs[i]!, ys[i]!);
  locator.locate(lon, lat);
}
const rdMs = performance.now() - t1;
await database.close();

const fmt = (v: number) => Math.round(v).toLocaleString('en-US');
const machine = `${os.cpus().length} CPUs (nproc ${execSync('nproc').toString().trim()}), ${cpuModel()}, Node ${process.version}`;
const lines = [
  `## locate (areas) — ${new Date().toISOString().slice(0, 10)}`,
  '',
  `- Command: \`node --import tsx bench/locate.bench.ts${countArg ? ` ${countArg}` : ''}\``,
  `- Machine: ${machine}`,
  `- Dataset: Dordrecht (GM0505) vintage ${year}, ${buurten.length} buurt polygons, ~${fmt(vertices)} vertices; seed of both vintages (2020 + 2024) took ${fmt(seedMs)} ms; index build ${fmt(buildMs)} ms`,
  `- Points: ${fmt(n)} uniform random in the gemeente bounding box [${minLon.toFixed(4)}, ${minLat.toFixed(4)}, ${maxLon.toFixed(4)}, ${maxLat.toFixed(4)}], mulberry32 seed 20260505; ${fmt(hits)} (${((100 * hits) / n).toFixed(1)} %) fall in a buurt`,
  `- WGS84 lat/lon: ${fmt(wgsMs)} ms → **${fmt(n / (wgsMs / 1000))} points/s** (one thread)`,
  `- RD New x/y (proj4 RD→WGS84 per point, then locate): ${fmt(rdN)} points in ${fmt(rdMs)} ms → **${fmt(rdN / (rdMs / 1000))} points/s**`,
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
if (!dryRun) {
  const results = path.join(projectRoot, 'bench/RESULTS.md');
  if (!fs.existsSync(results)) fs.writeFileSync(results, '# Benchmark results\n\n');
  fs.appendFileSync(results, `${lines.join('\n')}\n`);
}
