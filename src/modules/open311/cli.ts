/** `stadsveilig api-key add NAME | list | revoke ID` — Open311 API keys. */
import type { CliCommands } from '../../cli/main.ts';
import { action, withDatabase } from '../../cli/cli-env.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';

export function registerOpen311Cli({ program }: CliCommands): void {
  const cmd = program.command('api-key').description('manage Open311 API keys');
  cmd.command('add').argument('<name>', 'who the key is for, e.g. "BuitenBeter app"').description('create a key and print it once')
    .action(action(async (name: string) => {
      await withDatabase(async (ctx) => {
        const k = await createApiKey(ctx, name);
        process.stdout.write(`API key for ${k.name} (id ${k.id}); shown only now, store it safely:\n${k.key}\n`);
      });
    }));
  cmd.command('list').description('list keys (never the keys themselves)').action(action(async () => {
    await withDatabase(async (ctx) => {
      for (const k of await listApiKeys(ctx)) process.stdout.write(`${k.id}  ${k.name}  created ${k.createdAt}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}\n`);
    });
  }));
  cmd.command('revoke').argument('<id>').description('revoke a key').action(action(async (id: string) => {
    await withDatabase(async (ctx) => {
      await revokeApiKey(ctx, id);
      process.stdout.write(`Revoked ${id}.\n`);
    });
  }));
}
