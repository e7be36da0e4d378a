/** Creates a user with a role and logs in through the API, for tests that need a session. */
import { systemContext } from '../../src/core/context.ts';
import type { Role } from '../../src/core/roles.ts';
import type { Database } from '../../src/db/database.ts';
import type { App } from '../../src/core/module-contract.ts';
import { createUser } from '../../src/modules/users/user-service.ts';

export interface TestSession {
  userId: string;
  email: string;
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request: cookie + CSRF token. */
  headers: Record<string, string>;
}

let counter = 0;

export async function loginAs(app: App, database: Database, role: Role, email = `${role}${++counter}@example.test`): Promise<TestSession> {
  const password = `pw-${role}-correct-horse-battery`;
  const created = await createUser(systemContext(database.db, 'test'), { email, role, password });
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'sv_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `sv_session=${setCookie.value}`;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return { userId: created.user.id, email, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
