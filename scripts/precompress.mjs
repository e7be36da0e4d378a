// Precompresses the web build: writes `<file>.br` (brotli, best) and `<file>.gz` (gzip, best) next
// to every compressible file in web/dist, so the server (src/http/web-app.ts, @fastify/static
// `preCompressed`) sends them without compressing per request. Run by the Vite build (plugin in
// web/vite.config.ts), so `npm run build` and scripts/ensure-web-build.mjs both produce them.
// Usage: node scripts/precompress.mjs [dir]
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text-like files worth compressing; images (PNG, fonts in woff2) are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|map|webmanifest|xml)$/;
/** Below this a compressed copy saves next to nothing (index.html, ~800 bytes, is compressed). */
export const MIN_BYTES = 256;

async function* filesUnder(dir) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    // Vite's manifest (.vite/) is read by tests, never served.
    if (entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(p);
    else yield p;
  }
}

async function compressOne(file) {
  const data = await fs.readFile(file);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
  return { raw: data.length, br: br.length, gz: gz.length };
}

/** Compresses every compressible file under dir; returns the byte totals. */
export async function precompress(dir) {
  const files = [];
  for await (const file of filesUnder(dir)) {
    if (COMPRESSIBLE.test(file) && (await fs.stat(file)).size >= MIN_BYTES) files.push(file);
  }
  const totals = { files: files.length, raw: 0, br: 0, gz: 0 };
  for (const sizes of await Promise.all(files.map(compressOne))) {
    totals.raw += sizes.raw;
    totals.br += sizes.br;
    totals.gz += sizes.gz;
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'web', 'dist'));
  const t = await precompress(dir);
  console.log(`precompress: ${t.files} files, ${t.raw} bytes → brotli ${t.br}, gzip ${t.gz}`);
}
