import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { listenWhileStarting, type StartingServer } from './starting-server.ts';

describe('the listener of a start', () => {
  let starting: StartingServer;
  let base: string;
  before(async () => {
    starting = await listenWhileStarting(0, '127.0.0.1', 'embedded');
    base = `http://127.0.0.1:${starting.port}`;
  });
  after(() => starting.close());

  it('answers health with starting (503, Retry-After) and the steps still to do', async () => {
    const first = await fetch(`${base}/api/v1/health`);
    assert.equal(first.status, 503);
    assert.equal(first.headers.get('retry-after'), '2');
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await first.json(), {
      status: 'starting',
      database: 'embedded',
      incidentColumns: 'not-loaded',
      starting: ['database', 'migrations', 'seed', 'demo', 'housekeeping', 'app'],
    });
    starting.step('demo');
    // The step reaches the listener's thread as a message: ask until it has arrived (or 2 s).
    let later: string[] = [];
    for (let i = 0; i < 40 && later[0] !== 'demo'; i++) {
      later = ((await (await fetch(`${base}/api/v1/health`)).json()) as { starting: string[] }).starting;
      if (later[0] !== 'demo') await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(later, ['demo', 'housekeeping', 'app']);
  });

  it('answers any other API request, also with a body, with the starting problem', async () => {
    const res = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.test', password: 'x' }),
    });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(res.headers.get('retry-after'), '2');
    const problem = (await res.json()) as { type: string; status: number; instance: string };
    assert.equal(problem.type, 'https://stadsveilig.nl/problems/starting');
    assert.equal(problem.status, 503);
    assert.equal(problem.instance, '/api/v1/session');
  });

  it('answers while the main thread is blocked (it listens in a worker thread)', () => {
    // spawnSync blocks this thread until the child has its answer, as opening PGlite blocks the server's.
    const script = `fetch(${JSON.stringify(`${base}/api/v1/health`)}).then((r) => process.stdout.write(String(r.status)))`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.stdout, '503', child.stderr);
  });

  it('shows a browser a start page in Dutch and English that reloads itself', async () => {
    const res = await fetch(`${base}/kaart?x=1`);
    assert.equal(res.status, 503);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await res.text();
    assert.match(html, /<h1>Stadsveilig start op<\/h1>/);
    assert.match(html, /Stadsveilig is starting/);
    assert.match(html, /http-equiv="refresh" content="2"/);
  });
});
