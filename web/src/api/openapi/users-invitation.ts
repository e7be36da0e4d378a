/**
 * The Stadsveilig API's types (users), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/users/{id}/invitation": {
    /**
     * Send an invitation again with a new link (admins; logged)
     * @description For an invitation not accepted yet: the old link stops working; a withdrawn account is active again.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              user: {
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
                roleLabel: string;
                /** @enum {string} */
                status: "active" | "disabled";
                mustChangePassword: boolean;
                lastLoginAt: string | null;
                createdAt: string;
                lockout: {
                  lockedUntil: string | null;
                  lockedClients: number;
                  failedLogins: number;
                };
                departments: string[];
                invitation: ({
                  /** @enum {string} */
                  status: "pending" | "expired" | "accepted" | "withdrawn";
                  expiresAt: string;
                }) | null;
                permissions: {
                  update: boolean;
                  disable: boolean;
                  resetPassword: boolean;
                  invite: boolean;
                };
              };
              expiresAt: string;
              smtpConfigured: boolean;
              link: string | null;
            };
          };
        };
      };
    };
    /**
     * Withdraw an invitation not accepted yet (admins; logged)
     * @description The link stops working and the account is disabled.
     */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              email: string;
              displayName: string | null;
              /** @enum {string} */
              role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
              roleLabel: string;
              /** @enum {string} */
              status: "active" | "disabled";
              mustChangePassword: boolean;
              lastLoginAt: string | null;
              createdAt: string;
              lockout: {
                lockedUntil: string | null;
                lockedClients: number;
                failedLogins: number;
              };
              departments: string[];
              invitation: ({
                /** @enum {string} */
                status: "pending" | "expired" | "accepted" | "withdrawn";
                expiresAt: string;
              }) | null;
              permissions: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
                invite: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{id}/password-reset": {
    /**
     * Reset a user’s password (admins)
     * @description Sets a generated one-time password, returned once as generatedPassword; the user must change it at the next login. Ends every session of the user and lifts the account’s login locks. Not for your own account.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              user: {
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
                roleLabel: string;
                /** @enum {string} */
                status: "active" | "disabled";
                mustChangePassword: boolean;
                lastLoginAt: string | null;
                createdAt: string;
                lockout: {
                  lockedUntil: string | null;
                  lockedClients: number;
                  failedLogins: number;
                };
                departments: string[];
                invitation: ({
                  /** @enum {string} */
                  status: "pending" | "expired" | "accepted" | "withdrawn";
                  expiresAt: string;
                }) | null;
                permissions: {
                  update: boolean;
                  disable: boolean;
                  resetPassword: boolean;
                  invite: boolean;
                };
              };
              generatedPassword: string;
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
