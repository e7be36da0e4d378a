/**
 * Prepares the database of the second Analyse browser test before the server starts: migrations and
 * the shipped data (as `serve` does; the server runs with STADSVEILIG_DEMO=off, so no demo reports
 * mix with the imported ones), the synthetic demo incidents, then clearly made-up residents' reports (meldingen) in 2023,
 * imported through the real signals importer (`stadsveilig import signals`), so the workbench has
 * something to analyse with source=signals. No Dordrecht report export is shipped.
 * The pattern (support/synthetic-reports.ts) is fixed so the test can check it.
 * Run: node --import tsx test/e2e/analysis-prepare.ts   (environment as for `serve`)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseTarget } from '../../src/db/database-target.ts';
import { loadConfig } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { listAreas } from '../../src/modules/areas/index.ts';
import { seedIncidentsIfEmpty } from '../../src/modules/incidents/index.ts';
import { importSignals } from '../../src/modules/signals/import/import-service.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';
import { interiorPoint } from '../../web/src/ui/map/geometry.ts';
import type { AreaGeometry } from '../../web/src/api/types.ts';
import { SIGNAL_COUNT, syntheticReports } from './support/synthetic-reports.ts';

const mapping = {
  source: 'e2e-synthetisch',
  format: 'json' as const,
  defaultStatus: 'done' as const,
  defaultCategory: 'afval-dumping',
  fields: { id: 'id', createdAt: 'created_at', category: 'category', lat: 'lat', lon: 'lon' },
  categories: { straatverlichting: 'straatverlichting', 'afval-dumping': 'afval-dumping' },
};

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const ctx = systemContext(database.db, 'e2e-analysis');
  await seedIncidentsIfEmpty(ctx, config.seedDir, { synthetic: true });
  const buurten = (await listAreas(ctx, config.municipality, { level: 'buurt' })).features
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
    .slice(0, 24);
  const points = buurten.map((b) => interiorPoint(b.geometry as AreaGeometry | null)).filter((p): p is [number, number] => p !== null);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-signals-')), 'synthetic-signals.json');
  fs.writeFileSync(file, JSON.stringify(syntheticReports(points)));
  const r = await importSignals(ctx, config.municipality, file, mapping);
  process.stdout.write(`synthetic reports: ${r.inserted} imported, ${r.withoutBuurt} without buurt, ${r.rejected.length} rejected\n`);
  if (r.inserted !== SIGNAL_COUNT) throw new Error(`expected ${SIGNAL_COUNT} imported reports: ${JSON.stringify(r)}`);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
} finally {
  await database.close();
}
