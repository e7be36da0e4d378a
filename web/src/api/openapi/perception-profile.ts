/**
 * The Stadsveilig API's types (perception: profile), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/areas/{code}/perception-trends": {
    /** Trends over years with significance where margins allow */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated indicator codes (default: all with figures) */
          indicator?: string;
          /** @description First year (default: `to` − 5) */
          from?: number;
          /** @description Last year (default: the latest year with data, as for the safety profile) */
          to?: number;
        };
        path: {
          /** @description CBS area code (GM/WK/BU) */
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              areaCode: string;
              survey: ({
                  indicatorCode: string;
                  points: ({
                      year: number;
                      value: number | null;
                      margin: number | null;
                      n: number | null;
                      suppressed: boolean;
                      vsPrevious: ({
                        difference: number;
                        z: number | null;
                        /** @description null when a margin is missing */
                        significant: boolean | null;
                        fromYear: number;
                      }) | null;
                    })[];
                  overall: ({
                    difference: number;
                    z: number | null;
                    /** @description null when a margin is missing */
                    significant: boolean | null;
                    fromYear: number;
                    toYear: number;
                  }) | null;
                })[];
              crime: ({
                  year: number;
                  ratePer1000: number | null;
                })[];
              pulse: ({
                  year: number;
                  n: number;
                  meanNight: number | null;
                  suppressed: boolean;
                })[];
              method: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/areas/{code}/safety-profile": {
    /**
     * Safety profile of a buurt, wijk or the gemeente
     * @description Four indices (registered crime, reported nuisance, victimisation, perceived unsafety), 100 = city average in the base year, with components, combined index, method and data gaps.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
        };
        path: {
          /** @description CBS area code (GM/WK/BU) */
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              areaCode: string;
              areaName: string;
              /** @enum {string} */
              level: "gemeente" | "wijk" | "buurt";
              population: number | null;
              year: number;
              baseYear: number;
              /** @enum {string} */
              orientation: "higher-is-worse";
              indices: {
                crime: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
                nuisance: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
                victimisation: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
                perceived: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
              };
              combined: {
                objective: number | null;
                subjective: number | null;
                combined: number | null;
                weightObjective: number;
              };
              /** @description Exactly what is missing (Dutch) */
              gaps: ({
                  /** @enum {string} */
                  component: "crime" | "nuisance" | "victimisation" | "perceived";
                  message: string;
                })[];
              pulse: ({
                n: number;
                meanDay: number | null;
                meanNight: number | null;
                unsafeNightShare: number | null;
                problems: {
                    code: string;
                    answers: number;
                  }[];
                suppressed: boolean;
              }) | null;
              method: string;
              /** @description Demo content (made-up survey results or pulse answers) contributes to these figures */
              demo: boolean;
              /** @description The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation */
              permissions: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/perception/discrepancies": {
    /**
     * Discrepancy view: feeling unsafe vs registered crime (perception:read)
     * @description Quadrant data per area: x = registered-crime index, y = perceived-unsafety index, gap = y − x; flagged when |gap| ≥ minGap, with story themes, top report categories and pulse problems.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
          level?: "buurt" | "wijk";
          minGap?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              level: "buurt" | "wijk";
              year: number;
              baseYear: number;
              minGap: number;
              points: ({
                  areaCode: string;
                  areaName: string;
                  /** @description Registered-crime index */
                  x: number;
                  /** @description Perceived-unsafety index */
                  y: number;
                  /** @description y − x */
                  gap: number;
                  /** @enum {string} */
                  quadrant: "unsafe-feeling-low-crime" | "safe-feeling-high-crime" | "both-high" | "both-low";
                  flagged: boolean;
                  perceivedSource: string;
                  n: number | null;
                  themes: {
                      theme: string;
                      name: string;
                      stories: number;
                    }[];
                  reportCategories: ({
                      category: string;
                      name: string;
                      /** @description null: fewer than the disclosure minimum, not shown without analysis:detail */
                      reports: number | null;
                    })[];
                  pulseProblems: {
                      code: string;
                      answers: number;
                    }[];
                })[];
              areasWithoutBothIndices: string[];
              /** @description Demo content (made-up survey results or pulse answers) contributes to these figures */
              demo: boolean;
              /** @description The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation */
              permissions: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
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
