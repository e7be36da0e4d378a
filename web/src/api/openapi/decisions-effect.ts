/**
 * The Stadsveilig API's types (powers, from /api/v1/decisions/{id}/effect), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/decisions/{id}/effect": {
    /**
     * The effect of a closure around its address: Poisson DiD and displacement (WDD) before and after the start
     * @description The missions effect engine for a circle around the address (default 150 m) with a displacement ring (default 250 m). Status not-enough-data comes with its reasons. Errors: 401, 403 (a decision of a case the caller may not open), 404, 409 (not a closure, or no address) problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description Radius of the circle around the address in metres */
          radius?: number;
          /** @description Width of the displacement ring around the circle in metres */
          ring?: number;
          /** @description Crime types (comma-separated); default all */
          crimeTypes?: string;
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
              /** Format: uuid */
              decisionId: string;
              number: string;
              start: string | null;
              radiusMetres: number;
              ringMetres: number;
              crimeTypes: string[];
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
        /** @description RFC 9457 problem details */
        409: {
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
