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
  "/api/v1/cases/{id}/interventions": {
    /**
     * Add an intervention with the responsible partner and member
     * @description Only for the procesregisseur and the members of the case (break-glass: read-only); every call is logged.
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
            domain?: ("safety" | "care" | "housing" | "income" | "daytime" | "justice") | null;
            description: string;
            /** @description The responsible partner; null = the municipality */
            partnerId?: string | null;
            /** @description A member of the case */
            responsibleUserId?: string | null;
            plannedStart?: string | null;
            plannedEnd?: string | null;
            doneOn?: string | null;
            outcome?: string | null;
            /** @enum {string} */
            result?: "positief" | "neutraal" | "negatief" | "onbekend";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              domain: ("safety" | "care" | "housing" | "income" | "daytime" | "justice") | null;
              description: string | null;
              /** @description null = the municipality */
              partner: {
                id: string;
                name: string;
              } | null;
              responsible: {
                id: string;
                name: string;
              } | null;
              plannedStart: string | null;
              plannedEnd: string | null;
              doneOn: string | null;
              outcome: string | null;
              /** @enum {string} */
              result: "positief" | "neutraal" | "negatief" | "onbekend";
            };
          };
        };
      };
    };
  };
  "/api/v1/cases/{id}/interventions/{interventionId}": {
    /**
     * Change an intervention: dates, outcome and result
     * @description Only for the procesregisseur and the members of the case (break-glass: read-only); every call is logged.
     */
    patch: {
      parameters: {
        path: {
          id: string;
          interventionId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            domain?: ("safety" | "care" | "housing" | "income" | "daytime" | "justice") | null;
            description?: string;
            /** @description The responsible partner; null = the municipality */
            partnerId?: string | null;
            /** @description A member of the case */
            responsibleUserId?: string | null;
            plannedStart?: string | null;
            plannedEnd?: string | null;
            doneOn?: string | null;
            outcome?: string | null;
            /** @enum {string} */
            result?: "positief" | "neutraal" | "negatief" | "onbekend";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              domain: ("safety" | "care" | "housing" | "income" | "daytime" | "justice") | null;
              description: string | null;
              /** @description null = the municipality */
              partner: {
                id: string;
                name: string;
              } | null;
              responsible: {
                id: string;
                name: string;
              } | null;
              plannedStart: string | null;
              plannedEnd: string | null;
              doneOn: string | null;
              outcome: string | null;
              /** @enum {string} */
              result: "positief" | "neutraal" | "negatief" | "onbekend";
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
