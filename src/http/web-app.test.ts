/** The web app's files: precompressed copies chosen by accept-encoding, cache headers, client-side routes. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { precompress } from '../../scripts/precompress.mjs';
import type { AppDeps } from '../core/module-contract.ts';
import { IMMUTABLE, REVALIDATE, registerWebApp } from './web-app.ts';

let dir: string;
let app: FastifyInstance;
const script = `export const texts = [${Array.from({ length: 400 }, (_, i) => `"regel ${i} van de melding"`).join(', ')}];\n`;
const html = `<!doctype html><html lang="nl"><head><title>Stadsveilig</title>${'<meta name="x" content="y">'.repeat(20)}</head><body><div id="root"></div></body></html>\n`;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stadsveilig-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  const totals = await precompress(dir);
  assert.equal(totals.files, 2);
  app = Fastify();
  await registerWebApp(app, {} as AppDeps, dir);
  await app.ready();
});

after(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

describe('web app files', () => {
  it('sends the brotli copy to a browser that accepts br, with its type, vary and the immutable cache header', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.match(String(res.headers['content-type']), /javascript/);
    assert.match(String(res.headers.vary), /accept-encoding/i);
    assert.equal(res.headers['cache-control'], IMMUTABLE);
    assert.ok(res.rawPayload.length < script.length / 3, 'compressed');
    assert.equal(zlib.brotliDecompressSync(res.rawPayload).toString(), script);
  });

  it('sends the gzip copy when only gzip is accepted', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip');
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(res.rawPayload).toString(), script);
    assert.equal(res.headers['cache-control'], IMMUTABLE);
  });

  it('sends the file itself without accept-encoding or with identity', async () => {
    for (const accept of [undefined, 'identity']) {
      const res = await get('/assets/index-abc123.js', accept);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-encoding'], undefined, String(accept));
      assert.equal(res.body, script);
      assert.match(String(res.headers.vary), /accept-encoding/i);
    }
  });

  it('compresses index.html too, for / and for client-side routes, and has it revalidated', async () => {
    for (const url of ['/', '/melden', '/melden/kaart']) {
      const res = await get(url, 'br');
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-encoding'], 'br', url);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.equal(res.headers['cache-control'], REVALIDATE, url);
      assert.equal(zlib.brotliDecompressSync(res.rawPayload).toString(), html);
    }
    const plain = await get('/melden');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, html);
  });

  it('answers a missing asset with a 404, never with index.html', async () => {
    const res = await get('/assets/missing-000.js', 'br');
    assert.equal(res.statusCode, 404);
    assert.doesNotMatch(res.body, /<!doctype html>/i);
  });
});
