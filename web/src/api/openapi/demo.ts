/**
 * The Stadsveilig API's types (demo), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/demo": {
    /** Demo content: what is loaded per module */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description STADSVEILIG_DEMO: a fresh database gets demo content on first start */
              enabledOnFirstStart: boolean;
              loadedAt: string | null;
              /** @description When an admin removed the demo content (a restart does not load it again) */
              removedAt: string | null;
              modules: ({
                  module: string;
                  /** @description Demo rows held now; null: not counted */
                  rows: number | null;
                })[];
              total: number;
            };
          };
        };
      };
    };
  };
  "/api/v1/demo/load": {
    /** Load the demo content of every module that has none (loading twice adds nothing) */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              lines: string[];
              status: {
                /** @description STADSVEILIG_DEMO: a fresh database gets demo content on first start */
                enabledOnFirstStart: boolean;
                loadedAt: string | null;
                /** @description When an admin removed the demo content (a restart does not load it again) */
                removedAt: string | null;
                modules: ({
                    module: string;
                    /** @description Demo rows held now; null: not counted */
                    rows: number | null;
                  })[];
                total: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/demo/remove": {
    /** Remove every demo row of every module; a restart does not load it again */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              removed: {
                  module: string;
                  rows: number;
                }[];
              status: {
                /** @description STADSVEILIG_DEMO: a fresh database gets demo content on first start */
                enabledOnFirstStart: boolean;
                loadedAt: string | null;
                /** @description When an admin removed the demo content (a restart does not load it again) */
                removedAt: string | null;
                modules: ({
                    module: string;
                    /** @description Demo rows held now; null: not counted */
                    rows: number | null;
                  })[];
                total: number;
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
