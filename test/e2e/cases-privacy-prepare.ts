/**
 * Prepares the database of the cases privacy browser test (cases-privacy.test.ts) before the server
 * starts: migrations and shipped data (as `serve` does), three accounts — a procesregisseur and a
 * second caseworker (role caseworker) and a privacy officer (role privacy) — and one made-up case
 * directed by the first, stored as the case service stores it (BSN encrypted with the installation's
 * key file, keyed search hashes). Prints the case id as one JSON line.
 * Run: node --import tsx test/e2e/cases-privacy-prepare.ts
 */
import { loadConfig } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { databaseTarget } from '../../src/db/database-target.ts';
import { openDatabase } from '../../src/db/database.ts';
import { insertFixtureCase } from '../../src/modules/cases/fixtures/privacy-fixtures.ts';
import { createUser } from '../../src/modules/users/index.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

export const PRIVACY_E2E = {
  director: { email: 'regisseur@example.test', password: 'regie-Correct-Horse-42', name: 'Anna Regisseur' },
  caseworker: { email: 'nachtdienst@example.test', password: 'nacht-Correct-Horse-42', name: 'Nico Nachtdienst' },
  privacy: { email: 'fg@example.test', password: 'fg-Correct-Horse-42-x', name: 'Fien Functionaris' },
  person: { name: 'Testpersoon Verzonnen', birthDate: '1988-08-08', bsn: '999990019' },
  reference: 'PGA-2026-0101',
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig();
  const database = await openDatabase(databaseTarget(config));
  try {
    await prepareDatabase(database, config);
    const ctx = systemContext(database.db, 'e2e-cases-privacy');
    const make = (who: { email: string; password: string; name: string }, role: 'caseworker' | 'privacy') =>
      createUser(ctx, { email: who.email, password: who.password, role, displayName: who.name, mustChangePassword: false });
    const director = await make(PRIVACY_E2E.director, 'caseworker');
    await make(PRIVACY_E2E.caseworker, 'caseworker');
    await make(PRIVACY_E2E.privacy, 'privacy');
    const caseId = await insertFixtureCase(database.db, config, {
      reference: PRIVACY_E2E.reference,
      gemeente: config.municipality,
      person: PRIVACY_E2E.person,
      directorId: director.user.id,
    });
    process.stdout.write(`${JSON.stringify({ caseId })}\n`);
  } finally {
    await database.close();
  }
}
