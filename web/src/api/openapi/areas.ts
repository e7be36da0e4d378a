/**
 * The Stadsveilig API's types (areas), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/areas": {
    /**
     * Areas of one level and vintage as GeoJSON
     * @description A GeoJSON FeatureCollection (application/geo+json) of the gemeente, its wijken or its buurten (default) for a CBS vintage (default: the newest). Feature id = CBS code. 404 listing the available years for an unknown year.
     */
    get: {
      parameters: {
        query?: {
          /** @description Area level; default buurt */
          level?: "gemeente" | "wijk" | "buurt";
          /** @description CBS vintage (indeling) year; default: the newest loaded */
          year?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              type: "FeatureCollection";
              year: number;
              /** @enum {string} */
              level: "gemeente" | "wijk" | "buurt";
              features: ({
                  /** @enum {string} */
                  type: "Feature";
                  id: string;
                  properties: {
                    code: string;
                    name: string;
                    /** @enum {string} */
                    level: "gemeente" | "wijk" | "buurt";
                    parentCode: string | null;
                    year: number;
                    /** @description Inhabitants (CBS, rounded to 5); wijk and gemeente values are sums of buurt values */
                    population: number | null;
                    populationYear: number | null;
                    /** @description Vintage the polygon was drawn for; may be older than year */
                    geometryYear: number | null;
                    note: string | null;
                    isWater: boolean;
                  };
                  /** @description GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat); null when no polygon is known for this vintage */
                  geometry: ({
                    /** @enum {string} */
                    type: "Polygon";
                    coordinates: number[][][];
                  } | {
                    /** @enum {string} */
                    type: "MultiPolygon";
                    coordinates: number[][][][];
                  }) | null;
                })[];
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
  "/api/v1/areas/locate": {
    /**
     * Find the buurt and wijk of a point
     * @description Give `lat` and `lon` (WGS84) or `x` and `y` (RD New, EPSG:28992), not both. A point strictly inside a polygon wins; a point on a shared border goes to the buurt with the lowest code. 404 when the point lies in no buurt polygon.
     */
    get: {
      parameters: {
        query?: {
          lat?: number;
          lon?: number;
          x?: number;
          y?: number;
          /** @description CBS vintage (indeling) year; default: the newest loaded */
          year?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              year: number;
              point: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              };
              buurt: {
                code: string;
                name: string;
                population: number | null;
                isWater: boolean;
              };
              wijk: {
                code: string;
                name: string;
              } | null;
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
  "/api/v1/areas/vintages": {
    /**
     * Loaded CBS vintages (indelingen)
     * @description Every loaded vintage, newest first: source, counts per level, buurt population total and the areas without polygon.
     */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                year: number;
                source: string;
                populationYear: number | null;
                note: string | null;
                loadedAt: string;
                counts: {
                  gemeente: number;
                  wijk: number;
                  buurt: number;
                };
                /** @description Sum of buurt populations */
                population: number | null;
                areasWithoutGeometry: string[];
              })[];
          };
        };
      };
    };
  };
  "/api/v1/areas/{code}": {
    /**
     * One area with its polygon, parent and children
     * @description The area with `code` in a vintage (default: the newest), its bounding box, parent and children summaries and its relations to other vintages.
     */
    get: {
      parameters: {
        query?: {
          /** @description CBS vintage (indeling) year; default: the newest loaded */
          year?: number;
        };
        path: {
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              type: "Feature";
              id: string;
              properties: {
                code: string;
                name: string;
                /** @enum {string} */
                level: "gemeente" | "wijk" | "buurt";
                parentCode: string | null;
                year: number;
                /** @description Inhabitants (CBS, rounded to 5); wijk and gemeente values are sums of buurt values */
                population: number | null;
                populationYear: number | null;
                /** @description Vintage the polygon was drawn for; may be older than year */
                geometryYear: number | null;
                note: string | null;
                isWater: boolean;
              };
              /** @description GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat); null when no polygon is known for this vintage */
              geometry: ({
                /** @enum {string} */
                type: "Polygon";
                coordinates: number[][][];
              } | {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: number[][][][];
              }) | null;
              /** @description [minLon, minLat, maxLon, maxLat] */
              bbox?: number[];
              parent: ({
                code: string;
                name: string;
                /** @enum {string} */
                level: "gemeente" | "wijk" | "buurt";
                population: number | null;
              }) | null;
              children: ({
                  code: string;
                  name: string;
                  /** @enum {string} */
                  level: "gemeente" | "wijk" | "buurt";
                  population: number | null;
                })[];
              /** @description Code-to-code relations between vintages (same, new, discontinued, …) */
              relations: ({
                  fromYear: number;
                  fromCode: string;
                  toYear: number;
                  toCode: string | null;
                  relation: string;
                })[];
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
