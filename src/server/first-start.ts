/**
 * What a start does before serving: migrate, load the municipality's shipped data when the
 * database is empty, the demo content of every module (STADSVEILIG_DEMO=on, unless an admin
 * removed it), and create the first admin. Every step is idempotent.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { systemContext } from '../core/context.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { purgeExpiredAuditRecords } from '../modules/audit/index.ts';
import { readManifest, seedAreasIfEmpty } from '../modules/areas/index.ts';
import { describeIncidentSeed, seedIncidentsIfEmpty } from '../modules/incidents/index.ts';
import { purgeOldMail } from '../modules/mail/index.ts';
import { seedCaseCriteriaIfEmpty } from '../modules/cases/index.ts';
import { loadDemoOnStart } from '../modules/demo/index.ts';
import type { StartStep } from '../modules/health/index.ts';
import { MODULES } from '../modules/index.ts';
import { purgeOldPeriodKeys, seedIndicatorCatalogue } from '../modules/perception/index.ts';
import { loadCategories, loadRules, purgeExpiredSignalData, seedCategoriesIfEmpty } from '../modules/signals/index.ts';
import { ensureFirstAdmin, purgeExpiredSessions, seedDepartmentsIfEmpty } from '../modules/users/index.ts';

export interface PrepareReport {
  migrations: string[];
  seeded: string[];
  firstAdmin: { email: string; password: string; generated: boolean } | null;
}

/**
 * `onStep` hears each step as it begins (the start's health says which are still to do); the
 * database step itself (open or create) is the caller's.
 */
export async function prepareDatabase(
  database: Database,
  config: Config,
  now = new Date(),
  onStep: (step: StartStep) => void = () => {},
): Promise<PrepareReport> {
  checkSeedDir(config);
  onStep('migrations');
  const { applied } = await migrate(database);
  onStep('seed');
  const ctx = systemContext(database.db, 'first-start');
  const seeded: string[] = [];
  const areas = await seedAreasIfEmpty(ctx, config.seedDir);
  if (areas) seeded.push(`areas of ${areas.municipality}: ${areas.areas} areas in vintages ${areas.years.join(', ')}`);
  const crime = await seedIncidentsIfEmpty(ctx, config.seedDir);
  seeded.push(...describeIncidentSeed(crime));
  const signalCategories = await seedCategoriesIfEmpty(ctx, config.municipality, config.seedDir);
  if (signalCategories) seeded.push(`report categories: ${signalCategories.categories} (${signalCategories.file})`);
  const departments = await seedDepartmentsIfEmpty(ctx, config.municipality, await departmentNamesInUse(database, config.municipality));
  if (departments) seeded.push(`departments: ${departments} (the names report categories and routing rules use)`);
  const indicators = await seedIndicatorCatalogue(database.db);
  seeded.push(`perception indicator catalogue: ${indicators} indicators (data/perception)`);
  // The first admin before the demo: the cases demo adds a (demo) account, and the first admin is made only when there is none.
  const firstAdmin = await ensureFirstAdmin(ctx, config.adminEmail, config.adminPassword);
  if (await seedCaseCriteriaIfEmpty(database.db, config.municipality)) seeded.push('PGA case criteria: the default list');
  // Demo content of every module (synthetic incidents, reports, …), marked as such; `demo remove` takes it out.
  onStep('demo');
  const demo = await loadDemoOnStart(systemContext(database.db, 'demo'), MODULES, { config, gemeente: config.municipality, now });
  seeded.push(...demo.map((line) => `demo: ${line}`));
  onStep('housekeeping');
  await runHousekeeping(database, config);
  return { migrations: applied, seeded, firstAdmin };
}

/** The department names report categories and routing rules route to. */
async function departmentNamesInUse(database: Database, gemeente: string): Promise<string[]> {
  const categories = await loadCategories(database.db, gemeente);
  const rules = await loadRules(database.db, gemeente);
  return [...categories.map((c) => c.department), ...rules.filter((r) => r.assign_kind === 'department').map((r) => r.assign_to)];
}

/** The seed directory must exist and describe the configured municipality. */
function checkSeedDir(config: Config): void {
  const file = path.join(config.seedDir, 'manifest.json');
  if (!fs.existsSync(file)) {
    throw new Error(`No seed data for ${config.municipality}: ${file} is missing. Set STADSVEILIG_SEED_DIR or STADSVEILIG_MUNICIPALITY.`);
  }
  const named = readManifest(config.seedDir).municipality.code;
  if (named !== config.municipality) {
    throw new Error(`${file} describes ${named}, but STADSVEILIG_MUNICIPALITY is ${config.municipality}.`);
  }
}

/** Retention and clean-up that also runs hourly while serving. */
export async function runHousekeeping(database: Database, config: Config): Promise<void> {
  await purgeExpiredSessions(database.db);
  await purgeExpiredAuditRecords(database.db, config.auditRetentionDays);
  await purgeExpiredSignalData(database.db, config.signalContactRetentionDays);
  await purgeOldPeriodKeys(database.db);
  await purgeOldMail(database.db, config.mailRetentionDays);
  // Each module's own hourly work (reminders that fell due, …).
  const now = new Date();
  for (const module of MODULES) {
    if (module.housekeeping) await module.housekeeping(systemContext(database.db, `housekeeping:${module.name}`), { config, now });
  }
}
