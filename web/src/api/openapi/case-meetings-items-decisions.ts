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
  "/api/v1/case-meetings/{id}/items/{caseId}/decisions": {
    /** Record a decision on an agenda item with agreed actions (owner, deadline); needs edit access to the case */
    post: {
      parameters: {
        path: {
          id: string;
          caseId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            text: string;
            /**
             * @description Agreed actions; each owner must be assigned to the case
             * @default []
             */
            actions?: ({
                text: string;
                /** Format: uuid */
                ownerUserId: string;
                deadline?: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              text: string | null;
              createdAt: string;
              actions: ({
                  id: string;
                  text: string | null;
                  owner: {
                    id: string;
                    name: string;
                  } | null;
                  deadline: string | null;
                  doneAt: string | null;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/case-meetings/{id}/items/{caseId}/notes": {
    /** The minutes of one agenda item (needs edit access to the case) */
    put: {
      parameters: {
        path: {
          id: string;
          caseId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The minutes of this case; read only by those with a role in it */
            notes: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              title: string;
              startsAt: string;
              location: string | null;
              /** @enum {string} */
              status: "gepland" | "gehouden";
              /** @description Cases on the agenda */
              items: number;
              /** @description Of those, the cases you have a role in */
              myItems: number;
              generalMinutes: string | null;
              attendees: ({
                  id: string;
                  name: string;
                  /** @description null = the municipality */
                  partner: {
                    id: string;
                    name: string;
                  } | null;
                })[];
              agenda: (OneOf<[{
                  position: number;
                  /** @enum {boolean} */
                  visible: true;
                  caseId: string;
                  reference: string;
                  personName: string | null;
                  notes: string | null;
                  decisions: ({
                      id: string;
                      text: string | null;
                      createdAt: string;
                      actions: ({
                          id: string;
                          text: string | null;
                          owner: {
                            id: string;
                            name: string;
                          } | null;
                          deadline: string | null;
                          doneAt: string | null;
                        })[];
                    })[];
                  /** @description Who is assigned to the case: the possible owners of an action */
                  members: {
                      id: string;
                      name: string;
                    }[];
                  mayEdit: boolean;
                }, {
                  position: number;
                  /**
                   * @description A case on the agenda you have no role in: no reference, no name
                   * @enum {boolean}
                   */
                  visible: false;
                }]>)[];
              /** @description The creator and the attendees may change the meeting and its general minutes */
              mayChange: boolean;
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
