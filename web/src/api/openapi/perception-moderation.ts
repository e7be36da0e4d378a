/**
 * The Stadsveilig API's types (perception: moderation), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/perception/stories": {
    /** Moderation queue (perception:moderate) */
    get: {
      parameters: {
        query?: {
          status?: "pending" | "approved" | "rejected";
          /** @description CBS buurt code */
          buurt?: string;
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              stories: ({
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
                })[];
              /** @description The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation */
              permissions: string[];
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
      };
    };
  };
  "/api/v1/perception/stories/{id}/approve": {
    /**
     * Approve a story, with redaction and themes
     * @description Give `redact` (spans of the original, e.g. accepted suggestions → [verwijderd]) or the final `text`. Replies with warnings when the final text still looks like it holds personal data.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            text?: string;
            redact?: {
                start: number;
                end: number;
              }[];
            themes?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              story: {
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
              warnings: string[];
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
  "/api/v1/perception/stories/{id}/reject": {
    /** Reject a story with a reason (the text is deleted) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description e.g. "beledigend", "persoonsgegevens", "geen buurtverhaal", "dubbel" */
            reason: string;
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
