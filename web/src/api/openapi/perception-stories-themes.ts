/**
 * The Stadsveilig API's types (perception: moderation), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/perception/stories/{id}/themes": {
    /** Set the theme tags of an approved story */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            themes: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              buurtCode: string;
              wijkCode: string | null;
              year: number;
              /** @enum {string} */
              status: "pending" | "approved" | "rejected";
              /** @description Original text while pending; the redacted text once approved; empty once rejected */
              text: string;
              /** @description Automatic findings (personal data, offensive words, near-duplicate) — suggestions, the moderator decides */
              suggestions: ({
                  /** @enum {string} */
                  kind: "email" | "phone" | "postcode-address" | "name" | "offensive" | "duplicate";
                  match: string;
                  start: number;
                  end: number;
                })[];
              duplicateOf: string | null;
              themes: string[];
              rejectReason: string | null;
              submittedOn: string;
              moderatedAt: string | null;
              /** @description A made-up demo story */
              demo: boolean;
              permissions: {
                approve: boolean;
                reject: boolean;
                tag: boolean;
              };
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
        /** @description RFC 9457 problem details */
        409: {
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
  "/api/v1/perception/theme-counts": {
    /** Approved stories per theme per buurt or wijk */
    get: {
      parameters: {
        query: {
          level?: "buurt" | "wijk";
          year: number;
          /** @description CBS area code (GM/WK/BU) */
          area?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              counts: {
                  areaCode: string;
                  theme: string;
                  name: string;
                  stories: number;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/perception/themes": {
    /** Theme tags */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              themes: {
                  slug: string;
                  name: string;
                }[];
            };
          };
        };
      };
    };
    /** Add a theme tag (perception:moderate) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            slug: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              slug: string;
              name: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
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
