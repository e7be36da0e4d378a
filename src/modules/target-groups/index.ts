/**
 * The target-groups module — vulnerable target groups per municipality (principle 5): responsible
 * partners, programmes and indicators from reports and registered crime, with small-number
 * suppression. This file is the module's public surface; its routes are in module.ts.
 */

export { ensureDefaultTargetGroups } from './target-group-service.ts';
export { targetGroupsSection } from './section.ts';
export { suppressedCodes, type CountNode } from './suppression.ts';
