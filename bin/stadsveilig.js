#!/usr/bin/env node
// Entry point of the `stadsveilig` command. Runs the compiled server (dist/, made by `npm start` or
// `npm run build:server`) while it matches the sources; otherwise, or with STADSVEILIG_FROM_SOURCE=1,
// the TypeScript sources through tsx's loader. A stale build is never run (scripts/server-build.mjs).
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, buildNeeded } from '../scripts/server-build.mjs';

async function loadCli() {
  if (!process.env.STADSVEILIG_FROM_SOURCE && buildNeeded() === null) return import(pathToFileURL(CLI_ENTRY).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const { runCli } = await loadCli();
await runCli(process.argv);
