/**
 * The youth-groups module — the register of problematic youth groups per area (Beke shortlist):
 * classification over time, hangplekken, approach, review reminders. This file is the module's
 * public surface: other modules import from here, never from the module's other files. Its
 * routes, network section, housekeeping and demo are in module.ts.
 */

export { youthGroupNames } from './group-store.ts';
export { CLASSIFICATIONS, classify, type Classification } from './shortlist.ts';
