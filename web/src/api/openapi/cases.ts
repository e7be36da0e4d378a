/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/case-criteria": {
    /** The reasons for inclusion the municipality works with */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              criteria: {
                  code: string;
                  nameNl: string;
                  nameEn: string;
                  active: boolean;
                }[];
            };
          };
        };
      };
    };
    /** Edit names and active flags, add criteria (never deleted: cases refer to them) */
    put: {
      requestBody: {
        content: {
          "application/json": {
            criteria: {
                code: string;
                nameNl: string;
                nameEn: string;
                active: boolean;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              criteria: {
                  code: string;
                  nameNl: string;
                  nameEn: string;
                  active: boolean;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/cases": {
    /** The cases open to the caller (assigned or break-glass); each returned case is logged */
    get: {
      parameters: {
        query?: {
          status?: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
          /** @description Part of the name or reference; searched only among the cases open to the caller */
          q?: string;
          /** @description Only the cases linked to this youth group */
          youthGroup?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              cases: ({
                  id: string;
                  reference: string;
                  personName: string | null;
                  /** @enum {string} */
                  status: "aangemeld" | "in-behandeling" | "plan-vastgesteld" | "monitoring" | "afgesloten";
                  criteria: string[];
                  director: {
                    id: string;
                    name: string;
                  } | null;
                  /** @enum {string} */
                  myRole: "director" | "member" | "break-glass";
                  openedAt: string;
                })[];
            };
          };
        };
      };
    };
    /**
     * Open a case; the caller becomes its procesregisseur
     * @description Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            person: {
              /** @description Name of the person (shown only to those the case is open to) */
              name: string;
              birthDate?: string | null;
              /** @description Burgerservicenummer: encrypted at rest, shown masked */
              bsn?: string | null;
              address?: string | null;
            };
            areaCode?: string | null;
            household?: ({
                name?: string | null;
                birthDate?: string | null;
                /** @description e.g. 'moeder', 'broer', 'partner' */
                relation: string;
              })[];
            criteria: string[];
            /** @description The name of the covenant the processing rests on */
            legalBasis?: string;
            /**
             * Format: uuid
             * @description A network agreement (a covenant) as the legal basis
             */
            agreementId?: string;
            /** @description Free text; encrypted at rest */
            careInfo?: string | null;
            trajectory?: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
            partnerIds?: string[];
            members?: ({
                /** Format: uuid */
                userId: string;
                /** @description The organisation the member acts for; null = the municipality */
                partnerId?: string | null;
              })[];
            youthGroupId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
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
  "/api/v1/cases/assignable-users": {
    /** Active accounts that may be assigned to cases, with their organisations */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              users: {
                  id: string;
                  name: string;
                  role: string;
                  organisations: {
                      id: string;
                      name: string;
                    }[];
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/covenants": {
    /** Covenants of the network that can be a case’s legal basis */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              covenants: ({
                  id: string;
                  title: string;
                  legalBasis: string | null;
                  endsOn: string | null;
                })[];
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
