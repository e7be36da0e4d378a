/**
 * The Stadsveilig API's types (addresses), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/addresses/reverse": {
    /**
     * The address and buurt at a point
     * @description The nearest address within 50 m (label, distance in metres) and the buurt; no address near → the buurt only.
     */
    get: {
      parameters: {
        query: {
          /** @description WGS84 latitude */
          lat: number;
          /** @description WGS84 longitude */
          lon: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /**
               * @description Who answered: loaded BAG address points, PDOK Locatieserver, or area names only
               * @enum {string}
               */
              source: "bag" | "pdok" | "areas";
              /** @description The nearest address within 50 m, or null */
              address: {
                label: string;
                lat: number;
                lon: number;
                /** @description Metres from the point */
                distance: number;
              } | null;
              /** @description The buurt at the point, or null outside the municipality */
              buurt: {
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
      };
    };
  };
  "/api/v1/addresses/search": {
    /**
     * Find an address, street, buurt or wijk of the municipality (type-ahead)
     * @description At most 8 results with their point and buurt: addresses ("Voorstraat 12", "voorstr 12a", "3311AB 12", "3311 ab"), streets alone (at their first number), then buurt and wijk names. `source` says who answered (STADSVEILIG_ADDRESS_SEARCH).
     */
    get: {
      parameters: {
        query: {
          /** @description Street (+ number), postcode (+ number), woonplaats optional, or a buurt or wijk name */
          q: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /**
               * @description Who answered: loaded BAG address points, PDOK Locatieserver, or area names only
               * @enum {string}
               */
              source: "bag" | "pdok" | "areas";
              results: ({
                  /** @enum {string} */
                  kind: "address" | "street" | "buurt" | "wijk";
                  /** @description "Voorstraat 12A, 3311 AB Dordrecht", "Voorstraat, Dordrecht" or a buurt/wijk name */
                  label: string;
                  lat: number;
                  lon: number;
                  buurtCode: string | null;
                  buurtName: string | null;
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
