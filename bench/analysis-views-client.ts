/**
 * HTTP client of the analysis views benchmark, run as a separate process so the client's own work does
 * not share the server's event loop. For each URL: `n` sequential GETs (after 3 warm-ups) timed
 * end to end, while autocannon keeps one connection busy with a cheap request (GET /api/v1/health);
 * prints JSON { url, p50, p95, max, cheap: { p50, p99, max, requests } }[] on stdout.
 *   node --import tsx bench/analysis-views-client.ts <base> <cookie> <n> <path>...
 */
import autocannon from 'autocannon';

const [base, cookie, nText, ...paths] = process.argv.slice(2);
const n = Number(nText);

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie: cookie! } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(path: string) {
  const url = `${base}${path}`;
  for (let k = 0; k < 3; k++) await timed(url);
  let done: (r: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve) => (done = resolve));
  const cheap = autocannon({ url: `${base}/api/v1/health`, connections: 1, duration: 3600 }, (err, res) =>
    err ? process.exit(1) : done(res),
  );
  const times: number[] = [];
  for (let k = 0; k < n; k++) times.push(await timed(url));
  cheap.stop();
  const r = await finished;
  times.sort((a, b) => a - b);
  return {
    url: path,
    n,
    p50: pct(times, 50),
    p95: pct(times, 95),
    max: times.at(-1)!,
    cheap: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, requests: r.requests.total },
  };
}

const out = [];
for (const p of paths) out.push(await measure(p));
process.stdout.write(JSON.stringify(out));
