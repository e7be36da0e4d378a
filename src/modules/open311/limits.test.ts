/**
 * Open311 limits: a valid API key has its own hourly quota (its own, or the configured default)
 * instead of the per-IP limit of the web form; requests without a valid key are limited per IP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { systemContext } from '../../core/context.ts';
import { createSignalsApp, DORDRECHT_CENTRE } from '../../../test/fixtures/signals/signals-app.ts';
import { loginAs } from '../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../test/helpers/test-app.ts';
import { createApiKey } from './api-keys.ts';
import { Open311Limits } from './rate-limits.ts';

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe('Open311 limits per API key and per address', () => {
  let t: TestApp;
  before(async () => {
    // The web form's limit is 2 a minute here; the default key quota 5 an hour.
    t = await createSignalsApp({ signalIntakePerMinute: 2, open311KeyPerHour: 5 });
  });
  after(async () => t.close());

  const post = (apiKey: string, ip = '192.0.2.10', fmt = 'json') =>
    t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${fmt}`,
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({
        api_key: apiKey,
        service_code: 'afval-dumping',
        lat: String(DORDRECHT_CENTRE.lat),
        long: String(DORDRECHT_CENTRE.lon),
        description: 'Grofvuil naast de container',
      }),
    });

  it('lets a key post past the web form’s per-IP limit, up to its quota, then answers 429 with Retry-After', async () => {
    const { key } = await createApiKey(systemContext(t.database.db, 'test'), 'Default quota');
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await post(key)).statusCode);
    assert.deepEqual(codes, [201, 201, 201, 201, 201], 'five from one address: more than the form’s two a minute');
    const over = await post(key, '192.0.2.10', 'xml');
    assert.equal(over.statusCode, 429);
    const error = new XMLParser().parse(over.body).errors.error;
    assert.equal(error.code, 429);
    assert.match(error.description, /quota of this api_key \(5 requests per hour\)/);
    const wait = Number(over.headers['retry-after']);
    assert.ok(wait > 3000 && wait <= 3600, `retry after ${wait} s`);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${key}` })).statusCode,
      429,
      'reads with the key count against its quota',
    );
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json', remoteAddress: '192.0.2.10' })).statusCode,
      200,
      'the address itself is not blocked',
    );
  });

  it('holds a key with its own quota to that quota, apart from other keys', async () => {
    const admin = await loginAs(t.app, t.database, 'admin');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/open311-api-keys',
      headers: admin.headers,
      payload: { name: 'Small', quotaPerHour: 2 },
    });
    assert.equal(made.statusCode, 201, made.body);
    assert.equal(made.json().quotaPerHour, 2);
    const other = (await createApiKey(systemContext(t.database.db, 'test'), 'Other')).key;
    assert.deepEqual(
      [(await post(made.json().key)).statusCode, (await post(made.json().key)).statusCode, (await post(made.json().key)).statusCode],
      [201, 201, 429],
    );
    assert.equal((await post(other)).statusCode, 201, 'another key has its own count');
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/open311-api-keys', headers: { cookie: admin.cookie } })).json().keys;
    assert.deepEqual(
      listed
        .map((k: { name: string; quotaPerHour: number | null }) => [k.name, k.quotaPerHour])
        .filter(([n]: [string]) => n !== 'Default quota'),
      [
        ['Small', 2],
        ['Other', null],
      ],
    );
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/open311-api-keys',
      headers: admin.headers,
      payload: { name: 'Zero', quotaPerHour: 0 },
    });
    assert.equal(bad.statusCode, 400);

    // An admin raises the quota: it counts from the next request; a revoked key cannot be changed.
    const patch = (id: string, quotaPerHour: unknown, headers: Record<string, string> = admin.headers) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/open311-api-keys/${id}`, headers, payload: { quotaPerHour } });
    const coord = await loginAs(t.app, t.database, 'coordinator');
    assert.equal((await patch(made.json().id, 5, coord.headers)).statusCode, 403);
    assert.equal((await patch(made.json().id, 0)).statusCode, 400);
    const raised = await patch(made.json().id, 10);
    assert.equal(raised.statusCode, 200, raised.body);
    assert.deepEqual([raised.json().name, raised.json().quotaPerHour], ['Small', 10]);
    assert.equal((await post(made.json().key)).statusCode, 201, 'refused at 2 an hour, accepted at 10');
    assert.equal((await patch(made.json().id, null)).json().quotaPerHour, null, 'back to the configured default');
    assert.equal(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/open311-api-keys/${made.json().id}`, headers: admin.headers })).statusCode,
      204,
    );
    assert.equal((await patch(made.json().id, 10)).statusCode, 404);
  });

  it('limits requests without a valid key per address: posting as the web form, reading at six times that', async () => {
    assert.deepEqual(
      [
        (await post('wrong', '198.51.100.7')).statusCode,
        (await post('wrong', '198.51.100.7')).statusCode,
        (await post('wrong', '198.51.100.7')).statusCode,
      ],
      [403, 403, 429],
    );
    const reads: number[] = [];
    for (let i = 0; i < 61; i++)
      reads.push((await t.app.inject({ method: 'GET', url: '/open311/v2/services.json', remoteAddress: '198.51.100.8' })).statusCode);
    assert.deepEqual([reads.filter((c) => c === 200).length, reads.at(-1)], [60, 429], 'at least 60 reads a minute');
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/open311/v2/services.json', remoteAddress: '198.51.100.9' })).statusCode,
      200,
      'another address is not affected',
    );
  });

  it('counts in fixed windows that end', () => {
    const limits = new Open311Limits({ open311KeyPerHour: 1, signalIntakePerMinute: 1 });
    const key = { id: 'k', name: 'k', quotaPerHour: null };
    limits.check(key, '1', true, 0);
    assert.throws(() => limits.check(key, '1', true, 1000), /quota/);
    assert.doesNotThrow(() => limits.check(key, '1', true, 3_600_000), 'a new hour');
  });
});
