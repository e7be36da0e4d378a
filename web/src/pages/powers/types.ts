/** Readable names for the register's API types (aliases onto the generated openapi types). */
import type { Body, Query, Reply } from '../../api/types.ts';

export type DecisionView = Reply<'/api/v1/decisions/{id}'>;
export type DecisionSummary = Reply<'/api/v1/decisions'>['decisions'][number];
export type DecisionState = DecisionSummary['state'];
export type DeadlineView = DecisionView['deadlines'][number];
export type DeadlineRow = Reply<'/api/v1/decisions/deadlines'>['deadlines'][number];
export type TransitionView = DecisionView['transitions'][number];
export type DecisionAction = DecisionView['allowedActions'][number];
export type PowerBase = Reply<'/api/v1/power-bases'>['bases'][number];
export type NewDecisionBody = Body<'/api/v1/decisions'>;
export type DecisionChange = Body<'/api/v1/decisions/{id}', 'patch'>;
export type TransitionBody = Body<'/api/v1/decisions/{id}/transitions'>;
export type DecisionListQuery = Query<'/api/v1/decisions'>;
export type DecisionFact = DecisionView['facts'][number];
export type DecisionDocument = DecisionView['documents'][number];
export type DecisionGeometry = NonNullable<DecisionView['geometry']>;
