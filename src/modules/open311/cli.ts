/** `stadsveilig api-key add NAME [--quota N] | list | revoke ID` — Open311 API keys. */
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { withDatabase } from '../../db/with-database.ts';
import { createApiKey, listApiKeys, MAX_QUOTA_PER_HOUR, revokeApiKey } from './api-keys.ts';

/** `--quota` as a whole number of requests per hour (1 … 1,000,000). */
export function parseQuota(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!/^\d{1,7}$/.test(value) || !Number.isInteger(n) || n < 1 || n > MAX_QUOTA_PER_HOUR) {
    throw new CliError(`--quota: must be a whole number of requests per hour from 1 to ${MAX_QUOTA_PER_HOUR}, not '${value.slice(0, 40)}'`);
  }
  return n;
}

export function registerOpen311Cli({ program }: CliCommands): void {
  const cmd = program.command('api-key').description('manage Open311 API keys');
  cmd
    .command('add')
    .argument('<name>', 'who the key is for, e.g. "BuitenBeter app"')
    .description('create a key and print it once')
    .option('--quota <n>', 'requests per hour for this key (default: STADSVEILIG_OPEN311_KEY_PER_HOUR)')
    .action(async (name: string, opts: { quota?: string }) => {
      const quota = parseQuota(opts.quota);
      await withDatabase(async (ctx, _db, config) => {
        const k = await createApiKey(ctx, name, quota);
        process.stdout.write(
          `API key for ${k.name} (id ${k.id}, ${k.quotaPerHour ?? config.open311KeyPerHour} requests per hour); shown only now, store it safely:\n${k.key}\n`,
        );
      });
    });
  cmd
    .command('list')
    .description('list keys (never the keys themselves)')
    .action(async () => {
      await withDatabase(async (ctx, _db, config) => {
        for (const k of await listApiKeys(ctx)) {
          process.stdout.write(
            `${k.id}  ${k.name}  ${k.quotaPerHour ?? `${config.open311KeyPerHour} (default)`}/hour  created ${k.createdAt}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}\n`,
          );
        }
      });
    });
  cmd
    .command('revoke')
    .argument('<id>')
    .description('revoke a key')
    .action(async (id: string) => {
      await withDatabase(async (ctx) => {
        await revokeApiKey(ctx, id);
        process.stdout.write(`Revoked ${id}.\n`);
      });
    });
}
