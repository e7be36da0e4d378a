/**
 * The PDF renderer's limits, with a fake Chromium that counts launches, open browsers and renders
 * in progress, and whose renders finish only when the test says so (no timing luck): at most
 * `concurrency` renders at once in one reused browser, a bounded queue (503 pdf-busy beyond it),
 * a per-user limit (429), and the browser closed after a failed or hung render and when idle.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import { PdfRenderer, type PdfBrowser, type PdfLimits } from './pdf.ts';

type Mode = 'ok' | 'fail' | 'hang';

function fakeChromium() {
  const s = {
    launched: 0,
    open: 0,
    rendering: 0,
    maxRendering: 0,
    pagesOpen: 0,
    mode: 'ok' as Mode,
    gates: [] as (() => void)[],
    closes: [] as number[],
  };
  const launch = async (): Promise<PdfBrowser> => {
    const id = ++s.launched;
    s.open++;
    let closed = false;
    return {
      async newPage() {
        s.pagesOpen++;
        return {
          async route() {},
          async setContent() {},
          async pdf() {
            s.rendering++;
            s.maxRendering = Math.max(s.maxRendering, s.rendering);
            try {
              if (s.mode === 'hang') await new Promise(() => undefined);
              await new Promise<void>((resolve) => s.gates.push(resolve));
              if (s.mode === 'fail') throw new Error('Target page, context or browser has been closed');
              return Buffer.from(`%PDF browser ${id}`);
            } finally {
              s.rendering--;
            }
          },
          async close() {
            s.pagesOpen--;
          },
        };
      },
      async close() {
        if (closed) return;
        closed = true;
        s.open--;
        s.closes.push(id);
      },
    };
  };
  return { s, launch };
}

/** Lets pending promise callbacks run until `done()` holds (a bounded number of event-loop turns). */
async function settle(done: () => boolean, turns = 1000): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(done(), 'the expected state was not reached');
}

const limits = (o: Partial<PdfLimits> = {}): PdfLimits => ({
  concurrency: 2,
  queue: 3,
  perMinute: 100,
  timeoutMs: 60_000,
  idleMs: 60_000,
  ...o,
});
const html = async () => '<p>rapport</p>';

describe('PDF renderer: one browser, a cap on renders, a bounded queue, a per-user limit', () => {
  it('renders at most `concurrency` at once in one browser, queues `queue` more and refuses the rest with 503 pdf-busy', async () => {
    const { s, launch } = fakeChromium();
    const r = new PdfRenderer(launch, limits());
    const results = Array.from({ length: 9 }, (_, i) =>
      r.render(`user:${i}`, html).then(
        (b) => ({ ok: b.toString() }),
        (e: AppError) => ({ err: e }),
      ),
    );
    await settle(() => s.rendering === 2);
    const all = () => Promise.all(results);
    while (s.gates.length || s.rendering) {
      assert.ok(s.rendering <= 2, `${s.rendering} renders at once`);
      s.gates.shift()?.();
      await settle(() => s.gates.length === s.rendering);
    }
    const out = await all();
    const busy = out.filter((o) => 'err' in o);
    assert.equal(out.length - busy.length, 5, 'two rendering and three waiting were admitted');
    for (const b of busy) {
      assert.ok('err' in b && b.err instanceof AppError);
      assert.equal(b.err.status, 503);
      assert.equal(b.err.type, 'pdf-busy');
      assert.equal(b.err.headers['retry-after'], '10');
    }
    assert.equal(s.maxRendering, 2);
    assert.equal(s.launched, 1, 'one browser for all renders');
    assert.equal(s.pagesOpen, 0, 'every page closed');
    await r.close();
    assert.equal(s.open, 0, 'closed with the server');
  });

  it('closes the browser after a failed render and launches a fresh one for the next', async () => {
    const { s, launch } = fakeChromium();
    const r = new PdfRenderer(launch, limits());
    s.mode = 'fail';
    const failed = r.render('user:a', html);
    await settle(() => s.gates.length === 1);
    s.gates.shift()!();
    await assert.rejects(failed, (e: AppError) => e.status === 503 && e.type === 'pdf-unavailable');
    await settle(() => s.open === 0);
    assert.deepEqual(s.closes, [1]);
    s.mode = 'ok';
    const next = r.render('user:a', html);
    await settle(() => s.gates.length === 1);
    s.gates.shift()!();
    assert.equal((await next).toString(), '%PDF browser 2');
    await r.close();
    assert.equal(s.open, 0);
  });

  it('ends a render that hangs: the browser is closed and the request answers 503', async () => {
    const { s, launch } = fakeChromium();
    const r = new PdfRenderer(launch, limits({ timeoutMs: 20 }));
    s.mode = 'hang';
    const hung = r.render('user:a', html);
    // the fake never finishes, so only the renderer's own cut-off can end this request
    await assert.rejects(hung, (e: AppError) => e.status === 503 && e.type === 'pdf-unavailable' && e.headers['retry-after'] === '30');
    await settle(() => s.open === 0);
    assert.equal(s.pagesOpen, 0);
  });

  it('closes an idle browser', async () => {
    const { s, launch } = fakeChromium();
    const r = new PdfRenderer(launch, limits({ idleMs: 5 }));
    const done = r.render('user:a', html);
    await settle(() => s.gates.length === 1);
    s.gates.shift()!();
    await done;
    await settle(() => s.open === 0, 100_000);
    assert.equal(s.launched, 1);
  });

  it('allows `perMinute` PDFs per user in a sliding minute, then 429 with retry-after', async () => {
    const { s, launch } = fakeChromium();
    let now = 1_000_000;
    const r = new PdfRenderer(launch, limits({ perMinute: 2 }), () => now);
    const one = async (who: string) => {
      const p = r.render(who, html);
      await settle(() => s.gates.length > 0);
      s.gates.shift()?.();
      return p;
    };
    await one('user:a');
    now += 20_000;
    await one('user:a');
    await assert.rejects(r.render('user:a', html), (e: AppError) => e.status === 429 && e.headers['retry-after'] === '40');
    await one('user:b');
    now += 40_001;
    await one('user:a');
    await r.close();
  });
});

describe('PDF route: per-user limit and problem+json', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      config: { chromiumPath: '/nonexistent/chromium', pdfPerMinute: 1 },
      prepare: async (db) => void (await seedAreasIfEmpty(systemContext(db.db, 'test'), SEED_DIR)),
    });
  });
  after(() => t.close());

  it('answers 429 problem+json with retry-after once a user asked too many PDFs', async () => {
    const viewer = await loginAs(t.app, t.database, 'viewer');
    const url = '/api/v1/areas/WK050501/report.pdf?year=2023';
    const first = await t.app.inject({ url, headers: viewer.headers });
    assert.equal(first.statusCode, 503, 'no Chromium here');
    const second = await t.app.inject({ url, headers: viewer.headers });
    assert.equal(second.statusCode, 429, second.body);
    assert.match(String(second.headers['content-type']), /^application\/problem\+json/);
    assert.ok(Number(second.headers['retry-after']) > 0);
    const other = await loginAs(t.app, t.database, 'viewer');
    assert.equal((await t.app.inject({ url, headers: other.headers })).statusCode, 503, 'another user has their own allowance');
    const anonymous = await t.app.inject({ url });
    assert.equal(anonymous.statusCode, 401, 'not counted against anyone before authorisation');
  });
});
