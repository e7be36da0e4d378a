import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldOfApiError, loginProblems, passwordFormProblems } from '../../web/src/auth/password-form.ts';

describe('login form', () => {
  it('accepts the README’s admin@localhost and other addresses a municipality uses (the server’s one rule)', () => {
    for (const email of ['admin@localhost', ' a.b@dordrecht.nl ', 'beheer@intranet'])
      assert.deepEqual(loginProblems(email, 'pw'), [], email);
  });
  it('names a bad address and a missing password', () => {
    assert.deepEqual(loginProblems('admin@', ''), ['login.invalidEmail', 'login.passwordRequired']);
    assert.deepEqual(loginProblems(`${'a'.repeat(250)}@localhost`, 'x'), ['login.invalidEmail']);
  });
});

describe('password form', () => {
  it('checks what needs no round trip, per field', () => {
    assert.deepEqual(passwordFormProblems({ current: 'old-password-1', next: 'a-new-password', repeat: 'a-new-password' }), {});
    assert.deepEqual(passwordFormProblems({ current: '', next: 'short', repeat: 'other' }), {
      current: 'password.currentRequired',
      next: 'password.tooShort',
      repeat: 'password.mismatch',
    });
    assert.deepEqual(passwordFormProblems({ current: 'same-password-1', next: 'same-password-1', repeat: 'same-password-1' }), {
      next: 'password.sameAsCurrent',
    });
  });
  it('puts the API’s field errors on the form’s fields', () => {
    assert.equal(fieldOfApiError('body.currentPassword'), 'current');
    assert.equal(fieldOfApiError('body.newPassword'), 'next');
    assert.equal(fieldOfApiError('body'), null);
  });
});
