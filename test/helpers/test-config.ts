import { loadConfig, type Config } from '../../src/core/config.ts';

/** Configuration for in-process tests: quiet, no data directory, defaults otherwise. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ STADSVEILIG_LOG_LEVEL: 'silent', STADSVEILIG_DATA_DIR: '/nonexistent-test-dir' });
  return { ...base, databaseUrl: process.env.DATABASE_URL, ...overrides };
}
