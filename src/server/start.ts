/**
 * Starts the HTTP server: listen at once (health answers `starting` meanwhile, starting-server.ts),
 * open the configured database, prepare it, build the app, hand the port over to the app, and
 * shut down cleanly (closing the database releases the embedded data-directory lock).
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
import { takeEarlyListener } from './early-listener.ts';
import { listenWhileStarting } from './starting-server.ts';

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

export interface StartOptions {
  logger?: boolean;
  /** Called as soon as the port answers (health says `starting` until the app serves). */
  onAnswering?: (url: string) => void;
}

/** The address to print: a wildcard host is reached as localhost. */
function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const engine = config.databaseUrl ? 'postgres' : 'embedded';
  // `bin/stadsveilig.js serve` listened before it loaded the modules (early-listener.ts): take that over.
  const starting = await (takeEarlyListener(config.port, config.host, engine) ?? listenWhileStarting(config.port, config.host, engine));
  options.onAnswering?.(urlOf(config.host, starting.port));
  let database: Database | undefined;
  try {
    const db = await openDatabase(databaseTarget(config));
    database = db;
    const report = await prepareDatabase(db, config, new Date(), starting.step);
    await refreshSettings(db.db, config);
    const warnings = await startupWarnings(systemContext(db.db, 'start-up'), config);
    starting.step('app');
    const app = await buildApp({ config, database: db }, { serveWeb: true, logger: options.logger ?? true });
    // Every plugin loaded before the port changes hands, so the gap is only close + listen.
    await app.ready();
    await starting.close();
    const address = await app.listen({ port: starting.port, host: config.host });
    const timer = setInterval(
      () => void runHousekeeping(db, config).catch((err: Error) => app.log.error({ err }, 'housekeeping failed')),
      HOUR,
    );
    timer.unref();
    const settingsTimer = setInterval(
      () => void refreshSettings(db.db, config).catch((err: Error) => app.log.error({ err }, 'reading the settings failed')),
      SETTINGS_REFRESH_MS,
    );
    settingsTimer.unref();
    // The SMTP outbox: without STADSVEILIG_SMTP_URL messages wait in mail_outbox.
    const outbox: OutboxWorker | null = config.smtpUrl
      ? startOutboxWorker(db.db, { smtpUrl: config.smtpUrl, from: config.mailFrom }, 5000, (err) =>
          app.log.error({ err }, 'mail outbox failed'),
        )
      : null;
    // Load the incidents' in-memory columns now, not on the first analysis request: on the embedded
    // engine the load holds the database for seconds (≈ 5 s per million incidents).
    void getIncidentColumns(systemContext(db.db, 'start-up'), config.municipality).catch((err: Error) =>
      app.log.error({ err }, 'loading incident columns failed'),
    );
    // Imports from the browser: jobs a stopped server left behind are failed with a reason, then they run here.
    await startImportRunner(db.db, {
      dataDir: config.dataDir,
      exclusive: !config.databaseUrl,
      log: (err, message) => app.log.error({ err }, message),
    });
    const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
    return {
      app,
      database: db,
      url,
      report,
      warnings,
      async close() {
        clearInterval(timer);
        clearInterval(settingsTimer);
        await outbox?.stop();
        await app.close();
        await db.close();
      },
    };
  } catch (err) {
    await starting.close();
    await database?.close();
    throw err;
  }
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `embedded database in ${config.dataDir}`;
}
