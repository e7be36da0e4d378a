/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/cases/{id}/plan": {
    /**
     * The plan of a case: trajectory, goals per life domain, interventions, nazorg milestones
     * @description Only for the procesregisseur and the members of the case (break-glass: read-only); every call is logged.
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
              caseId: string;
              reference: string;
              trajectory: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
              /** @description When the director set the status plan-vastgesteld */
              planSetAt: string | null;
              goals: ({
                  id: string;
                  /**
                   * @description Life domain: safety, care, housing, income, daytime (dagbesteding), justice
                   * @enum {string}
                   */
                  domain: "safety" | "care" | "housing" | "income" | "daytime" | "justice";
                  text: string | null;
                  /** @enum {string} */
                  status: "open" | "bezig" | "behaald" | "niet-behaald";
                  targetDate: string | null;
                })[];
              interventions: ({
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
                })[];
              /** @description All five kinds, for a nazorg trajectory */
              milestones: ({
                  /** @enum {string} */
                  kind: "release" | "id" | "housing" | "income" | "care";
                  /** @enum {string} */
                  status: "open" | "bezig" | "geregeld" | "niet-nodig";
                  /** @description For release: the release date; else when it was arranged */
                  date: string | null;
                })[];
              /** @description Who may be responsible for an intervention */
              members: ({
                  id: string;
                  name: string;
                  partnerId: string | null;
                })[];
              /** @description The organisations involved in the case */
              partners: {
                  id: string;
                  name: string;
                }[];
              permissions: {
                edit: boolean;
                /** @enum {string} */
                via: "director" | "member" | "break-glass" | "system";
              };
            };
          };
        };
      };
    };
    /**
     * Set the trajectory and the goals (the whole list)
     * @description Only for the procesregisseur and the members of the case (break-glass: read-only); every call is logged.
     */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description zorg, justitieel, combinatie or nazorg; null = not chosen yet */
            trajectory: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
            /** @description The whole list: goals left out are removed */
            goals: ({
                /**
                 * Format: uuid
                 * @description Keep the id of a goal that stays; leave out for a new goal
                 */
                id?: string;
                /**
                 * @description Life domain: safety, care, housing, income, daytime (dagbesteding), justice
                 * @enum {string}
                 */
                domain: "safety" | "care" | "housing" | "income" | "daytime" | "justice";
                text: string;
                /**
                 * @default open
                 * @enum {string}
                 */
                status?: "open" | "bezig" | "behaald" | "niet-behaald";
                targetDate?: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              caseId: string;
              reference: string;
              trajectory: ("zorg" | "justitieel" | "combinatie" | "nazorg") | null;
              /** @description When the director set the status plan-vastgesteld */
              planSetAt: string | null;
              goals: ({
                  id: string;
                  /**
                   * @description Life domain: safety, care, housing, income, daytime (dagbesteding), justice
                   * @enum {string}
                   */
                  domain: "safety" | "care" | "housing" | "income" | "daytime" | "justice";
                  text: string | null;
                  /** @enum {string} */
                  status: "open" | "bezig" | "behaald" | "niet-behaald";
                  targetDate: string | null;
                })[];
              interventions: ({
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
                })[];
              /** @description All five kinds, for a nazorg trajectory */
              milestones: ({
                  /** @enum {string} */
                  kind: "release" | "id" | "housing" | "income" | "care";
                  /** @enum {string} */
                  status: "open" | "bezig" | "geregeld" | "niet-nodig";
                  /** @description For release: the release date; else when it was arranged */
                  date: string | null;
                })[];
              /** @description Who may be responsible for an intervention */
              members: ({
                  id: string;
                  name: string;
                  partnerId: string | null;
                })[];
              /** @description The organisations involved in the case */
              partners: {
                  id: string;
                  name: string;
                }[];
              permissions: {
                edit: boolean;
                /** @enum {string} */
                via: "director" | "member" | "break-glass" | "system";
              };
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
