import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { pathOnly, serializeRequest } from './log-serializers.ts';

describe('request log', () => {
  it('keeps the path and drops the query string and fragment', () => {
    assert.equal(pathOnly('/api/v1/addresses/search?q=Voorstraat%2012'), '/api/v1/addresses/search');
    assert.equal(pathOnly('/api/v1/addresses/reverse?lat=51.81&lon=4.67#x'), '/api/v1/addresses/reverse');
    assert.equal(pathOnly('/melden'), '/melden');
    const logged = serializeRequest({ method: 'GET', url: '/api/v1/public/signals/nearby?lat=51.8&lon=4.6', host: 'h', ip: '10.0.0.1' });
    assert.deepEqual(logged, {
      method: 'GET',
      url: '/api/v1/public/signals/nearby',
      host: 'h',
      remoteAddress: '10.0.0.1',
      remotePort: undefined,
    });
  });

  it('a Fastify logger with it writes no resident address or location', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream, serializers: { req: (r) => serializeRequest(r) } } });
    app.get('/api/v1/addresses/search', async () => ({ results: [] }));
    await app.inject({ method: 'GET', url: '/api/v1/addresses/search?q=Voorstraat%2012&lat=51.81234' });
    await app.close();
    const log = lines.join('');
    assert.match(log, /"url":"\/api\/v1\/addresses\/search"/, 'the path is logged');
    assert.doesNotMatch(log, /Voorstraat|51\.81234/, 'the query is not');
  });
});
