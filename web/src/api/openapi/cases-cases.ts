/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
  "/api/v1/cases/figures": {
    /**
     * Aggregate figures of the person-oriented approach (PGA), without persons
     * @description Cases open per criterion and trajectory, inflow and outflow per month and quarter, median duration, share with a plan within 4 weeks, outcomes per life domain. Counts 1 … n−1 (n = the municipality’s minimum cell count) are null, with complementary suppression; shares and medians over fewer than n cases are null. Errors: 400, 401, 403 problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description The calendar year (default: this year; the current year runs to today) */
          year?: number;
          /** @description Only cases whose address is in this wijk or buurt (default: the whole municipality) */
          area?: string;
        };
      };
      responses: {
        /** @description Aggregate figures: no person, no case reference, no id */
        200: {
          content: {
            "application/json": {
              year: number;
              area: string | null;
              /** @description Start of the period (ISO 8601) */
              from: string;
              /** @description End of the period (ISO 8601): the end of the year, or now */
              to: string;
              /** @description Counts 1 … minCellCount − 1 are suppressed (null) */
              minCellCount: number;
              /** @description Cases open at the end of the period */
              openAtEnd: number | null;
              /** @description Cases open at the end of the period per reason for inclusion (a case with two criteria counts in both) */
              perCriterion: ({
                  code: string;
                  nameNl: string;
                  nameEn: string;
                  /** @description A count; null when suppressed (a small number) */
                  count: number | null;
                })[];
              perTrajectory: ({
                  /** @enum {string} */
                  trajectory: "zorg" | "justitieel" | "combinatie" | "nazorg" | "geen";
                  /** @description A count; null when suppressed (a small number) */
                  count: number | null;
                })[];
              flow: {
                months: ({
                    month: string;
                    /** @description A count; null when suppressed (a small number) */
                    inflow: number | null;
                    /** @description A count; null when suppressed (a small number) */
                    outflow: number | null;
                  })[];
                quarters: ({
                    quarter: string;
                    /** @description A count; null when suppressed (a small number) */
                    inflow: number | null;
                    /** @description A count; null when suppressed (a small number) */
                    outflow: number | null;
                  })[];
                /** @description Cases opened in the period */
                inflow: number | null;
                /** @description Cases closed in the period */
                outflow: number | null;
              };
              duration: {
                /** @description A count; null when suppressed (a small number) */
                closed: number | null;
                /** @description Median days from opening to closing of the cases closed in the period */
                medianDays: number | null;
              };
              planWithin4Weeks: {
                /** @description A count; null when suppressed (a small number) */
                opened: number | null;
                withinDays: number;
                /** @description Share of the cases opened in the period with a plan within 4 weeks */
                share: number | null;
              };
              /** @description Whether goal outcomes are recorded at all (the plan part provides them) */
              outcomesAvailable: boolean;
              outcomes: ({
                  domain: string;
                  /** @description A count; null when suppressed (a small number) */
                  total: number | null;
                  outcomes: ({
                      outcome: string;
                      /** @description A count; null when suppressed (a small number) */
                      count: number | null;
                    })[];
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/processing-log": {
    /** The processing log of PGA cases (who, when, which case by reference, legal basis), newest first */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          /** @description Next page: records older than this id */
          before?: number;
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              records: ({
                  id: number;
                  /** Format: date-time */
                  at: string;
                  activity: string;
                  operation: string;
                  /** @description The account’s name, or the system job */
                  actor: string;
                  caseReference: string | null;
                  status: string;
                  legalBasis: string | null;
                })[];
              nextBefore: number | null;
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
