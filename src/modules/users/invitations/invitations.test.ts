/**
 * Invitations by one-time link: the mail through the outbox and a real (local) SMTP server, the
 * link's token stored only as a hash, used once, expiring; resend and withdraw; the status in the
 * users list; the processing log; and the link returned once when no SMTP server is configured.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startSmtpCapture, type SmtpCapture } from '../../../../test/e2e/support/smtp-capture.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { createTransport, drainOnce } from '../../mail/worker.ts';

const PASSWORD = 'Zelf-Gekozen-Wachtwoord-7';

describe('invitations by one-time link', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ config: { smtpUrl: smtp.url, publicUrl: 'https://veilig.example.test', inviteHours: 72 } });
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => {
    await t.close();
    await smtp.stop();
  });

  const invite = (email: string, role = 'analyst') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/users/invitations',
      headers: admin.headers,
      payload: { email, role, displayName: 'Nieuw' },
    });
  const accept = (token: string, password = PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session/invitation', payload: { token, password } });
  /** Sends what the outbox holds through the local SMTP server; returns the token of the newest mail to `email`. */
  const mailedToken = async (email: string): Promise<string> => {
    const transport = createTransport(smtp.url);
    await drainOnce(t.database.db, transport, 'noreply@example.test');
    transport.close();
    const mail = await smtp.waitFor((m) => m.to.includes(email) && m.subject === 'Uitnodiging voor Stadsveilig');
    const sent = smtp.messages.filter((m) => m.to.includes(email)).at(-1) ?? mail;
    const match = /https:\/\/veilig\.example\.test\/uitnodiging#([A-Za-z0-9_-]{20,})/.exec(sent.text);
    assert.ok(match, sent.text);
    return match[1]!;
  };
  const listed = async (email: string) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    return res.json().users.find((u: { email: string }) => u.email === email);
  };

  it('mails a link; the invitee sets a password once and is logged in; only the hash is stored', async () => {
    const res = await invite('nieuw@example.test');
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().link, null, 'with SMTP the link goes only by mail');
    assert.equal(res.json().smtpConfigured, true);
    assert.equal(res.json().user.invitation.status, 'pending');
    const hours = (Date.parse(res.json().expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 71.9 && hours <= 72, String(hours));
    const token = await mailedToken('nieuw@example.test');
    const stored = await t.database.db.selectFrom('user_invitations').select('token_hash').execute();
    assert.ok(stored.some((r) => r.token_hash === createHash('sha256').update(token).digest('hex')));
    assert.ok(stored.every((r) => !r.token_hash.includes(token)));
    // The invitee cannot log in before accepting (nobody knows the account's password).
    const weak = await accept(token, 'kort');
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().errors[0].name, 'body.password');
    const withEmail = await accept(token, 'nieuw@example.test-1234');
    assert.equal(withEmail.statusCode, 400, 'the one password rule: not the e-mail address');
    const ok = await accept(token);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().authenticated, true);
    assert.equal(ok.json().user.email, 'nieuw@example.test');
    assert.equal(ok.json().user.mustChangePassword, false);
    const cookie = String(ok.headers['set-cookie']).match(/sv_session=[^;]+/)?.[0];
    assert.ok(cookie);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    assert.equal(me.json().user.email, 'nieuw@example.test');
    const again = await accept(token, 'Een-Ander-Wachtwoord-99');
    assert.equal(again.statusCode, 404, 'a token works once');
    assert.match(again.json().detail, /werkt niet \(meer\)/);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'nieuw@example.test', password: PASSWORD },
    });
    assert.equal(login.statusCode, 200, 'the chosen password works for a login');
    const row = await listed('nieuw@example.test');
    assert.equal(row.invitation.status, 'accepted');
    assert.equal(row.permissions.invite, false);
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'accounts.manage')
      .where('data_subject_type', '=', 'user')
      .execute();
    const texts = logged.map((r) => JSON.stringify(r.attributes));
    assert.ok(texts.some((x) => x.includes('"invitation":"sent"')));
    assert.ok(texts.some((x) => x.includes('"invitation":"accepted"')));
  });

  it('expires; a resent link works and the old one does not; a withdrawn one disables the account', async () => {
    const res = await invite('laat@example.test', 'viewer');
    const id = res.json().user.id as string;
    const first = await mailedToken('laat@example.test');
    await t.database.db
      .updateTable('user_invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', id)
      .execute();
    assert.equal((await listed('laat@example.test')).invitation.status, 'expired');
    assert.equal((await accept(first)).statusCode, 404, 'an expired link is refused');
    const resent = await t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/invitation`, headers: admin.headers });
    assert.equal(resent.statusCode, 200, resent.body);
    assert.equal(resent.json().user.invitation.status, 'pending');
    const second = await mailedToken('laat@example.test');
    assert.notEqual(second, first);
    const withdrawn = await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${id}/invitation`, headers: admin.headers });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json().status, 'disabled');
    assert.equal(withdrawn.json().invitation.status, 'withdrawn');
    assert.equal((await accept(second)).statusCode, 404, 'a withdrawn link is refused');
    const third = await t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/invitation`, headers: admin.headers });
    assert.equal(third.json().user.status, 'active', 'resending makes the account active again');
    assert.equal((await accept(await mailedToken('laat@example.test'))).statusCode, 200);
    const afterAccept = await t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/invitation`, headers: admin.headers });
    assert.equal(afterAccept.statusCode, 409, 'an accepted invitation is not resent');
  });

  it('is for administrators only, and refuses unknown tokens', async () => {
    const coordinator = await loginAs(t.app, t.database, 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users/invitations',
      headers: coordinator.headers,
      payload: { email: 'x@example.test', role: 'admin' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal((await accept('a'.repeat(43))).statusCode, 404);
    assert.equal((await invite('nieuw@example.test')).statusCode, 409, 'an existing address');
  });
});

describe('invitations without an SMTP server', () => {
  it('returns the link once: the mail stays queued', async () => {
    const t = await createTestApp({ config: { smtpUrl: undefined, publicUrl: undefined } });
    try {
      const admin = await loginAs(t.app, t.database, 'admin');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users/invitations',
        headers: admin.headers,
        payload: { email: 'zonder@example.test', role: 'viewer' },
      });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().smtpConfigured, false);
      const link = res.json().link as string;
      assert.match(link, /^http:\/\/[^/]+\/uitnodiging#[A-Za-z0-9_-]{40,}$/, 'the request’s origin without STADSVEILIG_PUBLIC_URL');
      const token = link.split('#')[1]!;
      const ok = await t.app.inject({ method: 'POST', url: '/api/v1/session/invitation', payload: { token, password: PASSWORD } });
      assert.equal(ok.statusCode, 200, ok.body);
    } finally {
      await t.close();
    }
  });
});
