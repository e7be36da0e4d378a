/**
 * The Stadsveilig API's types (open311), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/open311-api-keys": {
    /** Open311 API keys (admins) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              keys: ({
                  id: string;
                  name: string;
                  createdAt: string;
                  revokedAt: string | null;
                  /** @description Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR) */
                  quotaPerHour: number | null;
                  /** @description When the key was last presented with a request (written at most once a minute); null: never */
                  lastUsedAt: string | null;
                })[];
            };
          };
        };
      };
    };
    /** Create an Open311 API key; the key is shown once */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @description Own quota (requests per hour); default: the configured one */
            quotaPerHour?: number;
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
              createdAt: string;
              revokedAt: string | null;
              /** @description Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR) */
              quotaPerHour: number | null;
              /** @description When the key was last presented with a request (written at most once a minute); null: never */
              lastUsedAt: string | null;
              key: string;
            };
          };
        };
      };
    };
  };
  "/api/v1/open311-api-keys/{id}": {
    /** Revoke an Open311 API key */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Change an active Open311 API key's quota per hour */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Own quota (requests per hour); null: the configured one */
            quotaPerHour: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              name: string;
              createdAt: string;
              revokedAt: string | null;
              /** @description Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR) */
              quotaPerHour: number | null;
              /** @description When the key was last presented with a request (written at most once a minute); null: never */
              lastUsedAt: string | null;
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
