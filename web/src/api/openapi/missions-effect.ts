/**
 * The Stadsveilig API's types (missions), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/missions/{id}/effect": {
    /**
     * Effect evaluation (Maryland level 3): DiD against suggested comparison buurten, displacement ring, survey margins
     * @description Settings (comparison buurten, ring width, minimum weeks/counts) are edited with PATCH /missions/{id} `effectSettings`. Pass measureId for the effect of one measure (its start date and scope).
     */
    get: {
      parameters: {
        query?: {
          measureId?: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missionId: string;
              measureId: string | null;
              subject: string;
              /** @enum {string} */
              status: "ok" | "not-enough-data";
              /** @description Why there is no effect figure yet (empty when status is ok) */
              reasons: string[];
              crime: ({
                periods: {
                  before: {
                    from: string;
                    to: string;
                  };
                  after: {
                    from: string;
                    to: string;
                  };
                };
                counts: {
                  /** @description null when suppressed for the caller (disclosure) */
                  target: {
                    before: number | null;
                    after: number | null;
                  };
                  /** @description null when suppressed for the caller (disclosure) */
                  comparison: {
                    before: number | null;
                    after: number | null;
                  };
                  /** @description null when suppressed for the caller (disclosure) */
                  ring: {
                    before: number | null;
                    after: number | null;
                  };
                  /** @description null when suppressed for the caller (disclosure) */
                  comparisonRing: {
                    before: number | null;
                    after: number | null;
                  };
                };
                comparison: {
                  codes: string[];
                  names: string[];
                  suggested: boolean;
                  ringCodes: string[];
                  /** @description target features, scales and the nearest candidates {code, name, level, slope, total, distance} — to edit the choice */
                  suggestion: unknown;
                };
                ring: {
                  /** @enum {string} */
                  kind: "buurten" | "distance";
                  codes: string[];
                  metres: number | null;
                };
                did: {
                  irr: number;
                  percentChange: number;
                  logIrr: number;
                  se: number;
                  ciLow: number;
                  ciHigh: number;
                  z: number;
                  p: number;
                  continuityCorrected: boolean;
                } | null;
                wdd: {
                  local: number;
                  displacement: number;
                  total: number;
                  variance: number;
                  se: number;
                  z: number;
                  p: number;
                  ciLow: number;
                  ciHigh: number;
                } | null;
                /** @description Log slope per year in the pre-period (null, like did and wdd, when a count it comes from is suppressed) */
                preTrend: {
                  target: number;
                  comparison: number;
                } | null;
              }) | null;
              /** @description Method, data period and design in words — show next to every figure */
              method: string | null;
              caveats: string[];
              /** @description Perceived-safety goals: difference of survey estimates with margins */
              perception: ({
                  goalId: string;
                  title: string;
                  indicatorCode: string;
                  areaCode: string;
                  before: ({
                    year: number;
                    value: number;
                    margin: number | null;
                  }) | null;
                  after: ({
                    year: number;
                    value: number;
                    margin: number | null;
                  }) | null;
                  difference: number | null;
                  margin: number | null;
                  significant: boolean | null;
                  /** @description Gemeente as comparison: {areaCode, before, after, differenceInDifferences, margin, significant} or null */
                  comparison: unknown;
                  method: string | null;
                  reason: string | null;
                })[];
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/evidence": {
    /** Freeze another piece of analysis evidence into the mission */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      /** @description A piece of evidence from the analysis view, frozen into the mission */
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Runnable kinds are computed by the server now and frozen; `snapshot` stores `result` as given and cannot be re-run
             * @enum {string}
             */
            kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
            title: string;
            /**
             * @description Parameters of the analysis query (see the evidence kinds in the API description)
             * @default {}
             */
            query?: {
              [key: string]: unknown;
            };
            /** @description Only for kind snapshot: the picture as shown in the analysis view */
            result?: unknown;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
              title: string;
              query: unknown;
              result: unknown;
              note: string | null;
              capturedBy: string;
              capturedAt: string;
              rerunnable: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/evidence/{evidenceId}/rerun": {
    /** Run the frozen query again on today’s data; returns the fresh result next to the frozen one */
    post: {
      parameters: {
        path: {
          id: string;
          evidenceId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              evidence: {
                id: string;
                /** @enum {string} */
                kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                title: string;
                query: unknown;
                result: unknown;
                note: string | null;
                capturedBy: string;
                capturedAt: string;
                rerunnable: boolean;
              };
              frozen: {
                capturedAt: string;
                result: unknown;
              };
              fresh: {
                computedAt: string;
                result: unknown;
              };
              /** @description Numeric top-level fields of both results (as shown to the caller) */
              changes: {
                  field: string;
                  frozen: number;
                  fresh: number;
                  difference: number;
                }[];
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
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
