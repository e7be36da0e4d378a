/**
 * The app the authorisation matrix and the input fuzz run against: Dordrecht areas and the default
 * report categories (as a first start leaves them), one logged-in session per role, and a partner
 * account that acts for a partner organisation (so partner-scoped routes answer it as they would
 * in use). Chromium points nowhere: no test here may start a browser (the PDF report would answer
 * 503, which the suites count as a failure).
 */
import type { Config } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { ROLES, type Role } from '../../src/core/roles.ts';
import { routeAccessList } from '../../src/http/access.ts';
import { seedAreasIfEmpty } from '../../src/modules/areas/index.ts';
import { seedSignalDefaultsIfEmpty } from '../../src/modules/signals/index.ts';
import { SEED_DIR } from '../fixtures/areas/seeded-database.ts';
import { loginAs, type TestSession } from '../helpers/sessions.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { listOperations, type Operation } from './operations.ts';

export type Actor = Role | 'anonymous';
export const ACTORS: readonly Actor[] = ['anonymous', ...ROLES];

export interface SecurityApp {
  t: TestApp;
  sessions: Record<Role, TestSession>;
  operations: Operation[];
  /** A valid Open311 API key, for the requests that need one. */
  apiKey: string;
  /** Logs in again (for operations that end the session they run in). */
  freshSession(role: Role): Promise<TestSession>;
}

async function joinPartnerOrganisation(t: TestApp, admin: TestSession, partner: TestSession): Promise<void> {
  const org = await t.app.inject({
    method: 'POST',
    url: '/api/v1/partners',
    headers: admin.headers,
    payload: { name: 'Stichting Buurtwerk', kind: 'youth-work' },
  });
  if (org.statusCode !== 201) throw new Error(`partner organisation: ${org.statusCode} ${org.body}`);
  const member = await t.app.inject({
    method: 'POST',
    url: `/api/v1/partners/${org.json().id}/members`,
    headers: admin.headers,
    payload: { userId: partner.userId },
  });
  if (member.statusCode !== 204) throw new Error(`partner membership: ${member.statusCode} ${member.body}`);
}

export async function createSecurityApp(options: { config?: Partial<Config> } = {}): Promise<SecurityApp> {
  const t = await createTestApp({
    config: { chromiumPath: '/nonexistent/chromium-for-tests', ...options.config },
    prepare: async (database, config) => {
      const ctx = systemContext(database.db, 'test');
      await seedAreasIfEmpty(ctx, SEED_DIR);
      await seedSignalDefaultsIfEmpty(ctx, config.municipality);
    },
  });
  const sessions = {} as Record<Role, TestSession>;
  for (const role of ROLES) sessions[role] = await loginAs(t.app, t.database, role);
  await joinPartnerOrganisation(t, sessions.admin, sessions.partner);
  const key = await t.app.inject({
    method: 'POST',
    url: '/api/v1/open311-api-keys',
    headers: sessions.admin.headers,
    payload: { name: 'Integratie' },
  });
  if (key.statusCode !== 201) throw new Error(`api key: ${key.statusCode} ${key.body}`);
  const operations = await listOperations(t.app, routeAccessList(t.app));
  return { t, sessions, operations, apiKey: key.json().key, freshSession: (role) => loginAs(t.app, t.database, role) };
}

/** A different client address per request, so per-IP limits of one route do not mask its answer. */
export function addressSequence(prefix = '198.18'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
  };
}
