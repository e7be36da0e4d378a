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
  "/api/v1/missions": {
    /** Missions the caller may see (staff: all; partners: those they take part in) */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated statuses */
          status?: ("idea" | "analysis" | "approach" | "running" | "evaluation" | "closed")[];
          priority?: "low" | "medium" | "high" | "urgent";
          /** @description 'me' or a user id */
          owner?: string;
          /** @description Missions whose buurten scope holds this buurt */
          area?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missions: ({
                  id: string;
                  number: string;
                  title: string;
                  /** @enum {string} */
                  status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  statusLabel: string;
                  /** @enum {string} */
                  priority: "low" | "medium" | "high" | "urgent";
                  scope: unknown;
                  scopeDescription: string;
                  owner: {
                    id: string;
                    displayName: string;
                  } | null;
                  startDate: string | null;
                  nextReview: string | null;
                  reviewOverdue: boolean;
                  updatedAt: string;
                  /** @description A made-up demo mission (removed with `demo remove`) */
                  demo: boolean;
                  /** @description The caller's permissions on this mission */
                  permissions: {
                    read: boolean;
                    edit: boolean;
                    transition: boolean;
                    publish: boolean;
                    addLog: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
    /**
     * Create a mission ("make this a mission") with its evidence frozen from the analysis
     * @description Runnable evidence kinds are computed on the server now and stored with their query and the mission scope, so they can be re-run later. Query parameters per kind: crime-counts {year, crimeType?} (grid-cell and polygon scopes: each touched buurt weighted by the share of its area inside, method areal-weighting); hotcrimes {from, to, baselineFrom, baselineTo, minCount?}; hottimes {from, to, crimeTypes?}; concentration {from, to, of: offender|victim|address, crimeTypes?} (shares and Gini only, never ids); report-counts {from, to, categories?}; snapshot: send `result` (not re-runnable).
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            title: string;
            /**
             * @description The problem in words: what, where, when, who suffers
             * @default
             */
            problemStatement?: string;
            /** @description Mission area: buurten, grid cells or a drawn polygon */
            scope: OneOf<[{
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
            }]>;
            /**
             * @description Hotcrimes the mission targets (CBS codes)
             * @default []
             */
            crimeTypes?: string[];
            /**
             * @description Residents' report categories (slugs)
             * @default []
             */
            signalCategories?: string[];
            /**
             * @description Hottimes the mission targets
             * @default {}
             */
            times?: {
              /** @description e.g. 'vrijdag- en zaterdagavond 22–04 uur' */
              description?: string;
              /** @description Hour-of-week indices, 0 = Monday 00:00–01:00 (as analysis aoristic) */
              hoursOfWeek?: number[];
            };
            /** @description Staff user who owns the mission */
            ownerId?: string | null;
            /**
             * @default medium
             * @enum {string}
             */
            priority?: "low" | "medium" | "high" | "urgent";
            /** @description Start of the approach; effects are measured from this date */
            startDate?: string | null;
            nextReview?: string | null;
            reviewIntervalDays?: number | null;
            /** @description 1–5: harm and size of the problem */
            impactScore?: number | null;
            impactRationale?: string | null;
            /** @description 1–5: can we influence it with partners and powers we have */
            feasibilityScore?: number | null;
            feasibilityRationale?: string | null;
            /**
             * @description The analysis picture to freeze (hotcrimes, hotspot, hottimes, hotshots/hotvics)
             * @default []
             */
            evidence?: ({
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
              })[];
            /** @description The early-warning candidate this mission comes from, if any */
            origin?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              number: string;
              title: string;
              /** @enum {string} */
              status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
              statusLabel: string;
              /** @enum {string} */
              priority: "low" | "medium" | "high" | "urgent";
              scope: unknown;
              scopeDescription: string;
              owner: {
                id: string;
                displayName: string;
              } | null;
              startDate: string | null;
              nextReview: string | null;
              reviewOverdue: boolean;
              updatedAt: string;
              /** @description A made-up demo mission (removed with `demo remove`) */
              demo: boolean;
              /** @description The caller's permissions on this mission */
              permissions: {
                read: boolean;
                edit: boolean;
                transition: boolean;
                publish: boolean;
                addLog: boolean;
              };
              problemStatement: string;
              crimeTypes: string[];
              signalCategories: string[];
              times: unknown;
              reviewIntervalDays: number | null;
              prioritisation: {
                impactScore: number | null;
                impactRationale: string | null;
                feasibilityScore: number | null;
                feasibilityRationale: string | null;
              };
              effectSettings: unknown;
              origin: unknown;
              publicSummary: {
                /** @enum {string} */
                status: "none" | "draft" | "approved";
                title: string | null;
                summary: string | null;
                join: string | null;
                approvedAt: string | null;
              };
              createdBy: string;
              createdAt: string;
              version: number;
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  label: string;
                  requiresReason: boolean;
                  blockedBy: string | null;
                })[];
              statusHistory: ({
                  from: string | null;
                  to: string;
                  reason: string | null;
                  actor: string;
                  at: string;
                })[];
              evidence: ({
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
                })[];
              /** @description Applies to the evidence results and the origin */
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
              counts: {
                goals: number;
                measures: number;
                participants: number;
                logEntries: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/candidates": {
    /** Turn early-warning alerts into candidate missions (grouped per buurt and crime type, with coverage by open missions) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            alerts: {
                areaCode: string;
                areaName?: string;
                crimeType: string;
                /** Format: date */
                weekStart: string;
                count: number;
                expected: number;
                upper: number;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              candidates: ({
                  key: string;
                  areaCode: string;
                  areaName: string | null;
                  crimeType: string;
                  weeks: string[];
                  count: number;
                  expected: number;
                  excess: number;
                  ratio: number | null;
                  coveredBy: {
                    id: string;
                    number: string;
                  } | null;
                  suggestedTitle: string;
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
