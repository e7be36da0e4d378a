/** The code lists of a case's plan and meetings, as the API defines them (src/modules/cases/tables.ts). */
export const TRAJECTORIES = ['zorg', 'justitieel', 'combinatie', 'nazorg'] as const;
export const LIFE_DOMAINS = ['safety', 'care', 'housing', 'income', 'daytime', 'justice'] as const;
export const GOAL_STATUSES = ['open', 'bezig', 'behaald', 'niet-behaald'] as const;
export const INTERVENTION_RESULTS = ['positief', 'neutraal', 'negatief', 'onbekend'] as const;
export const MILESTONE_KINDS = ['release', 'id', 'housing', 'income', 'care'] as const;
export const MILESTONE_STATUSES = ['open', 'bezig', 'geregeld', 'niet-nodig'] as const;
export const MEETING_STATUSES = ['gepland', 'gehouden'] as const;
