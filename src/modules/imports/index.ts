/**
 * The imports module — Every file import through one service: jobs, progress, reports; from the browser and the CLI.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

import type { Db } from '../../db/database.ts';
import { runnerFor } from './job-runner.ts';

export { IMPORT_KINDS } from './kinds.ts';
export type { ImportKind, ImportProgress } from './kinds.ts';
export { getImportJob, importNow, listImportJobs } from './import-service.ts';
export type { ImportJobView } from './job-view.ts';
export type { ImportCounts, ImportFailure, ImportReport } from './report.ts';

/**
 * Starts the server's import runner: fails the jobs a stopped server left behind (every open job when
 * `exclusive`, the embedded engine), then beats for its own jobs. Called once the server listens.
 */
export async function startImportRunner(
  db: Db,
  o: { dataDir: string; exclusive: boolean; log: (err: unknown, message: string) => void },
): Promise<void> {
  await runnerFor(db, o.dataDir, o.log).start(o.exclusive);
}
