/** `stadsveilig demo load|remove|status`. */
import type { CliCommands, DemoEnv, PlatformModule } from '../../core/module-contract.ts';
import type { Config } from '../../core/config.ts';
import { withDatabase } from '../../db/with-database.ts';
import { demoStatus, loadDemo, removeDemo, type DemoStatus } from './demo-service.ts';

const envOf = (config: Config): DemoEnv => ({ config, gemeente: config.municipality, now: new Date() });

function printStatus(status: DemoStatus): void {
  for (const m of status.modules) process.stdout.write(`${m.module.padEnd(16)} ${m.rows === null ? '–' : String(m.rows)}\n`);
  process.stdout.write(`${status.total} demo row(s)${status.removedAt ? `; removed at ${status.removedAt}` : ''}\n`);
}

export function registerDemoCli({ program, modules }: CliCommands): void {
  const demo = program
    .command('demo')
    .description('demo content of every module: load, remove, status (STADSVEILIG_DEMO=off: none on first start)');
  const run = (fn: (m: readonly PlatformModule[], env: DemoEnv, ctx: Parameters<typeof demoStatus>[0]) => Promise<void>) =>
    withDatabase((ctx, _database, config) => fn(modules, envOf(config), ctx));
  demo
    .command('load')
    .description('load the demo content of every module that has none')
    .action(() =>
      run(async (m, env, ctx) => {
        const result = await loadDemo(ctx, m, env);
        for (const line of result.lines) process.stdout.write(`Loaded ${line}\n`);
        printStatus(result.status);
      }),
    );
  demo
    .command('remove')
    .description('remove every demo row of every module (a restart does not load it again)')
    .action(() =>
      run(async (m, env, ctx) => {
        const result = await removeDemo(ctx, m, env);
        for (const r of result.removed) process.stdout.write(`Removed ${r.rows} demo row(s) of ${r.module}\n`);
      }),
    );
  demo
    .command('status')
    .description('demo rows per module')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) =>
      run(async (m, env, ctx) => {
        const status = await demoStatus(ctx, m, env);
        if (opts.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        else printStatus(status);
      }),
    );
}
