/**
 * The Stadsveilig API's types (signals (configuration), from /api/v1/signal-templates/{status}), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/signal-templates/{status}": {
    /** Create or change the standard text of a status, in general or for one category */
    put: {
      parameters: {
        query?: {
          /** @description The text for this main or sub-category (wins over the general text); leave out for the general text */
          categorySlug?: string;
        };
        path: {
          status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
        };
      };
      requestBody: {
        content: {
          "application/json": {
            subject: string;
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              status: string;
              /** @description Null: the general text of the status; else the text for this category */
              categorySlug: string | null;
              subject: string;
              body: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** Delete the standard text of a status (in general, or for one category) */
    delete: {
      parameters: {
        query?: {
          /** @description The text for this main or sub-category (wins over the general text); leave out for the general text */
          categorySlug?: string;
        };
        path: {
          status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
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
