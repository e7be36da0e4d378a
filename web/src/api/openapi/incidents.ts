/**
 * The Stadsveilig API's types (incidents), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/incidents/counts": {
    /**
     * Registered crime per area and year (CBS/Politie open data)
     * @description From the aggregated CBS tables (e.g. 47018NED). Wijk and gemeente figures are summed from the buurten when the table has no row at that level (derived: true). ratePer1000 uses the population of the same indeling.
     */
    get: {
      parameters: {
        query: {
          level?: "gemeente" | "wijk" | "buurt";
          year: number;
          crimeType?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                areaCode: string;
                areaName: string;
                count: number | null;
                population: number | null;
                ratePer1000: number | null;
                /** @description true when summed from the buurten because the table has no row at this level */
                derived: boolean;
              })[];
          };
        };
      };
    };
  };
  "/api/v1/incidents/crime-types": {
    /** The CBS/Politie crime-type code list */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                code: string;
                title: string;
                description: string | null;
              })[];
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
