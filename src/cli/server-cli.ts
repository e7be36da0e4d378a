/** `stadsveilig serve` and `stadsveilig migrate`. */
import { loadConfig } from '../core/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { describeDatabase, startServer } from '../server/start.ts';
import { databaseTarget } from '../db/database-target.ts';
import type { CliCommands } from '../core/module-contract.ts';

function printFirstStart(url: string, admin: { email: string; password: string; generated: boolean }): void {
  const lines = [
    '',
    '  First start: an administrator account was created.',
    `  Log in at ${url}/ as ${admin.email}`,
    admin.generated
      ? `  One-time password: ${admin.password}   (shown once; set STADSVEILIG_ADMIN_PASSWORD to choose it)`
      : '  Password: the one you set in STADSVEILIG_ADMIN_PASSWORD',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerServerCli({ program }: CliCommands): void {
  program
    .command('serve')
    .description('serve the web app and API (PORT, default 8080; embedded database unless DATABASE_URL is set)')
    .option('--quiet', 'no request logging')
    .action(async (opts: { quiet?: boolean }) => {
      const started = performance.now();
      const config = loadConfig();
      const server = await startServer(config, {
        logger: !opts.quiet,
        onAnswering: (url) =>
          process.stdout.write(`Stadsveilig starting on ${url}: preparing the database (GET /api/v1/health says what is still starting)\n`),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      for (const m of server.report.migrations) process.stdout.write(`Applied migration ${m}\n`);
      for (const s of server.report.seeded) process.stdout.write(`Loaded ${s}\n`);
      for (const w of server.warnings) process.stdout.write(`Warning: ${w.message}\n`);
      if (server.report.firstAdmin) printFirstStart(server.url, server.report.firstAdmin);
      process.stdout.write(`Stadsveilig listening on ${server.url} (${describeDatabase(config)}; ready in ${seconds} s)\n`);
      const stop = (signal: string) => {
        process.stdout.write(`Received ${signal}, shutting down…\n`);
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });

  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(databaseTarget(config));
      try {
        const { applied, current } = await migrate(database);
        process.stdout.write(
          applied.length ? `Applied ${applied.join(', ')}; schema at version ${current}.\n` : `Schema up to date (version ${current}).\n`,
        );
      } finally {
        await database.close();
      }
    });
}
