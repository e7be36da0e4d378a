/**
 * Readable names for the perception (beleving) API types the pages use: aliases onto the types
 * generated from /api/v1/openapi.json (api/openapi.ts, `npm run api-types`).
 */
import type { Body, Reply } from '../../api/types.ts';

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;

// Safety profile (four indices).
export type SafetyProfile = Reply<'/api/v1/areas/{code}/safety-profile'>;
export type ComponentKey = keyof SafetyProfile['indices'];
/** The four index components in display order (checked against the API's keys). */
export const COMPONENT_KEYS = ['crime', 'nuisance', 'victimisation', 'perceived'] as const satisfies readonly ComponentKey[];
export const COMPONENT_KEYS_COMPLETE: Missing<ComponentKey, (typeof COMPONENT_KEYS)[number]> = true;
/** 100 = city average in the base year; higher = more problems. */
export type IndexComponent = SafetyProfile['indices'][ComponentKey];
export type Combined = SafetyProfile['combined'];
export type PulseStats = NonNullable<SafetyProfile['pulse']>;
export type Gap = SafetyProfile['gaps'][number];

// Public neighbourhood page.
export type PublicSafety = Reply<'/api/v1/public/areas/{code}/safety'>;
export type ThemeCount = PublicSafety['themes'][number];
export type PublicStory = PublicSafety['stories'][number];

// Trends.
export type Trends = Reply<'/api/v1/areas/{code}/perception-trends'>;
export type TrendPoint = Trends['survey'][number]['points'][number];
export type DifferenceTest = Pick<NonNullable<TrendPoint['vsPrevious']>, 'difference' | 'z' | 'significant'>;

// Discrepancies (perceived versus registered).
export type Discrepancies = Reply<'/api/v1/perception/discrepancies'>;
export type DiscrepancyPoint = Discrepancies['points'][number];
export type Quadrant = DiscrepancyPoint['quadrant'];
/** The quadrants in legend order (checked against the API's values). */
export const QUADRANTS = [
  'unsafe-feeling-low-crime',
  'both-high',
  'both-low',
  'safe-feeling-high-crime',
] as const satisfies readonly Quadrant[];
export const QUADRANTS_COMPLETE: Missing<Quadrant, (typeof QUADRANTS)[number]> = true;

// Pulse questionnaire.
export type Questionnaire = Reply<'/api/v1/pulse/{buurtCode}'>;
export type PulseAnswer = Body<'/api/v1/pulse/{buurtCode}'>;
export type PulseReply = Reply<'/api/v1/pulse/{buurtCode}', 'post'>;

// Story moderation.
export type Story = Reply<'/api/v1/perception/stories'>['stories'][number];
export type Suggestion = Story['suggestions'][number];
export type SuggestionKind = Suggestion['kind'];
export type ApproveBody = Body<'/api/v1/perception/stories/{id}/approve'>;
export type Theme = Reply<'/api/v1/perception/themes'>['themes'][number];
export type Indicator = Reply<'/api/v1/perception/indicators'>['indicators'][number];
