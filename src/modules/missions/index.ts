/**
 * The missions module — Opgaven: evidence, goals, measures, partners, effect, portfolio.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

// youth-groups validates the mission a group's approach links to.
export { findMission } from './mission-store.ts';
