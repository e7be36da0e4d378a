import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/pages/beheer/en.json' with { type: 'json' };
import nl from '../../web/src/pages/beheer/nl.json' with { type: 'json' };
import { lastLoginText, lockoutText, statusText, whoOf } from '../../web/src/pages/beheer/format.ts';
import { BEHEER_PATH, SECTIONS, USERS_PATH, sectionFor, visibleSections } from '../../web/src/pages/beheer/paths.ts';
import {
  failedMailText,
  keyStatusText,
  outboxCounts,
  lastUsedText,
  parseQuota,
  quotaText,
  sortKeys,
} from '../../web/src/pages/beheer/keys-mail-format.ts';
import { ROLES, type ApiKeyView, type OutboxOverview, type UserView } from '../../web/src/pages/beheer/types.ts';

const keys = (obj: unknown, prefix = ''): string[] =>
  Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const t = (key: string, vars: Record<string, unknown> = {}) => `${key}${JSON.stringify(vars)}`;

const user = (over: Partial<UserView> = {}): UserView => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'piet@example.test',
  displayName: 'Piet',
  role: 'analyst',
  roleLabel: 'analist',
  status: 'active',
  mustChangePassword: false,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  lockout: { lockedUntil: null, lockedClients: 0, failedLogins: 0 },
  departments: [],
  invitation: null,
  permissions: { update: true, disable: true, resetPassword: true, invite: false },
  ...over,
});

describe('Beheer page: sections and texts', () => {
  it('shows only sections the session may use; /beheer opens the first', () => {
    assert.deepEqual(visibleSections(['areas:read']), []);
    assert.equal(sectionFor(BEHEER_PATH, ['users:manage'])?.id, 'users');
    assert.equal(sectionFor(`${USERS_PATH}/`, ['users:manage'])?.id, 'users');
    assert.equal(sectionFor('/beheer/onbekend', ['users:manage'])?.id, 'users');
    assert.equal(sectionFor(USERS_PATH, ['areas:read']), null);
    for (const s of SECTIONS) assert.ok(s.path.startsWith(`${BEHEER_PATH}/`), s.path);
  });

  it('has every text in Dutch and English, a label for every role and section', () => {
    assert.deepEqual(keys(en).sort(), keys(nl).sort());
    for (const r of ROLES) assert.ok(keys(nl).includes(`roles.${r}`), r);
    for (const s of SECTIONS) assert.ok(keys(nl).includes(`sections.${s.id}`), s.id);
  });

  it('describes status, last login and lock-out from the reply', () => {
    assert.equal(whoOf(user()), 'Piet');
    assert.equal(whoOf(user({ displayName: null })), 'piet@example.test');
    assert.equal(statusText(user({ mustChangePassword: true }), t), 'beheer.users.status.active{}, beheer.users.status.mustChange{}');
    assert.equal(statusText(user({ status: 'disabled', mustChangePassword: true }), t), 'beheer.users.status.disabled{}');
    assert.equal(lastLoginText(user(), t, 'nl'), 'beheer.users.never{}');
    assert.match(lastLoginText(user({ lastLoginAt: '2026-03-02T09:05:00.000Z' }), t, 'nl'), /2 mrt 2026.*10:05/);
    assert.equal(lockoutText(user(), t, 'nl'), 'beheer.users.lockout.none{}');
    assert.equal(
      lockoutText(user({ lockout: { lockedUntil: null, lockedClients: 0, failedLogins: 3 } }), t, 'nl'),
      'beheer.users.lockout.failures{"count":3}',
    );
    const locked = lockoutText(user({ lockout: { lockedUntil: '2026-03-02T09:20:00.000Z', lockedClients: 2, failedLogins: 5 } }), t, 'nl');
    assert.match(locked, /^beheer\.users\.lockout\.lockedUntil\{"time":".*10:20"\} beheer\.users\.lockout\.clients\{"count":2\}$/);
  });
});

