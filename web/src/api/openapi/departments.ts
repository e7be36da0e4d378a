/**
 * The Stadsveilig API's types (departments), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/departments": {
    /** Departments and teams (members only for account administrators; logged) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              departments: ({
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: "afdeling" | "team";
                  email: string | null;
                  active: boolean;
                  members: ({
                      userId: string;
                      email: string;
                      displayName: string | null;
                    })[];
                  memberCount: number;
                })[];
            };
          };
        };
      };
    };
    /**
     * Add a department or team (admins)
     * @description The name is unique in the municipality, ignoring case (409 otherwise).
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @enum {string} */
            kind?: "afdeling" | "team";
            email?: string | null;
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
              /** @enum {string} */
              kind: "afdeling" | "team";
              email: string | null;
              active: boolean;
              members: ({
                  userId: string;
                  email: string;
                  displayName: string | null;
                })[];
              memberCount: number;
            };
          };
        };
      };
    };
  };
  "/api/v1/departments/{id}": {
    /** Rename, change or deactivate a department or team (admins) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            /** @enum {string} */
            kind?: "afdeling" | "team";
            email?: string | null;
            active?: boolean;
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
              /** @enum {string} */
              kind: "afdeling" | "team";
              email: string | null;
              active: boolean;
              members: ({
                  userId: string;
                  email: string;
                  displayName: string | null;
                })[];
              memberCount: number;
            };
          };
        };
      };
    };
  };
  "/api/v1/departments/{id}/members/{userId}": {
    /** Add an account to a department or team (admins; logged) */
    put: {
      parameters: {
        path: {
          id: string;
          userId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Remove an account from a department or team (admins; logged) */
    delete: {
      parameters: {
        path: {
          id: string;
          userId: string;
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
