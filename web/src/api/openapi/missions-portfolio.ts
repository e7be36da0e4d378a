/**
 * The Stadsveilig API's types (missions), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/missions/portfolio": {
    /** All visible missions with status, KPI progress and next review, plus their scopes as GeoJSON */
    get: {
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
                  kpis: ({
                      goalId: string;
                      title: string;
                      /** @enum {string} */
                      status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                      fraction: number | null;
                      expectedFraction: number;
                    })[];
                  /** @description The worst goal status (behind < no-data < suppressed < on-track < achieved); null without goals */
                  kpiStatus: ("achieved" | "on-track" | "behind" | "no-data" | "suppressed") | null;
                })[];
              map: {
                /** @enum {string} */
                type: "FeatureCollection";
                features: ({
                    /** @enum {string} */
                    type: "Feature";
                    id: string;
                    properties: {
                      id: string;
                      number: string;
                      title: string;
                      status: string;
                      priority: string;
                      /** @description The worst goal status (behind < no-data < suppressed < on-track < achieved); null without goals */
                      kpiStatus: ("achieved" | "on-track" | "behind" | "no-data" | "suppressed") | null;
                    };
                    geometry: {
                      /** @enum {string} */
                      type: "MultiPolygon";
                      coordinates: number[][][][];
                    };
                  })[];
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/prioritisation": {
    /** Open missions ranked on impact × feasibility, with quadrant and rationale */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missions: ({
                  id: string;
                  number: string;
                  title: string;
                  status: string;
                  priority: string;
                  rank: number;
                  /** @description impact · feasibility, 1–25 */
                  score: number | null;
                  /** @enum {string} */
                  quadrant: "do-first" | "invest" | "quick-win" | "reconsider" | "unscored";
                  impactScore: number | null;
                  impactRationale: string | null;
                  feasibilityScore: number | null;
                  feasibilityRationale: string | null;
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
