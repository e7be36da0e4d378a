/**
 * The Stadsveilig API's types (users), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/users": {
    /** List user accounts (admins; logged) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              users: ({
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
                })[];
            };
          };
        };
      };
    };
    /**
     * Create a user account (admins)
     * @description Without a password the server generates a one-time password, returns it once as generatedPassword, and the user must change it at the first login.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
            displayName?: string;
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
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
              generatedPassword: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/users/invitations": {
    /**
     * Invite an account by e-mail link (admins; logged)
     * @description Mails the account a link <public url>/uitnodiging#<token> (single use, expires after STADSVEILIG_INVITE_HOURS) with which the invitee sets their own password and is logged in. Without an SMTP server the mail waits in the outbox and the reply carries the link once, to pass on by hand.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
            displayName?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
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
  };
  "/api/v1/users/names": {
    /** Names of accounts by id, for readers of the processing log (logged) */
    get: {
      parameters: {
        query: {
          /** @description Comma-separated account ids (at most 100) */
          ids: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              names: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{id}": {
    /** One user account (admins; logged) */
    get: {
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
    /**
     * Change a user’s role (admins; logged)
     * @description Not for your own account, and never for the last active administrator (409 with the reason). The account’s sessions get the new role’s permissions at their next request.
     */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
          };
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
  "/api/v1/users/{id}/disable": {
    /**
     * Disable a user account (admins); ends its sessions
     * @description Not your own account, and never the last active administrator (409 with the reason).
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
