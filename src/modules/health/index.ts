/**
 * The health module — Health and instance information (version, municipality, engine).
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

// The start order (src/server) answers health with this while the routes are not there yet.
export { START_STEPS, startingHealth, type StartStep } from './starting.ts';
