import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, buildRequestInit, createClient, parseProblem, parseRetryAfter } from '../../web/src/api/client.ts';

describe('web api client', () => {
  it('sends the CSRF header only on state-changing requests', () => {
    const get = buildRequestInit({ csrfToken: 'abc' });
    assert.equal((get.headers as Record<string, string>)['x-csrf-token'], undefined);
    const del = buildRequestInit({ method: 'delete', csrfToken: 'abc' });
    assert.equal(del.method, 'DELETE');
    assert.equal((del.headers as Record<string, string>)['x-csrf-token'], 'abc');
  });

  it('serialises a JSON body with its content type', () => {
    const init = buildRequestInit({ method: 'POST', body: { email: 'a@b.nl', password: 'x' } });
    assert.equal((init.headers as Record<string, string>)['content-type'], 'application/json');
    assert.equal(init.body, '{"email":"a@b.nl","password":"x"}');
    assert.equal(init.credentials, 'same-origin');
  });

  it('parses problem+json including field errors', () => {
    const body = JSON.stringify({
      type: 'https://stadsveilig.nl/problems/invalid-input',
      title: 'Invalid input',
      status: 400,
      detail: 'One or more fields are invalid.',
      errors: [{ name: 'body.email', reason: 'Invalid email' }],
    });
    const p = parseProblem(400, body);
    assert.equal(p.detail, 'One or more fields are invalid.');
    assert.deepEqual(p.errors, [{ name: 'body.email', reason: 'Invalid email' }]);
  });

  it('builds a problem from a non-JSON error reply so there is always a detail', () => {
    const p = parseProblem(502, '<html>Bad gateway</html>', 'Bad Gateway');
    assert.deepEqual(p, { type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'Bad Gateway' });
    assert.equal(parseProblem(500, '').detail, 'HTTP 500');
    assert.equal(parseProblem(404, '{"title":"Not found","status":404}').detail, 'Not found');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    assert.equal(parseRetryAfter('120'), 120);
    assert.equal(parseRetryAfter(null), null);
    assert.equal(parseRetryAfter('soon'), null);
    const now = Date.parse('2025-01-01T12:00:00Z');
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 12:00:30 GMT', now), 30);
  });

  it('throws an ApiError with the detail and Retry-After on 429', async () => {
    const problem = { type: 'x', title: 'Too many attempts', status: 429, detail: 'Account locked for 15 minutes.' };
    const client = createClient(
      '',
      async () =>
        new Response(JSON.stringify(problem), {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '900' },
        }),
    );
    await assert.rejects(client.request('/api/v1/session', { method: 'POST', body: {} }), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.status, 429);
      assert.equal(e.message, 'Account locked for 15 minutes.');
      assert.equal(e.retryAfter, 900);
      return true;
    });
  });

  it('asks a read again while the server is starting, never a write', async () => {
    const starting = { type: 'https://stadsveilig.nl/problems/starting', title: 'Starting', status: 503, detail: 'Starting.' };
    let calls = 0;
    const waits: number[] = [];
    const replies = () =>
      ++calls <= 2
        ? new Response(JSON.stringify(starting), { status: 503, headers: { 'retry-after': calls === 1 ? '2' : '60' } })
        : new Response('{"ok":true}', { status: 200 });
    const client = createClient(
      '',
      async () => replies(),
      undefined,
      async (s) => void waits.push(s),
    );
    assert.deepEqual(await client.request('/api/v1/areas'), { ok: true });
    assert.equal(calls, 3);
    assert.deepEqual(waits, [2, 5], 'the server’s Retry-After, at most 5 s');
    calls = 0;
    await assert.rejects(
      client.request('/api/v1/missions', { method: 'POST', body: {} }),
      (e: unknown) => e instanceof ApiError && e.status === 503,
    );
    assert.equal(calls, 1, 'a write is never sent twice');
    const always = createClient(
      '',
      async () => new Response(JSON.stringify(starting), { status: 503 }),
      undefined,
      async () => {},
    );
    await assert.rejects(always.request('/api/v1/areas'), (e: unknown) => e instanceof ApiError && e.status === 503);
    const busy = { ...starting, type: 'https://stadsveilig.nl/problems/pdf-busy' };
    calls = 0;
    const other = createClient(
      '',
      async () => (calls++, new Response(JSON.stringify(busy), { status: 503 })),
      undefined,
      async () => {},
    );
    await assert.rejects(other.request('/api/v1/x'), ApiError);
    assert.equal(calls, 1, 'other 503 problems are not retried');
    const loading = { ...starting, type: 'https://stadsveilig.nl/problems/analysis-loading' };
    calls = 0;
    const views = createClient(
      '',
      async () => (calls++, new Response(JSON.stringify(loading), { status: 503 })),
      undefined,
      async () => {},
    );
    await assert.rejects(
      views.request('/api/v1/analysis/hotspots'),
      (e: unknown) => e instanceof ApiError && e.problem.type.endsWith('analysis-loading'),
    );
    assert.equal(calls, 1, 'analysis-loading goes straight to the view, which says so and asks again itself');
  });

  it('reports a 401 as an ended session, except on the login endpoint', async () => {
    let ended = 0;
    const client = createClient(
      '',
      async () => new Response('{"title":"Unauthorized","status":401,"detail":"Log in first."}', { status: 401 }),
      () => ended++,
    );
    await assert.rejects(client.request('/api/v1/areas?level=buurt&year=2024'), ApiError);
    assert.equal(ended, 1);
    await assert.rejects(client.request('/api/v1/session', { method: 'POST', body: {} }), ApiError);
    assert.equal(ended, 1, 'a wrong password is not an ended session');
  });

  it('returns parsed JSON, and undefined for 204', async () => {
    const ok = createClient('', async () => new Response('{"a":1}', { status: 200 }));
    assert.deepEqual(await ok.request('/x'), { a: 1 });
    const empty = createClient('', async () => new Response(null, { status: 204 }));
    assert.equal(await empty.request('/x', { method: 'DELETE' }), undefined);
  });
});
