/**
 * Prepares the database of the PGA figures browser test (case-figures.test.ts) before the server
 * starts: migrations and the shipped data (as `serve` does), two inclusion criteria, and 8 cases
 * opened a few hours ago in one buurt — 6 for "Toetsreden A", 2 for "Toetsreden B" (a small number)
 * — one of them with a person whose name must never show on a figures page.
 * Run: node --import tsx test/e2e/case-figures-prepare.ts
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/core/config.ts';
import { databaseTarget } from '../../src/db/database-target.ts';
import { openDatabase } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

export const FIGURES_PERSON = 'Zwanetta Quaadgras-Merkel';

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const gemeente = config.municipality;
  await database.db
    .insertInto('case_criteria')
    .values([
      { gemeente_code: gemeente, code: 'e2e-a', name_nl: 'Toetsreden A', name_en: 'Test reason A', sort: 900 },
      { gemeente_code: gemeente, code: 'e2e-b', name_nl: 'Toetsreden B', name_en: 'Test reason B', sort: 901 },
    ])
    .execute();
  const opened = new Date(Date.now() - 3 * 3_600_000);
  await database.db
    .insertInto('cases')
    .values(
      Array.from({ length: 8 }, (_, k) => ({
        gemeente_code: gemeente,
        id: randomUUID(),
        reference: `PGA-E2E-${String(k + 1).padStart(4, '0')}`,
        criteria: [k < 6 ? 'e2e-a' : 'e2e-b'],
        person_name: k === 0 ? FIGURES_PERSON : `Testpersoon ${k + 1}`,
        area_code: 'BU05050101',
        legal_basis: 'Convenant Zorg- en Veiligheidshuis',
        opened_at: opened,
      })),
    )
    .execute();
  console.log('8 cases');
} finally {
  await database.close();
}
