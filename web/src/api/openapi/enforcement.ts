/**
 * The Stadsveilig API's types (enforcement), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/enforcement/codes": {
    /**
     * The feit codes of the enforcement registrations (BOA), for the analysis views’ source=enforcement
     * @description Codes and descriptions only, no counts and no persons; pass codes (or warning, fine, report) as `categories`.
     */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              codes: {
                  /** @description APV article ('APV 2:48') or CJIB feit code ('F601') */
                  code: string;
                  /** @description The most recent description registered with the code (may be empty) */
                  description: string;
                }[];
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
