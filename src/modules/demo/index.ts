/**
 * The demo module — the demo runner over every module's demo content, and its state.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { demoStatus, loadDemo, loadDemoOnStart, removeDemo } from './demo-service.ts';
export type { DemoLoadResult, DemoModuleStatus, DemoRemoveResult, DemoStatus } from './demo-service.ts';
