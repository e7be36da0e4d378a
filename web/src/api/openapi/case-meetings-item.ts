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
  "/api/v1/case-meetings/{id}": {
    /**
     * A case meeting with its agenda
     * @description Each agenda item shows its case only to those assigned to it (logged); other items show only that a case is on the agenda.
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
    /** Change a meeting: title, time, place, status (gepland/gehouden), general minutes (no case content) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            /** Format: date-time */
            startsAt?: string;
            location?: string | null;
            /** @enum {string} */
            status?: "gepland" | "gehouden";
            /** @description The general minutes are read by every attendee: no names, no case content (use the notes per agenda item). */
            generalMinutes?: string | null;
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
  "/api/v1/case-meetings/{id}/actions/{actionId}": {
    /** Mark an agreed action done or not done (needs edit access to its case) */
    patch: {
      parameters: {
        path: {
          id: string;
          actionId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            done: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              text: string | null;
              owner: {
                id: string;
                name: string;
              } | null;
              deadline: string | null;
              doneAt: string | null;
            };
          };
        };
      };
    };
  };
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
