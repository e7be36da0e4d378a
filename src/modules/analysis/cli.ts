import type { CliCommands } from '../../cli/main.ts';

export function registerStatsCli(_commands: CliCommands): void {}
