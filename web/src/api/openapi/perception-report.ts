/**
 * The Stadsveilig API's types (perception: report), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/areas/{code}/report.html": {
    /**
     * Wijkgesprek report as HTML (perception:read)
     * @description Self-contained Dutch HTML page (map, four indices, trends, top report categories, hot times, residents’ themes, the network of the wijk: the sections the caller may see). Errors: 400, 401, 403, 404 problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
        };
        path: {
          code: string;
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
  "/api/v1/areas/{code}/report.pdf": {
    /**
     * Wijkgesprek report as PDF (perception:read)
     * @description Rendered from the HTML version by headless Chromium (A4), a few at a time (STADSVEILIG_PDF_CONCURRENCY, a bounded queue behind them). Errors: 400, 401, 403, 404; 429 after STADSVEILIG_PDF_PER_MINUTE PDFs of one user in a minute; 503 pdf-busy when the queue is full, 503 pdf-unavailable when Chromium is missing, fails or takes over 30 s (all with retry-after where waiting helps).
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
        };
        path: {
          code: string;
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
