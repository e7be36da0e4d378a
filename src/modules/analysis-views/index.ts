/**
 * The analysis-views module — the I/O shell around the pure statistics of `analysis`: the analysis
 * views API over registered crime and residents' reports (GET /api/v1/analysis/<view>, the
 * "Analyse" page), with disclosure control and heavy work in a worker thread, and the `stats`
 * commands on files.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export type { Alert } from './methods/weekly-series.ts';
