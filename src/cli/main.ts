/**
 * The `stadsveilig` command. Parent commands (`import`, `user`, `stats`) are created here; every
 * module in the registry (src/modules/index.ts) adds its own commands, the server adds `serve` and
 * `migrate`. A failing command prints one line (report-error.ts) and sets the exit code.
 */
import { Command } from 'commander';
import { API_VERSION } from '../core/api-version.ts';
import type { CliCommands } from '../core/module-contract.ts';
import { MODULES } from '../modules/index.ts';
import { reportCliError } from './report-error.ts';
import { registerServerCli } from './server-cli.ts';

export function buildProgram(): Command {
  const program = new Command('stadsveilig')
    .description('Stadsveilig — information-driven and mission-driven local safety policy')
    .version(API_VERSION)
    .showHelpAfterError('(add --help for usage)');
  const importCmd = program.command('import').description('import data files (areas, …) into the database');
  const userCmd = program.command('user').description('manage user accounts (add, list, disable, reset-password)');
  const statsCmd = program.command('stats').description('spatial statistics on files, comparable with PySAL esda and R spdep');
  const commands: CliCommands = { program, importCmd, userCmd, statsCmd, modules: MODULES };
  registerServerCli(commands);
  for (const module of MODULES) module.cli?.(commands);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = reportCliError(err);
  }
}
