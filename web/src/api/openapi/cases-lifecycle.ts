/**
 * The Stadsveilig API's types (cases: lifecycle), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/case-retention/proofs": {
    /** Yearly proofs of what retention anonymised (cases:review): references and a checksum, no persons */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              retentionYears: number;
              proofs: {
                  year: number;
                  runAt: string;
                  casesAnonymised: number;
                  /** @description Case references (PGA-…), never persons */
                  references: string[];
                  /** @description SHA-256 (hex) over the sorted references, one per line */
                  checksum: string;
                  method: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/export": {
    /**
     * Subject access export (AVG art. 15) of everything stored on the person of a case (procesregisseur only)
     * @description JSON (default) or PDF (headless Chromium). Logged as cases.export. Shape in src/modules/cases/README.md. Errors: 400, 401, 403 case-need-to-know, 404 (also for a case the caller may not know of), 429, 503 pdf-unavailable / pdf-busy.
     */
    get: {
      parameters: {
        query?: {
          format?: "json" | "pdf";
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: never;
        };
      };
    };
  };
  "/api/v1/cases/{id}/print": {
    /**
     * Log that a case is printed (director or member); call before window.print()
     * @description Writes the processing record (operation print, cases.export). Errors: 400, 401, 403, 404.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description What is printed (for the log)
             * @default case
             * @enum {string}
             */
            part?: "case" | "plan" | "meeting";
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
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
