/**
 * The missions module — Opgaven: evidence, goals, measures, partners, effect, portfolio.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

// youth-groups validates the mission a group's approach links to.
export { findMission } from './mission-store.ts';
// powers measures a closure's effect around its address and counts a camera area's incidents per year.
export { placeCounts, placeEffect, type PlaceEffectInput } from './effect/place-effect.ts';
export { placeEffectReply } from './effect/routes.ts';
export { missionSettings, type MissionSettings } from './settings.ts';
export type { PolygonScope } from './scope/scope.ts';
