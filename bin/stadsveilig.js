#!/usr/bin/env node
// Entry point of the `stadsveilig` command. Runs the compiled server (dist/, made by `npm start` or
// `npm run build:server`) while it matches the sources; otherwise, or with STADSVEILIG_FROM_SOURCE=1,
// the TypeScript sources through tsx's loader. A stale build is never run (scripts/server-build.mjs).
//
// `serve` listens first: before the CLI and the module registry are loaded (≈ 1.2 s of CPU) the port
// answers health with `starting` (src/server/early-listener.ts); the start takes that listener over.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, buildNeeded } from '../scripts/server-build.mjs';

const compiled = !process.env.STADSVEILIG_FROM_SOURCE && buildNeeded() === null;
let tsxRegistered = false;

/** Imports a server file: from dist/ when compiled, else the TypeScript source (tsx registered). */
async function importServerFile(sourcePath) {
  if (compiled) return import(pathToFileURL(path.join(path.dirname(CLI_ENTRY), '..', sourcePath.replace(/\.ts$/, '.js'))).href);
  if (!tsxRegistered) {
    const { register } = await import('tsx/esm/api');
    register();
    tsxRegistered = true;
  }
  return import(`../src/${sourcePath}`);
}

/** `serve` (not its help): the command the early listener is for. */
function servesHttp(args) {
  const command = args.find((a) => !a.startsWith('-'));
  return command === 'serve' && !args.includes('--help') && !args.includes('-h');
}

const early = servesHttp(process.argv.slice(2)) ? await importServerFile('server/early-listener.ts') : null;
early?.listenEarly();
const { runCli } = await importServerFile('cli/main.ts');
await runCli(process.argv);
// A run that ended before the start took the listener over (an error in the options) closes it.
await early?.releaseEarlyListener();
