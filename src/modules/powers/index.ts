/**
 * The powers module — one government (principle 7) and compliance (principle 8): the register of
 * decisions under administrative powers with their Awb procedure, active measures per area, camera
 * areas, closure effects, and enforcement registrations. This file is the module's public surface:
 * other modules, the HTTP app and the CLI import from here, never from the module's other files.
 */
export { DECISION_STATES, type DecisionState, MEASURE_KINDS, type MeasureKind } from './tables.ts';
