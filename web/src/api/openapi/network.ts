/**
 * The Stadsveilig API's types (network), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/missions/{id}/participants": {
    /** Partners, residents’ initiatives and groups taking part */
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
              participants: ({
                  id: string;
                  /** @enum {string} */
                  kind: "partner" | "initiative" | "group";
                  partnerId: string | null;
                  partnerKind: string | null;
                  name: string;
                  role: string | null;
                  joinedOn: string | null;
                })[];
            };
          };
        };
      };
    };
    /** Add a participant */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "partner" | "initiative" | "group";
            /**
             * Format: uuid
             * @description For kind partner
             */
            partnerId?: string;
            /** @description For initiatives and groups: e.g. 'Buurtpreventie Crabbehof' (no personal names) */
            name?: string;
            /** @description What they contribute */
            role?: string;
            /** Format: date */
            joinedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              kind: "partner" | "initiative" | "group";
              partnerId: string | null;
              partnerKind: string | null;
              name: string;
              role: string | null;
              joinedOn: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/participants/{participantId}": {
    /** Remove a participant */
    delete: {
      parameters: {
        path: {
          id: string;
          participantId: string;
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
  "/api/v1/partners": {
    /** Partner organisations (no personal data) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              partners: ({
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
                  contactRole: string | null;
                  description: string | null;
                  /** @description Missions this partner takes part in */
                  missions: number;
                  active: boolean;
                  areaCodes: string[];
                  /** @description Demo content (made up, removed with `demo remove`): show the demo label */
                  demo: boolean;
                })[];
            };
          };
        };
      };
    };
    /** Add a partner organisation (coordinators, admins) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description Organisation name — never a person */
            name: string;
            /** @enum {string} */
            kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
            /** @description A function, e.g. 'wijkagent', 'buurtregisseur'; no names or contact details */
            contactRole?: string;
            description?: string;
            /** @description CBS wijk/buurt codes the partner works in */
            areaCodes?: string[];
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
              kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
              contactRole: string | null;
              description: string | null;
              /** @description Missions this partner takes part in */
              missions: number;
              active: boolean;
              areaCodes: string[];
              /** @description Demo content (made up, removed with `demo remove`): show the demo label */
              demo: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}": {
    /** Edit or (de)activate a partner organisation (admins) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Organisation name — never a person */
            name?: string;
            /** @enum {string} */
            kind?: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
            /** @description A function, e.g. 'wijkagent', 'buurtregisseur'; no names or contact details */
            contactRole?: string;
            description?: string;
            /** @description CBS wijk/buurt codes the partner works in */
            areaCodes?: string[];
            /** @description false: deactivated (kept for history) */
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
              kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
              contactRole: string | null;
              description: string | null;
              /** @description Missions this partner takes part in */
              missions: number;
              active: boolean;
              areaCodes: string[];
              /** @description Demo content (made up, removed with `demo remove`): show the demo label */
              demo: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}/accounts": {
    /** The accounts acting for a partner (admins; logged) */
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
              accounts: ({
                  userId: string;
                  name: string;
                  /** @enum {string} */
                  status: "active" | "disabled";
                })[];
            };
          };
        };
      };
    };
    /**
     * Invite an account with role partner, acting for this partner at once (admins; logged)
     * @description method link: the account gets an e-mailed invitation link (see POST /users/invitations); method password: a one-time password, returned once. Account and link to the partner are made in one transaction.
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
            /** Format: email */
            email: string;
            displayName?: string;
            /**
             * @description link: an e-mailed invitation; password: a one-time password shown once
             * @enum {string}
             */
            method: "link" | "password";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              userId: string;
              generatedPassword: string | null;
              link: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}/accounts/{userId}": {
    /** The account no longer acts for this partner (admins; logged); the account itself stays */
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
  "/api/v1/partners/{id}/members": {
    /** Let a partner-role account act for this partner (sees its missions) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * Format: uuid
             * @description A user account (role partner) that acts for this partner
             */
            userId: string;
          };
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
