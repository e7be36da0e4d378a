/**
 * The Stadsveilig API's types (network), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
  "/api/v1/partners/{id}/agreements": {
    /** Agreements the partner is party to (a partner account: only those its organisation is party to) */
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
    /** Record an agreement (convenant, covenant on information sharing) under this partner (network:edit) */
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
             * @description convenant, information-sharing (convenant gegevensdeling: needs a legal basis), other
             * @enum {string}
             */
            kind: "convenant" | "information-sharing" | "other";
            title: string;
            /** @description E.g. 'art. 6 lid 1 sub e AVG / art. 20 Wpg'; required for information sharing */
            legalBasis?: string;
            /** Format: date */
            startsOn: string;
            /**
             * Format: date
             * @description Optional: an agreement without an end date runs until changed
             */
            endsOn?: string;
            /** @description Which data the agreement covers */
            dataCovered?: string;
            /** @description Areas it applies to; empty: city-wide */
            areaCodes?: string[];
            /** @description Other partners party to it (the partner it is created under always is) */
            partyIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
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
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}/agreements/{agreementId}": {
    /** Change an agreement (network:edit); a new end date gets a new reminder */
    patch: {
      parameters: {
        path: {
          id: string;
          agreementId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description convenant, information-sharing (convenant gegevensdeling: needs a legal basis), other
             * @enum {string}
             */
            kind?: "convenant" | "information-sharing" | "other";
            title?: string;
            legalBasis?: string | null;
            /** Format: date */
            startsOn?: string;
            endsOn?: string | null;
            dataCovered?: string | null;
            /** @description Areas it applies to; empty: city-wide */
            areaCodes?: string[];
            /** @description Other partners party to it (the partner it is created under always is) */
            partyIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
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
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}/contacts": {
    /**
     * A partner's contact persons (staff with network:read, the partner's own accounts); each read is logged
     * @description Work contact only: name, function, work e-mail and work phone — never private data.
     */
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
              contacts: ({
                  id: string;
                  partnerId: string;
                  name: string;
                  jobTitle: string | null;
                  workEmail: string | null;
                  workPhone: string | null;
                })[];
            };
          };
        };
      };
    };
    /**
     * Add a contact person (network:edit)
     * @description Work contact only: name, function, work e-mail and work phone — never private data.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      /** @description A contact person of the partner: work contact only (no private address, phone or other personal data) */
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @description The function, e.g. 'wijkagent', 'wijkconsulent' */
            jobTitle?: string;
            /**
             * Format: email
             * @description Work e-mail address — never a private address
             */
            workEmail?: string;
            /** @description Work phone number — never a private number */
            workPhone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              partnerId: string;
              name: string;
              jobTitle: string | null;
              workEmail: string | null;
              workPhone: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}/contacts/{contactId}": {
    /** Remove a contact person (network:edit) */
    delete: {
      parameters: {
        path: {
          id: string;
          contactId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /**
     * Change a contact person (network:edit)
     * @description Work contact only: name, function, work e-mail and work phone — never private data.
     */
    patch: {
      parameters: {
        path: {
          id: string;
          contactId: string;
        };
      };
      /** @description Change a contact person (null clears a field); work contact only */
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            jobTitle?: string | null;
            workEmail?: string | null;
            workPhone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              partnerId: string;
              name: string;
              jobTitle: string | null;
              workEmail: string | null;
              workPhone: string | null;
            };
          };
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
