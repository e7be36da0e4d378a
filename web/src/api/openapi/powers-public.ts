/**
 * The Stadsveilig API's types (powers (public)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/public/measures": {
    /**
     * Published administrative measures (closures, camera areas, risk areas) in force or starting soon
     * @description Only the published part of each decision: text, kind, legal basis, period, buurt or wijk, and the polygon of area measures. Errors: 400 (code of another municipality), 404 (unknown area) problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description A buurt or wijk (default: the whole municipality) */
          area?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** Format: date */
              date: string;
              measures: ({
                  /** @enum {string} */
                  measureKind: "closure" | "area-ban" | "order" | "risk-area" | "camera" | "housing-nuisance" | "apv" | "bibob";
                  baseLabel: string;
                  article: string;
                  /** @description The published text */
                  text: string;
                  /** Format: date */
                  publishedOn: string;
                  /** @enum {string} */
                  status: "active" | "starting";
                  period: {
                    /** Format: date */
                    start: string;
                    end: string | null;
                    liftedOn: string | null;
                  };
                  /** @description The buurt or wijk names */
                  areas: {
                      code: string;
                      name: string;
                    }[];
                  /** @description Area measures only; never the place of an address-bound measure */
                  geometry: OneOf<[{
                    /** @enum {string} */
                    type: "Polygon";
                    coordinates: [number, number][][];
                  }, {
                    /** @enum {string} */
                    type: "MultiPolygon";
                    coordinates: [number, number][][][];
                  }]> | null;
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
