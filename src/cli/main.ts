/**
 * The `stadsveilig` command. Each module adds its commands through a `register…Cli` function;
 * parent commands (`import`, `user`, `stats`) are created here so modules only add children.
 */
import { Command } from 'commander';
import { API_VERSION } from '../http/security-headers.ts';
import { registerAreaCli } from '../modules/areas/cli.ts';
import { registerStatsCli } from '../modules/analysis/cli.ts';
import { registerGeocoderCli } from '../modules/geocoder/cli.ts';
import { registerIncidentCli } from '../modules/incidents/cli.ts';
import { registerOpen311Cli } from '../modules/open311/cli.ts';
import { registerPerceptionCli } from '../modules/perception/cli.ts';
import { registerSignalCli } from '../modules/signals/cli.ts';
import { registerUserCli } from '../modules/users/cli.ts';
import { registerServerCli } from './server-cli.ts';

export interface CliCommands {
  program: Command;
  importCmd: Command;
  userCmd: Command;
  statsCmd: Command;
}

export function buildProgram(): Command {
  const program = new Command('stadsveilig')
    .description('Stadsveilig — information-driven and mission-driven local safety policy')
    .version(API_VERSION)
    .showHelpAfterError('(add --help for usage)');
  const importCmd = program.command('import').description('import data files (areas, …) into the database');
  const userCmd = program.command('user').description('manage user accounts (add, list, disable, reset-password)');
  const statsCmd = program
    .command('stats')
    .description('spatial statistics on files, comparable with PySAL esda and R spdep');
  const commands: CliCommands = { program, importCmd, userCmd, statsCmd };
  registerServerCli(commands);
  registerAreaCli(commands);
  registerIncidentCli(commands);
  registerGeocoderCli(commands);
  registerUserCli(commands);
  registerStatsCli(commands);
  registerSignalCli(commands);
  registerOpen311Cli(commands);
  registerPerceptionCli(commands);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
