/**
 * Prepares the database of the beleving browser test before the server starts: migrations and the
 * shipped data (as `serve` does), then clearly made-up survey figures for the gemeente and every
 * wijk in 2021 and 2023, imported through the real survey importer. No Dordrecht survey data
 * exists (data/perception, SOURCES.md §3); these numbers only let the discrepancy view and the
 * profile show survey-based indices. Source label: "synthetisch (e2e-test)".
 * Run: node --import tsx test/e2e/perception-prepare.ts   (environment as for `serve`)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseTarget } from '../../src/db/database-target.ts';
import { loadConfig } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { listAreas } from '../../src/modules/areas/index.ts';
import { importSurvey } from '../../src/modules/perception/survey/survey-import.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';
import { loadDemoIncidents } from './support/demo-incidents.ts';

/** Made-up figures: a fixed spread around the city value, n = 400, margin 4 (decimal comma as published). */
function syntheticSurveyCsv(gemeente: string, wijken: string[]): string {
  const rows = ['indicator;area;year;value;n;margin'];
  for (const year of [2021, 2023]) {
    rows.push(
      `feels-unsafe-buurt;${gemeente};${year};${year === 2021 ? '22,0' : '20,0'};2000;1,8`,
      `victim-total;${gemeente};${year};12,0;2000;1,4`,
    );
    wijken.forEach((code, i) => {
      const unsafe = 8 + ((i * 7 + (year === 2023 ? 3 : 0)) % 27);
      rows.push(`feels-unsafe-buurt;${code};${year};${unsafe},0;400;4,0`, `victim-total;${code};${year};${6 + ((i * 5) % 13)},0;400;3,0`);
    });
  }
  return `${rows.join('\n')}\n`;
}

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  await loadDemoIncidents(database, config); // the server runs with STADSVEILIG_DEMO=off: only this test's stories and answers
  const ctx = systemContext(database.db, 'e2e-perception');
  const wijken = (await listAreas(ctx, config.municipality, { level: 'wijk' })).features.map((f) => f.properties.code);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-survey-')), 'synthetic-survey.csv');
  fs.writeFileSync(file, syntheticSurveyCsv(config.municipality, wijken));
  const s = await importSurvey(ctx, { file, municipality: config.municipality, quarantine: false, source: 'synthetisch (e2e-test)' });
  process.stdout.write(`synthetic survey: ${s.rowsStored} rows for ${s.areas.length} areas\n`);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
} finally {
  await database.close();
}
