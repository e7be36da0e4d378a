/** Readable names for the youth groups API types (generated in api/openapi). */
import type { Body, Reply } from '../../api/types.ts';

export type GroupSummary = Reply<'/api/v1/youth-groups'>['groups'][number];
export type GroupView = Reply<'/api/v1/youth-groups/{id}'>;
export type Assessment = GroupView['assessments'][number];
export type Hangplek = GroupView['hangplekken'][number];
export type Classification = Assessment['classification'];
export type Shortlist = Reply<'/api/v1/youth-groups/shortlist'>;
export type ShortlistItem = Shortlist['items'][number];
export type Counts = Reply<'/api/v1/youth-groups/{id}/counts'>;
export type GroupBody = Body<'/api/v1/youth-groups'>;
export type GroupPatch = Body<'/api/v1/youth-groups/{id}', 'patch'>;
export type AssessmentBody = Body<'/api/v1/youth-groups/{id}/assessments'>;
