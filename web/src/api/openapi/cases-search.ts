/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/cases/search": {
    /**
     * Whether a case exists for a person (by name and date of birth, or BSN); at most 30 searches per hour per user
     * @description Matches keyed hashes, never decrypts. A case open to you answers its id; any other only its reference and the procesregisseur to ask. Every search is logged without its terms.
     */
    post: {
      /** @description The search terms are never stored or logged; only the number of matches and how was searched. */
      requestBody: {
        content: {
          "application/json": {
            /** @description Full name of the person */
            name?: string;
            /**
             * Format: date
             * @description Date of birth (YYYY-MM-DD), with the name
             */
            birthDate?: string;
            /** @description Burgerservicenummer (spaces, dots and dashes are ignored) */
            bsn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              exists: boolean;
              matches: (OneOf<[{
                  /** @enum {boolean} */
                  open: true;
                  /** Format: uuid */
                  id: string;
                  reference: string;
                }, {
                  /** @enum {boolean} */
                  open: false;
                  /** @description Only for those who may break the glass (to open the case with a reason), else null */
                  id: string | null;
                  /** @description The case reference: the only thing told about a case not open to you */
                  reference: string;
                  /** @description The procesregisseur to ask */
                  directorName: string | null;
                  /** @description The work e-mail address of the procesregisseur */
                  directorContact: string | null;
                }]>)[];
            };
          };
        };
      };
    };
  };
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
  "/api/v1/cases/{id}/break-glass": {
    /**
     * Open a case you are not assigned to, read-only for a limited time, with a reason
     * @description The procesregisseur and the privacy officers are mailed (without the person or the reason); the opening is logged and reviewed.
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
            /** @description Why you must see this case now (shown to the privacy officer; not mailed). No more about the person than needed. */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              reference: string;
              /** Format: date-time */
              openedAt: string;
              /** Format: date-time */
              expiresAt: string;
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