describe('Beheer page: API keys and mail', () => {
  const key = (over: Partial<ApiKeyView> = {}): ApiKeyView => ({
    id: '00000000-0000-4000-8000-0000000000aa',
    name: 'Buiten Beter',
    createdAt: '2026-03-02T09:05:00.000Z',
    revokedAt: null,
    quotaPerHour: null,
    lastUsedAt: null,
    ...over,
  });

  it('shows the sections only with the permission their API requires', () => {
    assert.deepEqual(
      visibleSections(['users:manage', 'signals:configure', 'mail:manage']).map((s) => s.id),
      ['users', 'keys', 'mail', 'departments', 'categories', 'routing'],
    );
    assert.equal(sectionFor('/beheer/afdelingen', ['users:manage'])?.id, 'departments');
    assert.deepEqual(
      visibleSections(['signals:configure']).map((s) => s.id),
      ['keys', 'categories', 'routing'],
    );
    assert.equal(sectionFor('/beheer/categorieen', ['signals:configure'])?.id, 'categories');
    assert.equal(sectionFor('/beheer/routering/', ['signals:configure'])?.id, 'routing');
    assert.equal(sectionFor('/beheer/routering', ['users:manage'])?.id, 'users', 'no routing without signals:configure');
    assert.equal(sectionFor('/beheer/api-sleutels', ['users:manage', 'signals:configure'])?.id, 'keys');
    assert.equal(sectionFor('/beheer/mail', ['users:manage']), sectionFor(BEHEER_PATH, ['users:manage']), 'no mail without mail:manage');
    assert.equal(sectionFor('/beheer/Mail/', ['mail:manage'])?.id, 'mail');
  });

  it('describes a key: quota, status, order', () => {
    assert.equal(quotaText(key(), t), 'beheer.keys.quotaDefault{}');
    assert.equal(quotaText(key({ quotaPerHour: 60 }), t), 'beheer.keys.quotaPerHour{"count":60}');
    assert.equal(keyStatusText(key(), t, 'nl'), 'beheer.keys.status.active{}');
    assert.equal(lastUsedText(key(), t, 'nl'), 'beheer.keys.neverUsed{}');
    assert.match(lastUsedText(key({ lastUsedAt: '2026-03-02T09:07:00.000Z' }), t, 'nl'), /2 mrt 2026.*10:07/);
    assert.match(
      keyStatusText(key({ revokedAt: '2026-03-02T09:20:00.000Z' }), t, 'nl'),
      /^beheer\.keys\.status\.revoked\{"time":".*10:20"\}$/,
    );
    const old = key({ id: 'a', createdAt: '2026-01-01T00:00:00.000Z' });
    const recent = key({ id: 'b', createdAt: '2026-02-01T00:00:00.000Z' });
    const revoked = key({ id: 'c', createdAt: '2026-03-01T00:00:00.000Z', revokedAt: '2026-03-02T00:00:00.000Z' });
    assert.deepEqual(
      sortKeys([revoked, old, recent]).map((k) => k.id),
      ['b', 'a', 'c'],
    );
  });

  it('reads the quota field: empty is the default, else a whole number 1 – 1 000 000', () => {
    assert.deepEqual(parseQuota('  '), { ok: true, value: undefined });
    assert.deepEqual(parseQuota(' 120 '), { ok: true, value: 120 });
    assert.deepEqual(parseQuota('1000000'), { ok: true, value: 1_000_000 });
    for (const bad of ['0', '1000001', '1.5', '-3', '12a', '1e3']) assert.deepEqual(parseQuota(bad), { ok: false }, bad);
  });

  it('counts the outbox as queued (pending and sending), sent and failed', () => {
    const overview: OutboxOverview = {
      counts: { pending: 2, sending: 1, sent: 7, failed: 1 },
      oldestPendingAt: null,
      failed: [],
      recent: [],
    };
    assert.deepEqual(outboxCounts(overview), [
      { state: 'queued', count: 3 },
      { state: 'sent', count: 7 },
      { state: 'failed', count: 1 },
    ]);
    const mail = { id: 1, subject: 'S', recipientDomain: 'x.nl', attempts: 12, lastError: null, createdAt: '2026-03-02T09:00:00.000Z' };
    assert.equal(
      failedMailText({ ...mail, lastAttemptAt: null }, t, 'nl'),
      'beheer.mail.attempts{"count":12,"time":"beheer.mail.never{}"}',
    );
    assert.match(failedMailText({ ...mail, lastAttemptAt: '2026-03-02T09:05:00.000Z' }, t, 'nl'), /"count":12,"time":".*10:05"/);
  });
});
