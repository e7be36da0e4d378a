import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/pages/beheer/en.json' with { type: 'json' };
import nl from '../../web/src/pages/beheer/nl.json' with { type: 'json' };
import { lastLoginText, lockoutText, statusText, whoOf } from '../../web/src/pages/beheer/format.ts';
import { BEHEER_PATH, SECTIONS, USERS_PATH, sectionFor, visibleSections } from '../../web/src/pages/beheer/paths.ts';
import { ROLES, type UserView } from '../../web/src/pages/beheer/types.ts';

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
  permissions: { update: true, disable: true, resetPassword: true },
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
