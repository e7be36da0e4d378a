/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/cases/{id}": {
    /**
     * One case with the caller’s permissions
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
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
              id: string;
              reference: string;
              /** @enum {string} */
              status: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
              person: {
                name: string | null;
                birthDate: string | null;
                bsnMasked: string | null;
                address: string | null;
              };
              areaCode: string | null;
              careInfo: string | null;
              trajectory: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
              criteria: string[];
              legalBasis: string;
              agreementId: string | null;
              closingReason: string | null;
              openedAt: string;
              planSetAt: string | null;
              closedAt: string | null;
              director: {
                id: string;
                name: string;
              } | null;
              members: ({
                  userId: string;
                  name: string;
                  /** @enum {string} */
                  role: "director" | "member";
                  partner: {
                    id: string;
                    name: string;
                  } | null;
                  addedAt: string;
                })[];
              partners: {
                  id: string;
                  name: string;
                }[];
              household: ({
                  id: string;
                  name: string | null;
                  birthDate: string | null;
                  relation: string;
                })[];
              links: ({
                  id: string;
                  /** @enum {string} */
                  kind: "youth-group" | "address" | "incident" | "signal" | "decision";
                  ref: string;
                  label: string | null;
                })[];
              /** @description Empty unless the caller directs the case */
              transitions: ({
                  /** @enum {string} */
                  to: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
                  reasonRequired: boolean;
                  closingReasonRequired: boolean;
                })[];
              permissions: {
                edit: boolean;
                direct: boolean;
                /** @enum {string} */
                via: "director" | "member" | "break-glass" | "system";
                until: string | null;
              };
            };
          };
        };
      };
    };
    /**
     * Change a case (criteria and legal basis: procesregisseur only)
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
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
            person?: {
              /** @description Name of the person (shown only to those the case is open to) */
              name?: string;
              birthDate?: string | null;
              /** @description Burgerservicenummer: encrypted at rest, shown masked */
              bsn?: string | null;
              address?: string | null;
            };
            areaCode?: string | null;
            criteria?: string[];
            legalBasis?: string;
            /** Format: uuid */
            agreementId?: string;
            careInfo?: string | null;
            trajectory?: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
            partnerIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              reference: string;
              /** @enum {string} */
              status: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
              person: {
                name: string | null;
                birthDate: string | null;
                bsnMasked: string | null;
                address: string | null;
              };
              areaCode: string | null;
              careInfo: string | null;
              trajectory: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
              criteria: string[];
              legalBasis: string;
              agreementId: string | null;
              closingReason: string | null;
              openedAt: string;
              planSetAt: string | null;
              closedAt: string | null;
              director: {
                id: string;
                name: string;
              } | null;
              members: ({
                  userId: string;
                  name: string;
                  /** @enum {string} */
                  role: "director" | "member";
                  partner: {
                    id: string;
                    name: string;
                  } | null;
                  addedAt: string;
                })[];
              partners: {
                  id: string;
                  name: string;
                }[];
              household: ({
                  id: string;
                  name: string | null;
                  birthDate: string | null;
                  relation: string;
                })[];
              links: ({
                  id: string;
                  /** @enum {string} */
                  kind: "youth-group" | "address" | "incident" | "signal" | "decision";
                  ref: string;
                  label: string | null;
                })[];
              /** @description Empty unless the caller directs the case */
              transitions: ({
                  /** @enum {string} */
                  to: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
                  reasonRequired: boolean;
                  closingReasonRequired: boolean;
                })[];
              permissions: {
                edit: boolean;
                direct: boolean;
                /** @enum {string} */
                via: "director" | "member" | "break-glass" | "system";
                until: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/bsn": {
    /**
     * The full BSN (logged separately)
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
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
              bsn: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/household": {
    /**
     * Add a household member
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
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
            name?: string | null;
            birthDate?: string | null;
            /** @description e.g. 'moeder', 'broer', 'partner' */
            relation: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/household/{itemId}": {
    /**
     * Remove a household member
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
     */
    delete: {
      parameters: {
        path: {
          id: string;
          itemId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/links": {
    /**
     * Link a youth group, address, incident, report or decision
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
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
            /** @enum {string} */
            kind: "youth-group" | "address" | "incident" | "signal" | "decision";
            /** @description youth-group: its id; incident, signal, decision: its number or id; address: the address */
            ref: string;
            label?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/links/{itemId}": {
    /**
     * Remove a link
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
     */
    delete: {
      parameters: {
        path: {
          id: string;
          itemId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
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
