/**
 * The settings module — municipality settings changed in Beheer, and the start-up warnings.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes are in module.ts.
 */

export { refreshSettings } from './live.ts';
export { startupWarnings } from './warnings.ts';
export type { StartupWarning } from './warnings.ts';
