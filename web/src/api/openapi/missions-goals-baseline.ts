/**
 * The Stadsveilig API's types (missions), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/missions/{id}/goals/baseline": {
    /**
     * The baseline of a goal before it is added: indicator and period → value, period and source
     * @description Read from today’s data as the goal would be; nothing is stored. The goal form shows it before it asks for a target.
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
            /** @description What the goal measures */
            indicator: OneOf<[{
              /** @enum {string} */
              source: "registered-crime";
              /** @description CBS codes; default: the mission's crime types */
              crimeTypes?: string[];
            }, {
              /** @enum {string} */
              source: "reports";
              /** @description Report categories; default: the mission's */
              categories?: string[];
            }, {
              /** @enum {string} */
              source: "perception";
              /** @description Perception indicator code (GET /perception/indicators) */
              indicatorCode: string;
              /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
              areaCode: string;
            }, {
              /** @enum {string} */
              source: "custom";
              name: string;
              /** @description e.g. 'aantal', '%', 'rapportcijfer' */
              unit: string;
            }]>;
            /** Format: date */
            baselineFrom: string;
            /** Format: date */
            baselineTo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description The baseline over [baselineFrom, baselineTo) from today’s data; null when there is nothing to read yet */
              reading: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
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
  "/api/v1/missions/{id}/goals/{goalId}": {
    /** One goal with progress */
    get: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              /** @description What the goal measures */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "registered-crime";
                /** @description CBS codes; default: the mission's crime types */
                crimeTypes?: string[];
              }, {
                /** @enum {string} */
                source: "reports";
                /** @description Report categories; default: the mission's */
                categories?: string[];
              }, {
                /** @enum {string} */
                source: "perception";
                /** @description Perception indicator code (GET /perception/indicators) */
                indicatorCode: string;
                /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                areaCode: string;
              }, {
                /** @enum {string} */
                source: "custom";
                name: string;
                /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                unit: string;
              }]>;
              indicatorLabel: string;
              /** @enum {string} */
              direction: "decrease" | "increase";
              baseline: {
                from: string;
                to: string;
                /** @description Value computed when the goal was set */
                frozenValue: number | null;
                /** @description Recomputed from today’s data */
                reading: ({
                  /** @description null when suppressed for the caller (disclosure) */
                  value: number | null;
                  suppressed: boolean;
                  margin: number | null;
                  from: string;
                  to: string;
                  source: string;
                  /** @enum {string} */
                  kind: "count" | "estimate" | "measurement";
                }) | null;
              };
              target: {
                value: number;
                deadline: string;
              };
              /** @description Newest value over a window as long as the baseline */
              current: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
              /** @description Computed from the readings, never entered */
              progress: {
                /**
                 * @description suppressed: a reading may not be shown to the caller, so neither may progress
                 * @enum {string}
                 */
                status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                fraction: number | null;
                expectedFraction: number;
                change: number | null;
                changeSignificant: boolean | null;
                explanation: string;
                asOf: string;
              };
              measurements: ({
                  id: string;
                  measuredOn: string;
                  value: number;
                  source: string;
                  note: string | null;
                  enteredBy: string;
                })[];
              permissions: {
                edit: boolean;
                addMeasurement: boolean;
              };
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
    /** Remove a goal */
    delete: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Change title, target or deadline */
    patch: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      /** @description Title, target and deadline can change; a different indicator or baseline is a new goal */
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            target?: number;
            /** Format: date */
            deadline?: string;
            allowWrongDirection?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              /** @description What the goal measures */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "registered-crime";
                /** @description CBS codes; default: the mission's crime types */
                crimeTypes?: string[];
              }, {
                /** @enum {string} */
                source: "reports";
                /** @description Report categories; default: the mission's */
                categories?: string[];
              }, {
                /** @enum {string} */
                source: "perception";
                /** @description Perception indicator code (GET /perception/indicators) */
                indicatorCode: string;
                /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                areaCode: string;
              }, {
                /** @enum {string} */
                source: "custom";
                name: string;
                /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                unit: string;
              }]>;
              indicatorLabel: string;
              /** @enum {string} */
              direction: "decrease" | "increase";
              baseline: {
                from: string;
                to: string;
                /** @description Value computed when the goal was set */
                frozenValue: number | null;
                /** @description Recomputed from today’s data */
                reading: ({
                  /** @description null when suppressed for the caller (disclosure) */
                  value: number | null;
                  suppressed: boolean;
                  margin: number | null;
                  from: string;
                  to: string;
                  source: string;
                  /** @enum {string} */
                  kind: "count" | "estimate" | "measurement";
                }) | null;
              };
              target: {
                value: number;
                deadline: string;
              };
              /** @description Newest value over a window as long as the baseline */
              current: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
              /** @description Computed from the readings, never entered */
              progress: {
                /**
                 * @description suppressed: a reading may not be shown to the caller, so neither may progress
                 * @enum {string}
                 */
                status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                fraction: number | null;
                expectedFraction: number;
                change: number | null;
                changeSignificant: boolean | null;
                explanation: string;
                asOf: string;
              };
              measurements: ({
                  id: string;
                  measuredOn: string;
                  value: number;
                  source: string;
                  note: string | null;
                  enteredBy: string;
                })[];
              permissions: {
                edit: boolean;
                addMeasurement: boolean;
              };
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
