import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEmailAddress } from './email-address.ts';
import { emailSchema } from './email-schema.ts';

test('accepts the addresses a municipality uses, local ones included', () => {
  for (const ok of ['admin@localhost', 'a.b@dordrecht.nl', 'x+tag@sub.gemeente.nl', 'beheer@intranet', "o'brien@example.org"]) {
    assert.equal(isEmailAddress(ok), true, ok);
  }
});

test('refuses what is not an address', () => {
  for (const bad of [
    '',
    'admin',
    '@localhost',
    'admin@',
    'a b@x.nl',
    'a@-x.nl',
    'a@x-.nl',
    'a@x..nl',
    'a@x.nl.',
    'a\u0000@x.nl',
    `${'a'.repeat(250)}@x.nl`,
  ]) {
    assert.equal(isEmailAddress(bad), false, JSON.stringify(bad));
  }
});

test('a long hostile input is refused in linear time', () => {
  const inputs = [`a@${'a.'.repeat(100_000)}`, `${'a'.repeat(1_000_000)}@`, '@'.repeat(500_000), `a@${'a-'.repeat(100_000)}`];
  const started = performance.now();
  for (const s of inputs) assert.equal(isEmailAddress(s), false);
  // The cap makes this microseconds; a catastrophic pattern would take seconds.
  assert.ok(performance.now() - started < 500);
});

test('the zod schema trims, lower-cases and names the reason', () => {
  assert.equal(emailSchema.parse('  Admin@LocalHost '), 'admin@localhost');
  const r = emailSchema.safeParse('not an address');
  assert.equal(r.success, false);
  assert.match(JSON.stringify(r.error?.issues), /must be an e-mail address/);
});
