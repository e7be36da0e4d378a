/**
 * The initiatives module — residents' initiatives (principle 4): the public form, staff review,
 * support and the yearly check-in, the public list. This file is the module's public surface; no
 * other module uses it yet (the area network reads it through module.ts's `areaNetwork` section).
 */

export type { InitiativeKind, InitiativeStatus } from './tables.ts';
export { INITIATIVE_KINDS, INITIATIVE_STATUSES } from './tables.ts';
