/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/cases/figures": {
    /**
     * Aggregate figures of the person-oriented approach (PGA), without persons
     * @description Cases open per criterion and trajectory, inflow and outflow per month and quarter, median duration, share with a plan within 4 weeks, outcomes per life domain. Counts 1 … n−1 (n = the municipality’s minimum cell count) are null, with complementary suppression; shares and medians over fewer than n cases are null. Errors: 400, 401, 403 problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description The calendar year (default: this year; the current year runs to today) */
          year?: number;
          /** @description Only cases whose address is in this wijk or buurt (default: the whole municipality) */
          area?: string;
        };
      };
      responses: {
        /** @description Aggregate figures: no person, no case reference, no id */
        200: {
          content: {
            "application/json": {
              year: number;
              area: string | null;
              /** @description Start of the period (ISO 8601) */
              from: string;
              /** @description End of the period (ISO 8601): the end of the year, or now */
              to: string;
              /** @description Counts 1 … minCellCount − 1 are suppressed (null) */
              minCellCount: number;
              /** @description Cases open at the end of the period */
              openAtEnd: number | null;
              /** @description Cases open at the end of the period per reason for inclusion (a case with two criteria counts in both) */
              perCriterion: ({
                  code: string;
                  nameNl: string;
                  nameEn: string;
                  /** @description A count; null when suppressed (a small number) */
                  count: number | null;
                })[];
              perTrajectory: ({
                  /** @enum {string} */
                  trajectory: "zorg" | "justitieel" | "combinatie" | "nazorg" | "geen";
                  /** @description A count; null when suppressed (a small number) */
                  count: number | null;
                })[];
              flow: {
                months: ({
                    month: string;
                    /** @description A count; null when suppressed (a small number) */
                    inflow: number | null;
                    /** @description A count; null when suppressed (a small number) */
                    outflow: number | null;
                  })[];
                quarters: ({
                    quarter: string;
                    /** @description A count; null when suppressed (a small number) */
                    inflow: number | null;
                    /** @description A count; null when suppressed (a small number) */
                    outflow: number | null;
                  })[];
                /** @description Cases opened in the period */
                inflow: number | null;
                /** @description Cases closed in the period */
                outflow: number | null;
              };
              duration: {
                /** @description A count; null when suppressed (a small number) */
                closed: number | null;
                /** @description Median days from opening to closing of the cases closed in the period */
                medianDays: number | null;
              };
              planWithin4Weeks: {
                /** @description A count; null when suppressed (a small number) */
                opened: number | null;
                withinDays: number;
                /** @description Share of the cases opened in the period with a plan within 4 weeks */
                share: number | null;
              };
              /** @description Whether goal outcomes are recorded at all (the plan part provides them) */
              outcomesAvailable: boolean;
              outcomes: ({
                  domain: string;
                  /** @description A count; null when suppressed (a small number) */
                  total: number | null;
                  outcomes: ({
                      outcome: string;
                      /** @description A count; null when suppressed (a small number) */
                      count: number | null;
                    })[];
                })[];
            };
          };
        };
      };
    };
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = Record<string, never>;
