/**
 * Every validator on residents' input in signals, Open311, mail and the web report pages, run on
 * long hostile inputs: a pattern with overlapping quantifiers takes seconds to minutes on these
 * (the old Open311 e-mail check: 1.2 s at 40,000 characters, quadratic). Each must answer within a
 * generous bound — a guard against catastrophic slowness, not a performance measurement.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp } from '../../../test/fixtures/signals/signals-app.ts';
import type { TestApp } from '../../../test/helpers/test-app.ts';
import { emailProblem, phoneProblem, validateContact, emptyDraft } from '../../../web/src/pages/signals/report-form.ts';
import { filterFromQuery } from '../../../web/src/pages/signals/inbox-query.ts';
import { publicRouteFor, staffRouteFor } from '../../../web/src/pages/signals/paths.ts';
import { redactAddresses } from '../mail/redact.ts';
import { splitFormat } from '../open311/format.ts';
import { checkPost } from '../open311/post-request.ts';
import { renderTemplate } from './residents/notify.ts';
import { emailBody, feedbackBody, intakeBody, mapQuery } from './schema.ts';
import { inboxQuery, mergeBody, noteBody } from './staff-schema.ts';
import { NUMBER_PATTERN, TOKEN_PATTERN } from './records/tokens.ts';

const BOUND_MS = 1000;
/** Long enough that a quadratic pattern takes seconds (and fails with a message) rather than hanging the run for minutes. */
const N = 100_000;
/** Inputs that make backtracking patterns explode: long runs around the separators they look for. */
const HOSTILE = [
  `a@${'a.'.repeat(N / 2)}@`,
  '@'.repeat(N),
  `${'a'.repeat(N)}@`,
  `x@${'-'.repeat(N)}`,
  `${'.'.repeat(N)}x`,
  ` ${'1.'.repeat(N / 2)},`,
  `{{${' '.repeat(N)}`,
  `M-${'1'.repeat(N)}`,
  `${'0'.repeat(N)}!`,
];

function withinBound(name: string, f: (input: string) => unknown): void {
  for (const input of HOSTILE) {
    const started = performance.now();
    try {
      f(input);
    } catch {
      // Refusing is fine; only the time counts here.
    }
    const ms = performance.now() - started;
    assert.ok(ms < BOUND_MS, `${name} took ${Math.round(ms)} ms on "${input.slice(0, 12)}…" (${input.length} characters)`);
  }
}

describe('validators on hostile long inputs', () => {
  it('server schemas of the public and staff signals API', () => {
    withinBound('intake e-mail', (v) =>
      intakeBody.safeParse({ description: 'Lamp is kapot bij de school', email: v, contactConsent: true, formToken: 'x' }),
    );
    withinBound('intake phone', (v) =>
      intakeBody.safeParse({ description: 'Lamp is kapot bij de school', phone: v, contactConsent: true, formToken: 'x' }),
    );
    withinBound('intake description and address', (v) =>
      intakeBody.safeParse({ description: v, addressText: v, formToken: v, website: v }),
    );
    withinBound('subscription e-mail', (v) => emailBody.safeParse({ email: v }));
    withinBound('map bbox and category', (v) => mapQuery.safeParse({ bbox: v, categorySlug: v }));
    withinBound('feedback', (v) => feedbackBody.safeParse({ satisfied: false, reason: v }));
    withinBound('inbox query', (v) =>
      inboxQuery.safeParse({ q: v, area: v, assignee: v, category: v, status: v, createdFrom: v, department: v }),
    );
    withinBound('note and merge', (v) => [noteBody.safeParse({ text: v, visibility: v }), mergeBody.safeParse({ into: v })]);
    withinBound('number and token patterns', (v) => [NUMBER_PATTERN.test(v), TOKEN_PATTERN.test(v)]);
  });

  it('Open311 posting, formats, message templates and mail errors', () => {
    withinBound('Open311 e-mail', (v) =>
      checkPost({ service_code: 'afval-dumping', lat: '51.8', long: '4.67', description: 'Grofvuil bij de container', email: v }),
    );
    withinBound('Open311 other fields', (v) =>
      checkPost({ service_code: v, lat: v, long: v, address_string: v, description: v, phone: v }),
    );
    withinBound('Open311 format', (v) => splitFormat(`${v}.json`));
    withinBound('template rendering', (v) => renderTemplate(`${v}{{number}}${v}`, { number: 'M-2026-000001' }));
    withinBound('mail error redaction', (v) => redactAddresses(v));
  });

  it('the web report pages’ checks', () => {
    withinBound('web e-mail', (v) => emailProblem(v));
    withinBound('web phone', (v) => phoneProblem(v));
    withinBound('web contact step', (v) => validateContact({ ...emptyDraft(), email: v, phone: v, consent: true }));
    withinBound('web inbox query from the URL', (v) => filterFromQuery(`?q=${v}&area=${v}&assignee=${v}&category=${v}&status=${v}`));
    withinBound('web paths', (v) => [publicRouteFor(`/meldingen/volgen/${v}`), staffRouteFor(`/meldingen/${v}`)]);
  });

  it('verdicts stay right on the hostile inputs', () => {
    for (const v of HOSTILE) {
      assert.equal(emailBody.safeParse({ email: v }).success, false);
      assert.equal(emailProblem(v), 'emailInvalid');
      assert.throws(
        () => checkPost({ service_code: 'afval-dumping', lat: '51.8', long: '4.67', description: 'Grofvuil bij de container', email: v }),
        /email/,
      );
    }
    assert.equal(
      checkPost({
        service_code: 'afval-dumping',
        lat: '51.8',
        long: '4.67',
        description: 'Grofvuil bij de container',
        email: ' Admin@Localhost ',
      }).email,
      'admin@localhost',
    );
  });
});

describe('hostile e-mail addresses over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await createSignalsApp({ bodyLimit: 4_000_000 });
  });
  after(async () => t.close());

  it('answers 400 at once on the Open311 and subscription endpoints, and stores nothing', async () => {
    const hostile = `a@${'a.'.repeat(500_000)}@`;
    const { systemContext } = await import('../../core/context.ts');
    const { createApiKey } = await import('../open311/api-keys.ts');
    const key = (await createApiKey(systemContext(t.database.db, 'test'), 'Hostile')).key;
    const started = performance.now();
    const open311 = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: key,
        service_code: 'afval-dumping',
        lat: '51.8133',
        long: '4.669',
        description: 'Grofvuil naast de container',
        email: hostile,
      }).toString(),
    });
    assert.equal(open311.statusCode, 400);
    assert.match(open311.json()[0].description, /email must be at most 254 characters/);
    const buurt = (await t.database.db.selectFrom('areas').select('code').where('level', '=', 'buurt').limit(1).executeTakeFirstOrThrow())
      .code;
    const sub = await t.app.inject({ method: 'POST', url: `/api/v1/public/buurten/${buurt}/subscriptions`, payload: { email: hostile } });
    assert.equal(sub.statusCode, 400);
    assert.equal(sub.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.ok(performance.now() - started < 5 * BOUND_MS, 'both answered well within five seconds');
    assert.equal((await t.database.db.selectFrom('signals').select('id').execute()).length, 0);
    assert.equal((await t.database.db.selectFrom('signal_subscriptions').select('id').execute()).length, 0);
  });
});
