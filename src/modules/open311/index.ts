/**
 * The open311 module — Open311 GeoReport v2 over the signals service, and its API keys.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { OPEN311_PREFIX, sendError } from './routes.ts';
