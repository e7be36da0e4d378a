/**
 * The imports module — Every file import through one service: jobs, progress, reports; from the browser and the CLI.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { IMPORT_KINDS } from './kinds.ts';
export type { ImportKind, ImportProgress } from './kinds.ts';
export { getImportJob, importNow, listImportJobs } from './import-service.ts';
export type { ImportJobView } from './job-view.ts';
export type { ImportCounts, ImportFailure, ImportReport } from './report.ts';
