/**
 * The Stadsveilig API's types (mail), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/mail-outbox": {
    /** Outbox status: counts per status, oldest waiting message, failed messages (no bodies, no addresses) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              counts: {
                pending: number;
                sending: number;
                sent: number;
                failed: number;
              };
              oldestPendingAt: string | null;
              failed: ({
                  id: number;
                  subject: string;
                  /** @description Only the domain: the address is personal data */
                  recipientDomain: string;
                  attempts: number;
                  lastError: string | null;
                  createdAt: string;
                  lastAttemptAt: string | null;
                })[];
              /** @description The 20 newest messages that did not fail (queued, being sent or sent) */
              recent: ({
                  id: number;
                  subject: string;
                  /** @description Only the domain: the address is personal data */
                  recipientDomain: string;
                  /** @enum {string} */
                  status: "pending" | "sending" | "sent";
                  attempts: number;
                  createdAt: string;
                  sentAt: string | null;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/mail-outbox/retry": {
    /** Queue failed messages again (all, or the given ids) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            ids?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              retried: number;
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
