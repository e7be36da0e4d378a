/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/cases/{id}/members": {
    /**
     * Assign a member (procesregisseur only)
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
            /** Format: uuid */
            userId: string;
            /** @description The organisation the member acts for; null = the municipality */
            partnerId?: string | null;
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
  "/api/v1/cases/{id}/members/{userId}": {
    /**
     * Take a member off the case (procesregisseur only)
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
     */
    delete: {
      parameters: {
        path: {
          id: string;
          userId: string;
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
  "/api/v1/cases/{id}/timeline": {
    /**
     * Status changes, members, links and break-glass openings, newest first
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
              events: ({
                  at: string;
                  /** @enum {string} */
                  kind: "status" | "member-added" | "member-removed" | "link" | "break-glass";
                  /** @description Name of who did it */
                  actor: string | null;
                  fromStatus?: ("aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten") | null;
                  /** @enum {string} */
                  toStatus?: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
                  /** @description Break-glass reasons only for the procesregisseur */
                  reason?: string | null;
                  member?: string;
                  link?: {
                    /** @enum {string} */
                    kind: "youth-group" | "address" | "incident" | "signal" | "decision";
                    label: string;
                  };
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/transitions": {
    /**
     * Change the status (procesregisseur only)
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
            to: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
            reason?: string;
            /** @enum {string} */
            closingReason?: "doelen-bereikt" | "verhuisd" | "detentie" | "overleden" | "geen-medewerking" | "andere-aanpak" | "overig";
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
