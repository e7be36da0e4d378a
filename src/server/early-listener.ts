/**
 * The listener of a start, opened by `bin/stadsveilig.js serve` before the command loads the CLI and
 * the module registry (≈ 1.2 s of CPU for the compiled server, more from source): this file imports
 * only the configuration and the start listener (starting-server.ts, ≈ 0.1 s), so the port answers
 * health (`starting`, 503) within moments of the process start. startServer (start.ts) takes this
 * listener over instead of opening its own; a run that never reaches startServer (a wrong option,
 * `serve --help`) closes it with `releaseEarlyListener`.
 *
 * The listener is kept on `globalThis`, not in this module's state, so the entry point and start.ts
 * share it even if the two reach this file by different module URLs (compiled or through tsx).
 */
import { loadConfig } from '../core/config.ts';
import { listenWhileStarting, type StartingServer } from './starting-server.ts';

interface EarlyListener {
  port: number;
  host: string;
  database: 'embedded' | 'postgres';
  listening: Promise<StartingServer>;
}

const SLOT = Symbol.for('stadsveilig.early-start-listener');
const slots = globalThis as unknown as { [SLOT]?: EarlyListener };

/**
 * Listens on the configured port at once (in a worker thread). Returns false — and the start opens
 * its own listener later, reporting the same error the usual way — when the configuration does not
 * load; a failure to listen (port in use) is kept and reported by the start that takes it.
 */
export function listenEarly(env: NodeJS.ProcessEnv = process.env): boolean {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch {
    return false;
  }
  const database = config.databaseUrl ? 'postgres' : 'embedded';
  const listening = listenWhileStarting(config.port, config.host, database);
  listening.catch(() => {}); // reported by takeEarlyListener's caller
  slots[SLOT] = { port: config.port, host: config.host, database, listening };
  return true;
}

/** The early listener for this port, host and engine (once), or null when there is none. */
export function takeEarlyListener(port: number, host: string, database: 'embedded' | 'postgres'): Promise<StartingServer> | null {
  const early = slots[SLOT];
  if (!early || early.port !== port || early.host !== host || early.database !== database) return null;
  delete slots[SLOT];
  return early.listening;
}

/** Closes an early listener nobody took (the command ended before a start). */
export async function releaseEarlyListener(): Promise<void> {
  const early = slots[SLOT];
  if (!early) return;
  delete slots[SLOT];
  const listener = await early.listening.catch(() => null);
  await listener?.close();
}
