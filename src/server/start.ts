/**
 * Starts the HTTP server: open the configured database, prepare it, build the app, listen,
 * and shut down cleanly (closing the database releases the embedded data-directory lock).
 */
import type { Config } from '../core/config.ts';
import { openDatabase, redactUrl, type Database } from '../db/database.ts';
import { buildApp } from '../http/app.ts';
import type { App } from '../core/module-contract.ts';
import { databaseTarget } from '../db/database-target.ts';
import { systemContext } from '../core/context.ts';
import { getIncidentColumns } from '../modules/incidents/index.ts';
import { startOutboxWorker, type OutboxWorker } from '../modules/mail/index.ts';
import { refreshSettings, startupWarnings, type StartupWarning } from '../modules/settings/index.ts';
import { startImportRunner } from '../modules/imports/index.ts';
import { prepareDatabase, runHousekeeping, type PrepareReport } from './first-start.ts';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  report: PrepareReport;
  /** What a module needs and is missing, one readable line each (also on Beheer → Instellingen). */
  warnings: StartupWarning[];
  close(): Promise<void>;
}

const HOUR = 3_600_000;
/** How often an instance re-reads the municipality settings another instance may have changed. */
const SETTINGS_REFRESH_MS = 30_000;

export async function startServer(config: Config, options: { logger?: boolean } = {}): Promise<RunningServer> {
  const database = await openDatabase(databaseTarget(config));
  try {
    const report = await prepareDatabase(database, config);
    await refreshSettings(database.db, config);
    const warnings = await startupWarnings(systemContext(database.db, 'start-up'), config);
    const app = await buildApp({ config, database }, { serveWeb: true, logger: options.logger ?? true });
    const address = await app.listen({ port: config.port, host: config.host });
    const timer = setInterval(
      () => void runHousekeeping(database, config).catch((err: Error) => app.log.error({ err }, 'housekeeping failed')),
      HOUR,
    );
    timer.unref();
    const settingsTimer = setInterval(
      () => void refreshSettings(database.db, config).catch((err: Error) => app.log.error({ err }, 'reading the settings failed')),
      SETTINGS_REFRESH_MS,
    );
    settingsTimer.unref();
    // The SMTP outbox: without STADSVEILIG_SMTP_URL messages wait in mail_outbox.
    const outbox: OutboxWorker | null = config.smtpUrl
      ? startOutboxWorker(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom }, 5000, (err) =>
          app.log.error({ err }, 'mail outbox failed'),
        )
      : null;
    // Load the incidents' in-memory columns now, not on the first analysis request: on the embedded
    // engine the load holds the database for seconds (≈ 5 s per million incidents).
    void getIncidentColumns(systemContext(database.db, 'start-up'), config.municipality).catch((err: Error) =>
      app.log.error({ err }, 'loading incident columns failed'),
    );
    // Imports from the browser: jobs a stopped server left behind are failed with a reason, then they run here.
    await startImportRunner(database.db, {
      dataDir: config.dataDir,
      exclusive: !config.databaseUrl,
      log: (err, message) => app.log.error({ err }, message),
    });
    const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
    return {
      app,
      database,
      url,
      report,
      warnings,
      async close() {
        clearInterval(timer);
        clearInterval(settingsTimer);
        await outbox?.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `embedded database in ${config.dataDir}`;
}
