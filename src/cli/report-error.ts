/** Any error of a command as one clear line on stderr, and the exit code it means. */
import { ConfigError } from '../core/config.ts';
import { AppError, CliError } from '../core/errors.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';

export function reportCliError(err: unknown): number {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`stadsveilig: ${err.message}\n`);
    return 2;
  }
  if (err instanceof CliError) {
    process.stderr.write(`stadsveilig: ${err.message}\n`);
    return err.exitCode;
  }
  if (err instanceof AppError) {
    // Fields the message already states (an import's row problems, a file's line) are not repeated.
    const fields = err.errors
      .filter((e) => !err.message.includes(e.reason))
      .map((e) => `${e.name}: ${e.reason}`)
      .join('; ');
    process.stderr.write(`stadsveilig: ${err.message}${fields ? ` (${fields})` : ''}\n`);
    return 1;
  }
  process.stderr.write(`stadsveilig: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.STADSVEILIG_DEBUG) console.error(err);
  return 1;
}
