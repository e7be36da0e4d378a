/**
 * The Stadsveilig API's types (powers), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/decisions/{id}/camera-evaluation": {
    /**
     * A camera area’s yearly evaluation: incidents inside and around the area per year, the recorded evaluations
     * @description Errors: 401, 403 (a decision of a case the caller may not open), 404, 409 (not a camera area) problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description Width of the ring around the area in metres */
          ring?: number;
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
              /** Format: uuid */
              decisionId: string;
              number: string;
              /** Format: date */
              measureStart: string;
              ringMetres: number;
              years: ({
                  /** @description 0: the year before the start (baseline) */
                  year: number;
                  /** Format: date */
                  from: string;
                  /**
                   * Format: date
                   * @description Exclusive
                   */
                  to: string;
                  /** @description The year has not ended yet */
                  partial: boolean;
                  /** @description Null: a small number the caller may not see */
                  inside: number | null;
                  /** @description Null: a small number the caller may not see */
                  around: number | null;
                })[];
              disclosure: {
                minCount: number;
                suppressed: number;
                note: string | null;
              };
              reasons: string[];
              evaluations: ({
                  /** Format: uuid */
                  id: string;
                  year: number;
                  /** Format: date */
                  evaluatedOn: string;
                  conclusion: string;
                  /** @enum {string} */
                  outcome: "continue" | "adjust" | "stop";
                  recordedAt: string;
                })[];
              deadline: ({
                /** @enum {string} */
                kind: "hearing" | "objection-term" | "objection-decision" | "appeal-term" | "bibob-advice" | "measure-end" | "camera-evaluation";
                /** Format: date */
                due: string;
                /** @description The article that sets the term, e.g. "art. 6:7 Awb" */
                basis: string;
                label: string;
                /**
                 * @description lapsed: a term that passed unused (no objection filed)
                 * @enum {string}
                 */
                status: "open" | "met" | "missed" | "lapsed";
                /** @description Calendar days from today until due; null when not open */
                daysLeft: number | null;
                /** @description A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb) */
                note?: string;
              }) | null;
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
  "/api/v1/decisions/{id}/camera-evaluations": {
    /**
     * Record the evaluation of one year of a camera area (conclusion; continue, adjust or stop)
     * @description Errors: 400 (a year that has not begun), 401, 403, 404, 409 (not a camera area, or the year already recorded) problem+json.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The evaluation year (1 = the first year from the start) */
            year: number;
            /** Format: date */
            evaluatedOn: string;
            conclusion: string;
            /**
             * @description continue, adjust or stop the cameras
             * @enum {string}
             */
            outcome: "continue" | "adjust" | "stop";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** Format: uuid */
              decisionId: string;
              number: string;
              /** Format: date */
              measureStart: string;
              ringMetres: number;
              years: ({
                  /** @description 0: the year before the start (baseline) */
                  year: number;
                  /** Format: date */
                  from: string;
                  /**
                   * Format: date
                   * @description Exclusive
                   */
                  to: string;
                  /** @description The year has not ended yet */
                  partial: boolean;
                  /** @description Null: a small number the caller may not see */
                  inside: number | null;
                  /** @description Null: a small number the caller may not see */
                  around: number | null;
                })[];
              disclosure: {
                minCount: number;
                suppressed: number;
                note: string | null;
              };
              reasons: string[];
              evaluations: ({
                  /** Format: uuid */
                  id: string;
                  year: number;
                  /** Format: date */
                  evaluatedOn: string;
                  conclusion: string;
                  /** @enum {string} */
                  outcome: "continue" | "adjust" | "stop";
                  recordedAt: string;
                })[];
              deadline: ({
                /** @enum {string} */
                kind: "hearing" | "objection-term" | "objection-decision" | "appeal-term" | "bibob-advice" | "measure-end" | "camera-evaluation";
                /** Format: date */
                due: string;
                /** @description The article that sets the term, e.g. "art. 6:7 Awb" */
                basis: string;
                label: string;
                /**
                 * @description lapsed: a term that passed unused (no objection filed)
                 * @enum {string}
                 */
                status: "open" | "met" | "missed" | "lapsed";
                /** @description Calendar days from today until due; null when not open */
                daysLeft: number | null;
                /** @description A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb) */
                note?: string;
              }) | null;
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
