import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('the README’s default first administrator admin@localhost is a valid setting, given or defaulted', () => {
  assert.equal(loadConfig({}).adminEmail, 'admin@localhost');
  assert.equal(loadConfig({ STADSVEILIG_ADMIN_EMAIL: 'admin@localhost' }).adminEmail, 'admin@localhost');
  assert.equal(loadConfig({ STADSVEILIG_ADMIN_EMAIL: ' Beheer@Dordrecht.NL ' }).adminEmail, 'beheer@dordrecht.nl');
});

test('a setting that is not an e-mail address stops the start with a clear line', () => {
  for (const bad of ['admin', 'admin@', 'a b@x.nl', `${'a'.repeat(300)}@x.nl`]) {
    assert.throws(
      () => loadConfig({ STADSVEILIG_ADMIN_EMAIL: bad }),
      (e: unknown) => e instanceof ConfigError && /STADSVEILIG_ADMIN_EMAIL: must be/.test(e.message),
      bad.slice(0, 20),
    );
  }
});

test('sessions end after 30 idle minutes by default, configurable', () => {
  assert.equal(loadConfig({}).sessionIdleMinutes, 30);
  assert.equal(loadConfig({ STADSVEILIG_SESSION_IDLE_MINUTES: '5' }).sessionIdleMinutes, 5);
  assert.throws(() => loadConfig({ STADSVEILIG_SESSION_IDLE_MINUTES: '0' }), /STADSVEILIG_SESSION_IDLE_MINUTES/);
});

test('the map shows the PDOK background with streets by default; none stays an explicit choice', () => {
  assert.equal(loadConfig({}).mapBackground, 'pdok-brt');
  assert.equal(loadConfig({ STADSVEILIG_MAP_BACKGROUND: 'none' }).mapBackground, 'none');
  assert.throws(() => loadConfig({ STADSVEILIG_MAP_BACKGROUND: 'satellite' }), /STADSVEILIG_MAP_BACKGROUND/);
});
