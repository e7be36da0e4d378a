/**
 * The Stadsveilig API's types (settings), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/settings": {
    /** Municipality settings in effect, the environment defaults, start-up warnings and the recent changes */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              municipality: {
                code: string;
                /** @description the name in the loaded area files */
                areaName: string | null;
              };
              /** @description in effect now */
              settings: {
                name: string | null;
                /** @enum {string} */
                mapBackground: "none" | "pdok-brt";
                /** @description null: the year asked for */
                baseYear: number | null;
                minCellCount: number;
                perceptionMinRespondents: number;
                pulseMinAnswers: number;
              };
              /** @description the values from the environment, used where no change is stored */
              environment: {
                name: string | null;
                /** @enum {string} */
                mapBackground: "none" | "pdok-brt";
                /** @description null: the year asked for */
                baseYear: number | null;
                minCellCount: number;
                perceptionMinRespondents: number;
                pulseMinAnswers: number;
              };
              /** @description the settings changed in Beheer (the others follow the environment) */
              stored: string[];
              safeMinimums: {
                minCellCount: number;
                perceptionMinRespondents: number;
                pulseMinAnswers: number;
              };
              warnings: {
                  /** @description stable key, e.g. no-areas, no-smtp */
                  code: string;
                  /** @description one readable line (English, as in the start report) */
                  message: string;
                }[];
              changes: ({
                  id: number;
                  setting: string;
                  oldValue: string | null;
                  newValue: string | null;
                  changedBy: string;
                  changedAt: string;
                })[];
            };
          };
        };
      };
    };
    /**
     * Change municipality settings (null: back to the environment value); applied without a restart
     * @description Suppression thresholds below a safe minimum are refused (400 invalid-input). Every change is logged with its old and new value.
     */
    patch: {
      requestBody: {
        content: {
          "application/json": {
            name?: string | null;
            mapBackground?: ("none" | "pdok-brt") | null;
            baseYear?: number | null;
            minCellCount?: number | null;
            perceptionMinRespondents?: number | null;
            pulseMinAnswers?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              municipality: {
                code: string;
                /** @description the name in the loaded area files */
                areaName: string | null;
              };
              /** @description in effect now */
              settings: {
                name: string | null;
                /** @enum {string} */
                mapBackground: "none" | "pdok-brt";
                /** @description null: the year asked for */
                baseYear: number | null;
                minCellCount: number;
                perceptionMinRespondents: number;
                pulseMinAnswers: number;
              };
              /** @description the values from the environment, used where no change is stored */
              environment: {
                name: string | null;
                /** @enum {string} */
                mapBackground: "none" | "pdok-brt";
                /** @description null: the year asked for */
                baseYear: number | null;
                minCellCount: number;
                perceptionMinRespondents: number;
                pulseMinAnswers: number;
              };
              /** @description the settings changed in Beheer (the others follow the environment) */
              stored: string[];
              safeMinimums: {
                minCellCount: number;
                perceptionMinRespondents: number;
                pulseMinAnswers: number;
              };
              warnings: {
                  /** @description stable key, e.g. no-areas, no-smtp */
                  code: string;
                  /** @description one readable line (English, as in the start report) */
                  message: string;
                }[];
              changes: ({
                  id: number;
                  setting: string;
                  oldValue: string | null;
                  newValue: string | null;
                  changedBy: string;
                  changedAt: string;
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
