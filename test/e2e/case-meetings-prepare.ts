/**
 * Prepares the database of the case meeting browser test (case-meetings.test.ts) before the server
 * starts: migrations and shipped data (as `serve` does), three accounts — a procesregisseur
 * (caseworker), a partner account and a caseworker colleague — and two fictional cases the
 * procesregisseur directs: the partner is assigned to the first, the colleague to the second.
 * Prints the case references as one JSON line. Run: node --import tsx test/e2e/case-meetings-prepare.ts
 */
import { databaseTarget } from '../../src/db/database-target.ts';
import { loadConfig } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { insertFixtureCase } from '../../src/modules/cases/fixtures/plan-fixture.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';
import { CASE_MEETING_USERS, CASE_PERSONS } from './support/case-meetings.ts';

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const ctx = systemContext(database.db, 'e2e-case-meetings');
  const ids: Record<string, string> = {};
  for (const [key, u] of Object.entries(CASE_MEETING_USERS)) {
    ids[key] = (await createUser(ctx, { email: u.email, password: u.password, role: u.role, displayName: u.name })).user.id;
  }
  const first = await insertFixtureCase(database.db, {
    directorId: ids.director!,
    members: [{ userId: ids.partner! }],
    personName: CASE_PERSONS.first,
  });
  const second = await insertFixtureCase(database.db, {
    directorId: ids.director!,
    members: [{ userId: ids.colleague! }],
    personName: CASE_PERSONS.second,
  });
  process.stdout.write(`${JSON.stringify({ first: first.reference, second: second.reference })}\n`);
} finally {
  await database.close();
}
