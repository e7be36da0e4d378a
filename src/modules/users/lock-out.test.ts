import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs } from '../../../test/helpers/sessions.ts';
import { CLIENT_RULE, UNTRUSTED_RULE, accountKeyOf, verifyGuarded } from './login-guard.ts';
import { reserveAttempt } from './login-throttle-store.ts';
import { passwordVerificationCount } from './password.ts';
import { createUser } from './user-service.ts';
import { findUserByEmail } from './user-store.ts';

const RIGHT = 'the-right-password-42';
const MINUTE = 60_000;

describe('login lock-out', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t.close());

  async function newAccount(): Promise<string> {
    const email = `owner${++n}@example.test`;
    await createUser(systemContext(t.database.db, 'test'), { email, role: 'analyst', password: RIGHT });
    return email;
  }

  function attempt(email: string, password: string, ip: string, device?: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: ip,
      payload: { email, password },
      ...(device ? { cookies: { sv_device: device } } : {}),
    });
  }

  it('verifies at most five of fifteen parallel wrong passwords, then locks even the right one', async () => {
    const email = await newAccount();
    const verifiedBefore = passwordVerificationCount();
    const replies = await Promise.all(Array.from({ length: 15 }, (_, i) => attempt(email, `wrong-guess-${i}`, '203.0.113.7')));
    assert.equal(passwordVerificationCount() - verifiedBefore, 5, 'only the reserved attempts reach the password check');
    const statuses = replies.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [...Array(4).fill(401), ...Array(11).fill(429)]);
    const right = await attempt(email, RIGHT, '203.0.113.7');
    assert.equal(right.statusCode, 429);
    assert.equal(right.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.ok(Number(right.headers['retry-after']) > 800, 'locked for about 15 minutes');
    assert.equal(passwordVerificationCount() - verifiedBefore, 5, 'a locked client is refused without a verification');
  });

  it('throttles an unknown address the same way, so the reply does not reveal whether it exists', async () => {
    const verifiedBefore = passwordVerificationCount();
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt('nobody@example.test', `guess-${i}`, '203.0.113.8')));
    assert.equal(passwordVerificationCount() - verifiedBefore, 5);
    assert.deepEqual(replies.map((r) => r.statusCode).sort(), [401, 401, 401, 401, 429, 429, 429, 429]);
  });

  it('reserves atomically in the database: 15 parallel reservations, exactly 5 granted', async () => {
    const key = { account: await accountKeyOf(t.database.db, 'race@example.test'), client: 'ip:race' };
    const now = new Date();
    const granted = await Promise.all(Array.from({ length: 15 }, () => reserveAttempt(t.database.db, key, CLIENT_RULE, now)));
    assert.equal(granted.filter(Boolean).length, 5);
  });

  it('a stranger locks only their own address: the owner logs in from another one', async () => {
    const email = await newAccount();
    for (let i = 0; i < 5; i++) await attempt(email, `stranger-${i}`, '198.51.100.1');
    assert.equal((await attempt(email, RIGHT, '198.51.100.1')).statusCode, 429, 'the stranger’s address is locked');
    const owner = await attempt(email, RIGHT, '192.0.2.10');
    assert.equal(owner.statusCode, 200, owner.body);
  });

  it('a known device of the owner still logs in from the stranger’s (shared) address', async () => {
    const email = await newAccount();
    const first = await attempt(email, RIGHT, '192.0.2.20');
    const device = first.cookies.find((c) => c.name === 'sv_device');
    assert.ok(device, 'a device cookie after a successful login');
    assert.equal(device.httpOnly, true);
    assert.equal(device.path, '/api/v1/session');
    for (let i = 0; i < 5; i++) await attempt(email, `stranger-${i}`, '198.51.100.2');
    assert.equal((await attempt(email, RIGHT, '198.51.100.2')).statusCode, 429, 'without the cookie: locked');
    const known = await attempt(email, RIGHT, '198.51.100.2', device.value);
    assert.equal(known.statusCode, 200, known.body);
    const stolen = await attempt(email, 'wrong-from-device', '198.51.100.2', 'A'.repeat(43));
    assert.equal(stolen.statusCode, 429, 'a made-up device cookie counts as the address');
  });

  it('guessing from many addresses trips the account-wide backstop, which a known device passes', async () => {
    const email = await newAccount();
    const device = (await attempt(email, RIGHT, '192.0.2.30')).cookies.find((c) => c.name === 'sv_device')?.value;
    assert.ok(device);
    const rounds = UNTRUSTED_RULE.limit / CLIENT_RULE.limit;
    for (let ip = 0; ip < rounds; ip++) {
      await Promise.all(Array.from({ length: CLIENT_RULE.limit }, (_, i) => attempt(email, `spray-${i}`, `100.64.0.${ip + 1}`)));
    }
    const fresh = await attempt(email, RIGHT, '100.64.1.1');
    assert.equal(fresh.statusCode, 429, 'an unknown client is refused while the backstop holds');
    assert.ok(Number(fresh.headers['retry-after']) <= 3600, 'the backstop lock is capped at an hour');
    const known = await attempt(email, RIGHT, '100.64.1.1', device);
    assert.equal(known.statusCode, 200, known.body);
  });

  it('locks for 15 minutes, doubling per lock, capped at 24 hours, and counts afresh after a lock', async () => {
    const email = await newAccount();
    const user = await findUserByEmail(t.database.db, email);
    const ctx = systemContext(t.database.db, 'test');
    const client = { ip: '203.0.113.99' };
    const fail = (now: Date) => verifyGuarded(ctx, email, user, 'wrong-password-x', client, now);
    const t0 = new Date('2030-01-01T00:00:00Z');
    const lockAfter = async (start: Date) => {
      let last: Awaited<ReturnType<typeof fail>> | undefined;
      for (let i = 0; i < CLIENT_RULE.limit; i++) last = await fail(start);
      assert.ok(last && !last.ok);
      return last.lockedUntil?.getTime();
    };
    assert.equal(await lockAfter(t0), t0.getTime() + 15 * MINUTE);
    const t1 = new Date(t0.getTime() + 16 * MINUTE);
    assert.equal(await lockAfter(t1), t1.getTime() + 30 * MINUTE);
    const during = await verifyGuarded(ctx, email, user, RIGHT, client, new Date(t1.getTime() + 29 * MINUTE));
    assert.equal(during.ok, false, 'the right password is refused during the lock');
    await t.database.db
      .updateTable('login_throttle')
      .set({ lock_level: 12 })
      .where('account_key', '=', await accountKeyOf(t.database.db, email))
      .where('client_key', 'like', 'ip:%')
      .execute();
    const t2 = new Date(t1.getTime() + 31 * MINUTE);
    assert.equal(await lockAfter(t2), t2.getTime() + 24 * 60 * MINUTE, 'capped');
    const later = await verifyGuarded(ctx, email, user, RIGHT, client, new Date(t2.getTime() + 24 * 60 * MINUTE + 1000));
    assert.equal(later.ok, true, 'the lock ends');
  });

  it('an administrator’s password reset lifts the account’s locks', async () => {
    const admin = await loginAs(t.app, t.database, 'admin');
    const email = await newAccount();
    for (let i = 0; i < 5; i++) await attempt(email, `stranger-${i}`, '198.51.100.3');
    const user = await findUserByEmail(t.database.db, email);
    const reset = await t.app.inject({ method: 'POST', url: `/api/v1/users/${user?.id}/password-reset`, headers: admin.headers });
    assert.equal(reset.statusCode, 200, reset.body);
    const login = await attempt(email, reset.json().generatedPassword, '198.51.100.3');
    assert.equal(login.statusCode, 200, login.body);
  });
});
