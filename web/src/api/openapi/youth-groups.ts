/**
 * The Stadsveilig API's types (youth-groups), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/youth-groups": {
    /** Youth groups per area (Beke shortlist register); every read is logged */
    get: {
      parameters: {
        query?: {
          /** @description Groups in this area (a wijk includes its buurten) */
          area?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              groups: ({
                  id: string;
                  name: string;
                  areaCode: string;
                  /** @description Of the latest assessment; null before the first */
                  classification: ("hinderlijk" | "overlastgevend" | "crimineel") | null;
                  lastAssessedOn: string | null;
                  reviewDate: string | null;
                  /** @description The review date is today or past */
                  reviewDue: boolean;
                  hangplekken: {
                      /** @description The place, e.g. 'Speeltuin Crabbehof' (no names of persons) */
                      name: string;
                      /** @description A GeoJSON Point or Polygon in WGS84 */
                      geometry: OneOf<[{
                        /** @enum {string} */
                        type: "Point";
                        /** @description [longitude, latitude] (WGS84) inside the Netherlands */
                        coordinates: [number, number];
                      }, {
                        /** @enum {string} */
                        type: "Polygon";
                        coordinates: [number, number][][];
                      }]>;
                    }[];
                  demo: boolean;
                })[];
            };
          };
        };
      };
    };
    /**
     * Register a youth group
     * @description No persons are stored: name the group by an alias and describe behaviour without names.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description Name or alias of the group. No names of persons: describe the group and its behaviour, never who is in it. */
            name: string;
            areaCode: string;
            /** @description The group's behaviour. No names of persons: describe the group and its behaviour, never who is in it. */
            description?: string;
            sizeEstimate?: number | null;
            ageMin?: number | null;
            ageMax?: number | null;
            hangplekken?: {
                /** @description The place, e.g. 'Speeltuin Crabbehof' (no names of persons) */
                name: string;
                /** @description A GeoJSON Point or Polygon in WGS84 */
                geometry: OneOf<[{
                  /** @enum {string} */
                  type: "Point";
                  /** @description [longitude, latitude] (WGS84) inside the Netherlands */
                  coordinates: [number, number];
                }, {
                  /** @enum {string} */
                  type: "Polygon";
                  coordinates: [number, number][][];
                }]>;
              }[];
            /** @description The approach: measures, one per line */
            measures?: string[];
            partnerIds?: string[];
            missionId?: string | null;
            /** @description The staff member who follows the group (reminders) */
            ownerId?: string | null;
            /** @description When the approach is reviewed; a reminder is mailed that day */
            reviewDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              name: string;
              areaCode: string;
              /** @description Of the latest assessment; null before the first */
              classification: ("hinderlijk" | "overlastgevend" | "crimineel") | null;
              lastAssessedOn: string | null;
              reviewDate: string | null;
              /** @description The review date is today or past */
              reviewDue: boolean;
              hangplekken: {
                  /** @description The place, e.g. 'Speeltuin Crabbehof' (no names of persons) */
                  name: string;
                  /** @description A GeoJSON Point or Polygon in WGS84 */
                  geometry: OneOf<[{
                    /** @enum {string} */
                    type: "Point";
                    /** @description [longitude, latitude] (WGS84) inside the Netherlands */
                    coordinates: [number, number];
                  }, {
                    /** @enum {string} */
                    type: "Polygon";
                    coordinates: [number, number][][];
                  }]>;
                }[];
              demo: boolean;
              description: string | null;
              sizeEstimate: number | null;
              ageMin: number | null;
              ageMax: number | null;
              measures: string[];
              partners: {
                  id: string;
                  name: string;
                }[];
              mission: {
                id: string;
                title: string;
              } | null;
              owner: {
                id: string;
                name: string;
              } | null;
              /** @description Oldest first: the classification over time */
              assessments: ({
                  id: string;
                  assessedOn: string;
                  assessor: {
                    id: string;
                    name: string;
                  } | null;
                  answers: {
                    [key: string]: number;
                  };
                  scores: {
                    hinderlijk: number;
                    overlastgevend: number;
                    crimineel: number;
                  };
                  /** @enum {string} */
                  computed: "hinderlijk" | "overlastgevend" | "crimineel";
                  /** @enum {string} */
                  classification: "hinderlijk" | "overlastgevend" | "crimineel";
                  deviationReason: string | null;
                })[];
              canEdit: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/youth-groups/shortlist": {
    /** The shortlist items and the classification rule’s threshold */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  code: string;
                  /** @enum {string} */
                  category: "hinderlijk" | "overlastgevend" | "crimineel";
                  label: string;
                })[];
              categorySumThreshold: number;
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
