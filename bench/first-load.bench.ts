/**
 * First load of the report form (/melden) on a throttled phone, cold cache: Debian's Chromium via
 * playwright-core, 375×740, CDP network emulation 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, CPU
 * slowed 4×. The server runs as `npm start` does (compiled build, fresh data directory with the demo
 * content). Times from navigation start: first contentful paint, usable (the form's "Volgende"
 * button is visible and enabled: the form and its data are there), map ready (MapLibre loaded and
 * its first frame drawn); and bytes transferred per resource type (compressed, headers included).
 * Median of N runs, with compressed assets (the browser's accept-encoding) and without
 * (accept-encoding: identity). The map background is `none`: the machine has no internet, and the
 * PDOK tiles are not our bytes.
 * Run: npm run bench first-load   or   node --import tsx bench/first-load.bench.ts [runs]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { buildNeeded, buildServer } from '../scripts/server-build.mjs';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { freePort, stopChild, waitForHealth } from '../test/e2e/support/server.ts';
import { START_NODE_FLAGS } from '../scripts/start-flags.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 5);
const DOWN_BITS = 1_600_000;
const UP_BITS = 750_000;
const RTT_MS = 150;
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4);
/** The form is usable: its submit button ("Volgende" on the first step) is shown and enabled. */
const USABLE = '.report-page form button[type="submit"]:not([disabled])';

type Variant = 'compressed' | 'identity';
interface Run {
  fcp: number;
  usable: number;
  map: number;
  bytes: Record<string, number>;
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: DOWN_BITS / 8,
    uploadThroughput: UP_BITS / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Bytes on the wire per resource type, from the CDP network events. */
function countBytes(cdp: CDPSession): Record<string, number> {
  const types = new Map<string, string>();
  const bytes: Record<string, number> = {};
  const urls = new Map<string, [string, number]>();
  let zero = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    zero ||= e.timestamp;
    urls.set(e.requestId, [e.request.url.replace(/^https?:\/\/[^/]+/, ''), e.timestamp]);
  });
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
    // BENCH_TRACE=1: when each request started and ended (s after the page's request), for finding the waterfall.
    const [url, start] = urls.get(e.requestId) ?? ['?', zero];
    if (process.env.BENCH_TRACE)
      console.log(`  ${(start - zero).toFixed(2)}–${(e.timestamp - zero).toFixed(2)} s ${e.encodedDataLength} B ${url}`);
  });
  return bytes;
}

async function oneRun(browser: Browser, baseUrl: string, variant: Variant): Promise<Run> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'nl-NL',
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    ...(variant === 'identity' ? { extraHTTPHeaders: { 'accept-encoding': 'identity' } } : {}),
  });
  await context.addInitScript(() => {
    const w = globalThis as unknown as Record<string, unknown>;
    w.__STADSVEILIG_TEST__ = true;
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const bytes = countBytes(cdp);
  await page.goto('/melden', { waitUntil: 'commit' });
  const usable = await page.waitForFunction(
    (selector) => {
      const d = (globalThis as unknown as { document: { querySelector(s: string): { checkVisibility(): boolean } | null } }).document;
      return d.querySelector(selector)?.checkVisibility() ? performance.now() : false;
    },
    USABLE,
    { timeout: 120_000, polling: 'raf' },
  );
  const map = await page.waitForFunction(
    () => {
      const m = (globalThis as unknown as { __stadsveiligMap?: { loaded(): boolean } }).__stadsveiligMap;
      return m?.loaded() ? performance.now() : false;
    },
    undefined,
    { timeout: 180_000, polling: 'raf' },
  );
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  await page.waitForLoadState('networkidle');
  const run = { fcp, usable: (await usable.jsonValue()) as number, map: (await map.jsonValue()) as number, bytes: { ...bytes } };
  await context.close();
  return run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const kB = (b: number) => (b / 1000).toFixed(0);

function report(variant: Variant, list: Run[]): void {
  const row = (label: string, pick: (r: Run) => number) =>
    `  ${label}: median ${seconds(median(list.map(pick)))} s [${list.map((r) => seconds(pick(r))).join(', ')}]`;
  console.log(`${variant} (${list.length} runs, cold cache each):`);
  console.log(row('first contentful paint', (r) => r.fcp));
  console.log(row('usable (form button enabled)', (r) => r.usable));
  console.log(row('map ready', (r) => r.map));
  const types = [...new Set(list.flatMap((r) => Object.keys(r.bytes)))].sort();
  const total = median(list.map((r) => Object.values(r.bytes).reduce((a, b) => a + b, 0)));
  const parts = types.map((t) => `${t} ${kB(median(list.map((r) => r.bytes[t] ?? 0)))}`);
  console.log(`  transferred until idle, kB (median): ${parts.join(', ')}; total ${kB(total)}`);
}

async function startServer(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-web-build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`web build failed: ${build.stdout}${build.stderr}`);
  if (buildNeeded()) await buildServer();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-bench-first-load-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    STADSVEILIG_DATA_DIR: dataDir,
    STADSVEILIG_ADMIN_PASSWORD: 'bench-password-123',
    STADSVEILIG_MAP_BACKGROUND: 'none',
    STADSVEILIG_LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.STADSVEILIG_FROM_SOURCE;
  let log = '';
  const child = spawn(process.execPath, [...START_NODE_FLAGS, path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve', '--quiet'], {
    cwd: ROOT,
    env,
  });
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, () => log, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const load = os.loadavg().map((l) => l.toFixed(2));
  const results: Record<Variant, Run[]> = { compressed: [], identity: [] };
  // Warm the server once (first requests compile queries, fill caches), then alternate the variants.
  await oneRun(browser, server.baseUrl, 'compressed');
  for (let i = 0; i < runs; i++)
    for (const v of ['compressed', 'identity'] as const) results[v].push(await oneRun(browser, server.baseUrl, v));
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
  const chromium = browser.version();
  console.log(
    `machine: ${os.availableParallelism()} CPUs, ${cpu}, Node ${process.version}, Chromium ${chromium}; load at start ${load.join(' ')}, at end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `profile: 375×740 phone, ${DOWN_BITS / 1e6} Mbit/s down, ${UP_BITS / 1e3} kbit/s up, ${RTT_MS} ms RTT, CPU ${CPU_SLOWDOWN}× slower`,
  );
  report('compressed', results.compressed);
  report('identity', results.identity);
} finally {
  await browser.close();
  await server.stop();
}
