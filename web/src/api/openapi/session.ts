/**
 * The Stadsveilig API's types (session), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/session": {
    /** Who is logged in */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
      };
    };
    /**
     * Log in
     * @description Sets an HttpOnly, SameSite=Strict session cookie. Send the returned csrfToken as the x-csrf-token header on every state-changing request. Five wrong passwords from one IP address (or one known device) lock the account for that client for 15 minutes, doubling per lock up to 24 hours (429). While user.mustChangePassword is true, only the session endpoints answer: change the password first.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
      };
    };
    /** Log out */
    delete: {
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/session/invitation": {
    /**
     * Accept an invitation: set your password and log in
     * @description The token from the invitation link (after #) and a new password under the one password rule. The token works once and expires (404 with the reason otherwise). Logs in like POST /session.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/session/password": {
    /**
     * Change your own password
     * @description The current password (checked like a login, under the same lock-out) and a new one of at least 12 characters that is not well known and not your e-mail address. Ends every other session of the user; this one stays. Clears mustChangePassword.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer" | "privacy";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
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
