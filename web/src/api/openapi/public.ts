/**
 * The Stadsveilig API's types (public), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/public/missions": {
    /** Approved public summaries of missions (no login, no personal data) */
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
                  summary: string;
                  /** @description How residents can take part */
                  join: string;
                  status: string;
                  statusLabel: string;
                  area: string;
                  geometry: {
                    /** @enum {string} */
                    type: "MultiPolygon";
                    coordinates: number[][][][];
                  } | null;
                  approvedAt: string | null;
                  /** @description A made-up demo mission */
                  demo: boolean;
                  goals: ({
                      title: string;
                      indicator: string;
                      baseline: number | null;
                      current: number | null;
                      target: number;
                      deadline: string;
                      progress: {
                        status: string;
                        fraction: number | null;
                        explanation: string;
                      };
                      /** @description Figures withheld: public pages show no small counts and nothing of a mission with a small area */
                      suppressed: boolean;
                    })[];
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/public/missions/{id}": {
    /** One approved public mission summary */
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
              id: string;
              number: string;
              title: string;
              summary: string;
              /** @description How residents can take part */
              join: string;
              status: string;
              statusLabel: string;
              area: string;
              geometry: {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: number[][][][];
              } | null;
              approvedAt: string | null;
              /** @description A made-up demo mission */
              demo: boolean;
              goals: ({
                  title: string;
                  indicator: string;
                  baseline: number | null;
                  current: number | null;
                  target: number;
                  deadline: string;
                  progress: {
                    status: string;
                    fraction: number | null;
                    explanation: string;
                  };
                  /** @description Figures withheld: public pages show no small counts and nothing of a mission with a small area */
                  suppressed: boolean;
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
