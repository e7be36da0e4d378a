/**
 * The Stadsveilig API's types (powers), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/areas/{code}/measures": {
    /**
     * Administrative measures in force in an area (and starting within 30 days)
     * @description Closures, area bans, camera and risk areas in force on `date` (default today) in the area, the areas containing it and those inside it. A decision linked to a PGA case the caller may not open shows only its published part. Errors: 400 (code of another municipality), 401, 403, 404 (unknown area) problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description The day the measures are in force (default today) */
          date?: string;
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
              area: {
                code: string;
                name: string;
              };
              /** Format: date */
              date: string;
              measures: ({
                  /** Format: uuid */
                  decisionId: string;
                  /** @description Null when only the public part may be shown */
                  number: string | null;
                  /** @description Null when only the public part may be shown */
                  title: string | null;
                  /** @description Null when only the public part may be shown */
                  state: ("voornemen" | "zienswijze" | "besluit" | "bekendgemaakt" | "bezwaar" | "beslissing-op-bezwaar" | "beroep" | "afgerond" | "ingetrokken") | null;
                  baseLabel: string;
                  article: string;
                  /** @enum {string} */
                  measureKind: "closure" | "area-ban" | "order" | "risk-area" | "camera" | "housing-nuisance" | "apv" | "bibob";
                  /**
                   * @description In force on the date, or starting within 30 days
                   * @enum {string}
                   */
                  status: "active" | "starting";
                  period: {
                    /** Format: date */
                    start: string;
                    /** @description The end in force (the extension when there is one) */
                    end: string | null;
                    liftedOn: string | null;
                  };
                  place: {
                    addressLabel: string | null;
                    /** @description Address measures (not in a public part) */
                    point: {
                      lon: number;
                      lat: number;
                    } | null;
                    /** @description Area measures (camera areas, risk areas) */
                    geometry: OneOf<[{
                      /** @enum {string} */
                      type: "Polygon";
                      coordinates: [number, number][][];
                    }, {
                      /** @enum {string} */
                      type: "MultiPolygon";
                      coordinates: [number, number][][][];
                    }]> | null;
                    buurtCode: string | null;
                    areaCodes: string[];
                  };
                  publicText: string | null;
                  /** @description Linked to a PGA case the caller may not open: only the published part */
                  publicOnly: boolean;
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
