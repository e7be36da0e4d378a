/**
 * The Stadsveilig API's types (audit), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/audit-log": {
    /**
     * Search the processing log (admins)
     * @description Records of every processing of personal data, after the Logboek Dataverwerkingen standard. Search a person by subjectType + subjectId: the id is pseudonymised before the search. Newest first. format=csv: the same filters as text/csv (UTF-8 with BOM, ';'), at most 10000 records; headers x-row-count, x-row-cap and x-truncated state the count and the cap. An export is logged as audit.export.
     */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          activity?: string;
          actor?: string;
          traceId?: string;
          status?: "OK" | "ERROR" | "DENIED";
          subjectType?: string;
          subjectId?: string;
          limit?: number;
          before?: number;
          /** @description csv: every matching record (limit and before ignored) up to the row cap, as text/csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json); format=csv gives text/csv */
        200: {
          content: {
            "application/json": {
              records: ({
                  id: number;
                  traceId: string;
                  spanId: string;
                  name: string;
                  processingActivityId: string;
                  operation: string;
                  actor: string;
                  dataSubjectType: string | null;
                  dataSubjectPseudonym: string | null;
                  statusCode: string;
                  startTime: string;
                  endTime: string;
                  resource: {
                    name: string;
                    version: string;
                  };
                  attributes: {
                    [key: string]: unknown;
                  };
                  /** @description The legal basis (grondslag) of the processing, where one is named */
                  legalBasis: string | null;
                })[];
              nextBefore: number | null;
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
