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
  "/api/v1/missions/{id}/measures": {
    /** Measures with legal basis (powers) and EAST design (behavioural) */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              measures: ({
                  id: string;
                  missionId: string;
                  title: string;
                  description: string;
                  /** @enum {string} */
                  type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
                  powerKind: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
                  powerLabel: string | null;
                  legalBasis: string | null;
                  ownerPartner: {
                    id: string;
                    name: string;
                  } | null;
                  startDate: string | null;
                  endDate: string | null;
                  costEur: number | null;
                  /** @enum {string} */
                  status: "planned" | "running" | "paused" | "finished" | "cancelled";
                  design: {
                    /** @description Easy: how the wanted behaviour is made simple */
                    easy: string;
                    /** @description Attractive: how it draws attention or is rewarded */
                    attractive: string;
                    /** @description Social: norms, commitments, networks used */
                    social: string;
                    /** @description Timely: the moment people are reached */
                    timely: string;
                  } | null;
                  hypothesis: string | null;
                  scope: unknown;
                  /** @description A compliance trial is set up (GET …/measures/{measureId}/trial) */
                  hasTrial: boolean;
                  permissions: {
                    edit: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
    /** Add a measure */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            /** @default */
            description?: string;
            /** @enum {string} */
            type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
            /** @description Required for type administrative-power, absent otherwise */
            powerKind?: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
            /** @description Defaults to the legal basis of the power */
            legalBasis?: string | null;
            ownerPartnerId?: string | null;
            startDate?: string | null;
            endDate?: string | null;
            costEur?: number | null;
            /**
             * @default planned
             * @enum {string}
             */
            status?: "planned" | "running" | "paused" | "finished" | "cancelled";
            design?: {
              /** @description Easy: how the wanted behaviour is made simple */
              easy: string;
              /** @description Attractive: how it draws attention or is rewarded */
              attractive: string;
              /** @description Social: norms, commitments, networks used */
              social: string;
              /** @description Timely: the moment people are reached */
              timely: string;
            } | null;
            /** @description If we do X, then Y changes, because Z */
            hypothesis?: string | null;
            /** @description The measure’s own area when smaller than the mission’s (effect per measure) */
            scope?: OneOf<[{
              /** @enum {string} */
              kind: "buurten";
              /** @description CBS indeling (vintage) of the codes */
              year: number;
              codes: string[];
            }, {
              /** @enum {string} */
              kind: "cells";
              /** @description Cell size in metres */
              cellSize: number;
              /** @description South-west corners in RD New metres, multiples of cellSize (as the analysis grid) */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              kind: "polygon";
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]>;
            }]> | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              description: string;
              /** @enum {string} */
              type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
              powerKind: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
              powerLabel: string | null;
              legalBasis: string | null;
              ownerPartner: {
                id: string;
                name: string;
              } | null;
              startDate: string | null;
              endDate: string | null;
              costEur: number | null;
              /** @enum {string} */
              status: "planned" | "running" | "paused" | "finished" | "cancelled";
              design: {
                /** @description Easy: how the wanted behaviour is made simple */
                easy: string;
                /** @description Attractive: how it draws attention or is rewarded */
                attractive: string;
                /** @description Social: norms, commitments, networks used */
                social: string;
                /** @description Timely: the moment people are reached */
                timely: string;
              } | null;
              hypothesis: string | null;
              scope: unknown;
              /** @description A compliance trial is set up (GET …/measures/{measureId}/trial) */
              hasTrial: boolean;
              permissions: {
                edit: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/measures/{measureId}": {
    /** Remove a measure */
    delete: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Change a measure (status, dates, cost, …) */
    patch: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            description?: string;
            /** @enum {string} */
            type?: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
            /** @description Required for type administrative-power, absent otherwise */
            powerKind?: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
            /** @description Defaults to the legal basis of the power */
            legalBasis?: string | null;
            ownerPartnerId?: string | null;
            startDate?: string | null;
            endDate?: string | null;
            costEur?: number | null;
            /** @enum {string} */
            status?: "planned" | "running" | "paused" | "finished" | "cancelled";
            design?: {
              /** @description Easy: how the wanted behaviour is made simple */
              easy: string;
              /** @description Attractive: how it draws attention or is rewarded */
              attractive: string;
              /** @description Social: norms, commitments, networks used */
              social: string;
              /** @description Timely: the moment people are reached */
              timely: string;
            } | null;
            /** @description If we do X, then Y changes, because Z */
            hypothesis?: string | null;
            /** @description The measure’s own area when smaller than the mission’s (effect per measure) */
            scope?: OneOf<[{
              /** @enum {string} */
              kind: "buurten";
              /** @description CBS indeling (vintage) of the codes */
              year: number;
              codes: string[];
            }, {
              /** @enum {string} */
              kind: "cells";
              /** @description Cell size in metres */
              cellSize: number;
              /** @description South-west corners in RD New metres, multiples of cellSize (as the analysis grid) */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              kind: "polygon";
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]>;
            }]> | null;
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
              description: string;
              /** @enum {string} */
              type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
              powerKind: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
              powerLabel: string | null;
              legalBasis: string | null;
              ownerPartner: {
                id: string;
                name: string;
              } | null;
              startDate: string | null;
              endDate: string | null;
              costEur: number | null;
              /** @enum {string} */
              status: "planned" | "running" | "paused" | "finished" | "cancelled";
              design: {
                /** @description Easy: how the wanted behaviour is made simple */
                easy: string;
                /** @description Attractive: how it draws attention or is rewarded */
                attractive: string;
                /** @description Social: norms, commitments, networks used */
                social: string;
                /** @description Timely: the moment people are reached */
                timely: string;
              } | null;
              hypothesis: string | null;
              scope: unknown;
              /** @description A compliance trial is set up (GET …/measures/{measureId}/trial) */
              hasTrial: boolean;
              permissions: {
                edit: boolean;
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
