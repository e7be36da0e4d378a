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
    /**
     * Partner organisations (staff with network:read; a partner account: its own and those in its areas)
     * @description Filter `area` (a CBS code): partners working in that area, in its wijk or gemeente, or in its buurten, and city-wide ones (no areas). A partner account sees its own organisations and the active partners working in its areas (name, type, areas only).
     */
    get: {
      parameters: {
        query?: {
          /** @description A CBS code: partners working in that area, in its wijk/gemeente or in its buurten (and city-wide ones) */
          area?: string;
          kind?: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
          /** @description Part of the name */
          q?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              partners: ({
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
                  contactRole: string | null;
                  description: string | null;
                  /** @description Missions this partner takes part in */
                  missions: number;
                  active: boolean;
                  /** @description CBS wijk/buurt codes; empty: works city-wide */
                  areaCodes: string[];
                  /** @description Demo content (made up, removed with `demo remove`): show the demo label */
                  demo: boolean;
                  /** @description Agreements this partner is party to that end within the warning period (60 days) */
                  expiringAgreements: number;
                  /** @description The reading partner account acts for this organisation */
                  own: boolean;
                })[];
            };
          };
        };
      };
    };
    /** Add a partner organisation (network:edit) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description Organisation name — never a person */
            name: string;
            /** @enum {string} */
            kind: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
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
              kind: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
              contactRole: string | null;
              description: string | null;
              /** @description Missions this partner takes part in */
              missions: number;
              active: boolean;
              /** @description CBS wijk/buurt codes; empty: works city-wide */
              areaCodes: string[];
              /** @description Demo content (made up, removed with `demo remove`): show the demo label */
              demo: boolean;
              /** @description Agreements this partner is party to that end within the warning period (60 days) */
              expiringAgreements: number;
              /** @description The reading partner account acts for this organisation */
              own: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}": {
    /** One partner: its areas, contact persons (when the reader may see them; each read is logged), agreements, mission count */
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
              name: string;
              /** @enum {string} */
              kind: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
              contactRole: string | null;
              description: string | null;
              /** @description Missions this partner takes part in */
              missions: number;
              active: boolean;
              /** @description CBS wijk/buurt codes; empty: works city-wide */
              areaCodes: string[];
              /** @description Demo content (made up, removed with `demo remove`): show the demo label */
              demo: boolean;
              /** @description Agreements this partner is party to that end within the warning period (60 days) */
              expiringAgreements: number;
              /** @description The reading partner account acts for this organisation */
              own: boolean;
              /** @description null: not shown to this reader (a partner account sees only its own) */
              contacts: (({
                  id: string;
                  partnerId: string;
                  name: string;
                  jobTitle: string | null;
                  workEmail: string | null;
                  workPhone: string | null;
                })[]) | null;
              /** @description For a partner account: only those its organisation is party to */
              agreements: ({
                  id: string;
                  /** @description The partner it was created under */
                  partnerId: string;
                  /** @enum {string} */
                  kind: "convenant" | "information-sharing" | "other";
                  title: string;
                  legalBasis: string | null;
                  startsOn: string;
                  endsOn: string | null;
                  dataCovered: string | null;
                  areaCodes: string[];
                  parties: {
                      id: string;
                      name: string;
                    }[];
                  /**
                   * @description expiring: ends within the warning period (60 days); expired: the end date has passed
                   * @enum {string}
                   */
                  status: "planned" | "active" | "expiring" | "expired";
                  /** @description Days until the end date (negative: expired); null without an end date */
                  daysLeft: number | null;
                  /** @description In Dutch, e.g. "Verloopt over 12 dagen (t/m 2027-03-31)" */
                  warning: string | null;
                })[];
            };
          };
        };
      };
    };
    /** Edit or (de)activate a partner organisation (network:edit) */
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
            kind?: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
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
              kind: "police" | "public-prosecutor" | "probation" | "safety-house" | "municipality" | "housing-corporation" | "social-team" | "youth-work" | "school" | "care-provider" | "faith-community" | "business-association" | "sports-club" | "residents-association" | "other";
              contactRole: string | null;
              description: string | null;
              /** @description Missions this partner takes part in */
              missions: number;
              active: boolean;
              /** @description CBS wijk/buurt codes; empty: works city-wide */
              areaCodes: string[];
              /** @description Demo content (made up, removed with `demo remove`): show the demo label */
              demo: boolean;
              /** @description Agreements this partner is party to that end within the warning period (60 days) */
              expiringAgreements: number;
              /** @description The reading partner account acts for this organisation */
              own: boolean;
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
