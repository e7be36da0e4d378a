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
  "/api/v1/missions/{id}/measures/{measureId}/trial/measurements": {
    /** Manual indicator values per unit and period (null removes one) */
    put: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            values: ({
                unit: string;
                period: string;
                /** @description null removes the value */
                value: number | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              measureId: string;
              missionId: string;
              /** @enum {string} */
              design: "randomised" | "stepped-wedge";
              steps: number | null;
              /** @description The units that are allocated: buurten (any buurt codes) or named units */
              units: OneOf<[{
                /** @enum {string} */
                kind: "buurten";
                codes: string[];
              }, {
                /** @enum {string} */
                kind: "named";
                /** @description Streets, bins, parking zones … with a short code and a label */
                units: {
                    code: string;
                    label: string;
                  }[];
              }]>;
              hypothesis: string;
              /** @description The one primary indicator, counted per unit and period (manual: entered by hand) */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "incidents";
                crimeTypes: string[];
              }, {
                /** @enum {string} */
                source: "signals";
                /** @description Report categories (slugs) */
                categories: string[];
              }, {
                /** @enum {string} */
                source: "enforcement";
                /** @description Feit codes (APV 2:48, F601) or kinds (warning, fine, report) of BOA registrations */
                feitCodes: string[];
              }, {
                /** @enum {string} */
                source: "manual";
                name: string;
                unit: string;
              }]>;
              /** @enum {string} */
              expectedDirection: "decrease" | "increase";
              baselineFrom: string;
              baselineTo: string;
              trialFrom: string;
              trialTo: string;
              /** @description Baseline, then the trial (stepped wedge: one period per step) */
              periods: {
                  key: string;
                  from: string;
                  to: string;
                }[];
              seed: string | null;
              allocation: (({
                  code: string;
                  label: string;
                  arm: ("treatment" | "control") | null;
                  step: number | null;
                })[]) | null;
              randomisedAt: string | null;
              randomisedBy: string | null;
              registeredAt: string | null;
              registeredBy: string | null;
              measurements: {
                  unit: string;
                  period: string;
                  value: number;
                }[];
              permissions: {
                edit: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/measures/{measureId}/trial/randomise": {
    /** Allocate the units at random with a recorded seed (SplitMix64, Fisher–Yates) */
    post: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Reuse a seed to reproduce an allocation; by default the platform draws one */
            seed?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              measureId: string;
              missionId: string;
              /** @enum {string} */
              design: "randomised" | "stepped-wedge";
              steps: number | null;
              /** @description The units that are allocated: buurten (any buurt codes) or named units */
              units: OneOf<[{
                /** @enum {string} */
                kind: "buurten";
                codes: string[];
              }, {
                /** @enum {string} */
                kind: "named";
                /** @description Streets, bins, parking zones … with a short code and a label */
                units: {
                    code: string;
                    label: string;
                  }[];
              }]>;
              hypothesis: string;
              /** @description The one primary indicator, counted per unit and period (manual: entered by hand) */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "incidents";
                crimeTypes: string[];
              }, {
                /** @enum {string} */
                source: "signals";
                /** @description Report categories (slugs) */
                categories: string[];
              }, {
                /** @enum {string} */
                source: "enforcement";
                /** @description Feit codes (APV 2:48, F601) or kinds (warning, fine, report) of BOA registrations */
                feitCodes: string[];
              }, {
                /** @enum {string} */
                source: "manual";
                name: string;
                unit: string;
              }]>;
              /** @enum {string} */
              expectedDirection: "decrease" | "increase";
              baselineFrom: string;
              baselineTo: string;
              trialFrom: string;
              trialTo: string;
              /** @description Baseline, then the trial (stepped wedge: one period per step) */
              periods: {
                  key: string;
                  from: string;
                  to: string;
                }[];
              seed: string | null;
              allocation: (({
                  code: string;
                  label: string;
                  arm: ("treatment" | "control") | null;
                  step: number | null;
                })[]) | null;
              randomisedAt: string | null;
              randomisedBy: string | null;
              registeredAt: string | null;
              registeredBy: string | null;
              measurements: {
                  unit: string;
                  period: string;
                  value: number;
                }[];
              permissions: {
                edit: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/measures/{measureId}/trial/register": {
    /** Pre-register: fix hypothesis, indicator, units, allocation and periods */
    post: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              measureId: string;
              missionId: string;
              /** @enum {string} */
              design: "randomised" | "stepped-wedge";
              steps: number | null;
              /** @description The units that are allocated: buurten (any buurt codes) or named units */
              units: OneOf<[{
                /** @enum {string} */
                kind: "buurten";
                codes: string[];
              }, {
                /** @enum {string} */
                kind: "named";
                /** @description Streets, bins, parking zones … with a short code and a label */
                units: {
                    code: string;
                    label: string;
                  }[];
              }]>;
              hypothesis: string;
              /** @description The one primary indicator, counted per unit and period (manual: entered by hand) */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "incidents";
                crimeTypes: string[];
              }, {
                /** @enum {string} */
                source: "signals";
                /** @description Report categories (slugs) */
                categories: string[];
              }, {
                /** @enum {string} */
                source: "enforcement";
                /** @description Feit codes (APV 2:48, F601) or kinds (warning, fine, report) of BOA registrations */
                feitCodes: string[];
              }, {
                /** @enum {string} */
                source: "manual";
                name: string;
                unit: string;
              }]>;
              /** @enum {string} */
              expectedDirection: "decrease" | "increase";
              baselineFrom: string;
              baselineTo: string;
              trialFrom: string;
              trialTo: string;
              /** @description Baseline, then the trial (stepped wedge: one period per step) */
              periods: {
                  key: string;
                  from: string;
                  to: string;
                }[];
              seed: string | null;
              allocation: (({
                  code: string;
                  label: string;
                  arm: ("treatment" | "control") | null;
                  step: number | null;
                })[]) | null;
              randomisedAt: string | null;
              randomisedBy: string | null;
              registeredAt: string | null;
              registeredBy: string | null;
              measurements: {
                  unit: string;
                  period: string;
                  value: number;
                }[];
              permissions: {
                edit: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/public-summary": {
    /** Write the public summary (becomes a draft until approved) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            summary: string;
            /** @default */
            join?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/missions/{id}/public-summary/approval": {
    /** Approve (or withdraw) the public summary (missions:publish) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            approve: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
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
