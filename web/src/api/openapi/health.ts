/**
 * The Stadsveilig API's types (health), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/health": {
    /**
     * Liveness and database reachability
     * @description Answers while the analysis data loads after a start: `incidentColumns` says whether the in-memory incident columns of the analysis views are in (`ready`), still `loading`, or `not-loaded` yet.
     */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok" | "degraded" | "starting";
              /** @enum {string} */
              database: "embedded" | "postgres";
              /** @enum {string} */
              incidentColumns: "ready" | "loading" | "not-loaded";
              /** @description Only while the server starts: the start steps still to do, the current one first */
              starting?: ("database" | "migrations" | "seed" | "demo" | "housekeeping" | "app")[];
            };
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok" | "degraded" | "starting";
              /** @enum {string} */
              database: "embedded" | "postgres";
              /** @enum {string} */
              incidentColumns: "ready" | "loading" | "not-loaded";
              /** @description Only while the server starts: the start steps still to do, the current one first */
              starting?: ("database" | "migrations" | "seed" | "demo" | "housekeeping" | "app")[];
            };
          };
        };
      };
    };
  };
  "/api/v1/instance": {
    /** Public facts about this installation */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              name: "Stadsveilig";
              version: string;
              municipality: {
                code: string;
                name: string | null;
              };
              map: {
                /** @enum {string} */
                background: "none" | "pdok-brt";
                backgroundTiles: string | null;
                /** @description Credit for the area boundaries, always shown */
                attribution: string;
                /** @description Credit for the background map; shown only while its tiles are drawn */
                backgroundAttribution: string | null;
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
