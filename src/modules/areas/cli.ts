import type { CliCommands } from '../../cli/main.ts';

export function registerAreaCli(_commands: CliCommands): void {}
