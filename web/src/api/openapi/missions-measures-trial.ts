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
  "/api/v1/missions/{id}/measures/{measureId}/trial": {
    /** The compliance trial of a behavioural measure */
    get: {
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
    /** Set up or change the trial design (until it is registered) */
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
            /** @enum {string} */
            design: "randomised" | "stepped-wedge";
            /** @description Stepped wedge: the number of steps */
            steps?: number | null;
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
            /** @description Pre-registered: what changes, in which direction, why */
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
            /** Format: date */
            baselineFrom: string;
            /**
             * Format: date
             * @description Exclusive end
             */
            baselineTo: string;
            /** Format: date */
            trialFrom: string;
            /**
             * Format: date
             * @description Exclusive end
             */
            trialTo: string;
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
  "/api/v1/missions/{id}/measures/{measureId}/trial/analysis": {
    /** Analysis: difference between arms with 95% interval, randomisation p-value and the method text */
    get: {
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
              /** @enum {string} */
              design: "randomised" | "stepped-wedge";
              /** @description false while the trial period has not ended */
              final: boolean;
              /** @description What is compared, in Dutch */
              outcome: string;
              valueUnit: string;
              units: ({
                  code: string;
                  label: string;
                  arm: ("treatment" | "control") | null;
                  step: number | null;
                  /** @description Indicator per period key */
                  values: {
                    [key: string]: number | null;
                  };
                  /** @description Trial minus baseline (randomised) */
                  change: number | null;
                })[];
              arms: (({
                  /** @enum {string} */
                  arm: "treatment" | "control";
                  n: number;
                  meanBaseline: number;
                  meanTrial: number;
                  meanChange: number;
                })[]) | null;
              periods: (({
                  key: string;
                  from: string;
                  to: string;
                  treated: number;
                  notYetTreated: number;
                  difference: number | null;
                })[]) | null;
              /** @description Treatment minus control (randomised: difference in mean change) */
              estimate: number | null;
              ci: {
                lower: number;
                upper: number;
                level: number;
                df: number;
              } | null;
              pValue: number | null;
              pMethod: ("exact" | "monte-carlo") | null;
              allocationsCompared: number | null;
              inferencePossible: boolean;
              inExpectedDirection: boolean | null;
              missingValues: number;
              /** @description The method text in Dutch: design, units, seed, indicator, periods, test, limitations */
              method: string;
              limitations: string[];
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
