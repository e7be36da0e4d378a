/**
 * The Stadsveilig API's types (area network), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/areas/network-summary": {
    /**
     * Per wijk the number of network rows per section the caller may see
     * @description The sections (partners, agreements, missions, initiatives, youth groups, target groups) the caller may see, counted per wijk of the newest indeling; a partner account gets only the wijken of its organisations. Errors: 401, 404 (no areas loaded) problem+json.
     */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description CBS indeling (vintage) of the wijken */
              year: number;
              /** @description The sections the caller may see, in order */
              sections: ("partners" | "agreements" | "missions" | "initiatives" | "youthGroups" | "targetGroups" | "cases" | "measures" | "compliance")[];
              unavailable: ("partners" | "agreements" | "missions" | "initiatives" | "youthGroups" | "targetGroups" | "cases" | "measures" | "compliance")[];
              wijken: {
                  code: string;
                  name: string;
                  counts: {
                    partners?: number;
                    agreements?: number;
                    missions?: number;
                    initiatives?: number;
                    youthGroups?: number;
                    targetGroups?: number;
                    cases?: number;
                    measures?: number;
                    compliance?: number;
                  };
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
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
  "/api/v1/areas/{code}/network": {
    /**
     * The network of an area: partners, agreements, missions, initiatives, youth groups, target groups
     * @description Every section the caller may see (a missing key: not shown), for the area, the areas containing it and the buurten inside it. Errors: 400 (code of another municipality), 401, 404 (unknown area; for a partner account also an area outside its organisations’ areas) problem+json.
     */
    get: {
      parameters: {
        path: {
          /** @description CBS area code: the gemeente (GM…), a wijk (WK…) or a buurt (BU…) */
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              area: {
                code: string;
                name: string;
                /** @enum {string} */
                level: "gemeente" | "wijk" | "buurt";
              };
              /** @description Only the sections the caller may see; a missing key: not shown */
              sections: {
                [key: string]: ({
                    id: string;
                    title: string;
                    /** @description Type code the web app translates (housing-corporation, convenant, mission, hinderlijk, …) */
                    kind: string;
                    status?: string | null;
                    /** @description One line of detail in Dutch */
                    detail?: string | null;
                    areaCodes: readonly string[];
                    /** @description GeoJSON geometry (WGS84) for the network map */
                    geometry?: ({
                      /** @enum {string} */
                      type: "Point" | "Polygon" | "MultiPolygon";
                      coordinates: unknown;
                    }) | null;
                    /** @description Something that needs attention, in Dutch */
                    warning?: string | null;
                    figures?: readonly ({
                        label: string;
                        /** @description null: a small number, suppressed */
                        value: number | null;
                        period?: string;
                      })[];
                  })[];
              };
              /** @description Sections that could not be loaded just now */
              unavailable: ("partners" | "agreements" | "missions" | "initiatives" | "youthGroups" | "targetGroups" | "cases" | "measures" | "compliance")[];
            };
          };
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
        401: {
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
