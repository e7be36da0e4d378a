/**
 * The Stadsveilig API's types (cases), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
  "/api/v1/cases/{id}/milestones": {
    /**
     * Set the milestones of a nazorg trajectory (release date, ID, housing, income, care)
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
            milestones: ({
                /** @enum {string} */
                kind: "release" | "id" | "housing" | "income" | "care";
                /** @enum {string} */
                status: "open" | "bezig" | "geregeld" | "niet-nodig";
                date?: string | null;
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
