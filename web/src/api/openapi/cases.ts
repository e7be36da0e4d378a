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
  "/api/v1/case-break-glass": {
    /** Break-glass openings for the privacy officer’s review (no case content); the reading is logged */
    get: {
      parameters: {
        query?: {
          /** @description Only openings without a verdict (default), or all */
          status?: "unreviewed" | "all";
          /** @description Opened at or after (date or date-time) */
          from?: string;
          /** @description Opened before (date or date-time) */
          to?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              openings: ({
                  /** Format: uuid */
                  id: string;
                  caseReference: string;
                  user: {
                    /** Format: uuid */
                    id: string;
                    name: string | null;
                    role: string | null;
                  };
                  reason: string;
                  /** Format: date-time */
                  openedAt: string;
                  /** Format: date-time */
                  expiresAt: string;
                  /** @description null until the privacy officer gave a verdict */
                  review: ({
                    /** Format: date-time */
                    at: string;
                    by: string | null;
                    verdict: ("terecht" | "onterecht") | null;
                    note: string | null;
                  }) | null;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/case-break-glass/{id}/review": {
    /** The privacy officer’s verdict on a break-glass opening (once) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description 'terecht' (justified) or 'onterecht' (not justified)
             * @enum {string}
             */
            verdict: "terecht" | "onterecht";
            /** @description The reviewer’s note */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** Format: uuid */
              id: string;
              caseReference: string;
              user: {
                /** Format: uuid */
                id: string;
                name: string | null;
                role: string | null;
              };
              reason: string;
              /** Format: date-time */
              openedAt: string;
              /** Format: date-time */
              expiresAt: string;
              /** @description null until the privacy officer gave a verdict */
              review: ({
                /** Format: date-time */
                at: string;
                by: string | null;
                verdict: ("terecht" | "onterecht") | null;
                note: string | null;
              }) | null;
            };
          };
        };
      };
    };
  };
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
  "/api/v1/case-meetings": {
    /** Case meetings you created, attend, or direct a case on the agenda of; newest first */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              meetings: ({
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
                })[];
            };
          };
        };
      };
    };
    /** Plan a case meeting: agenda of cases (you must have access to each), attendees per organisation */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description The general minutes are read by every attendee: no names, no case content (use the notes per agenda item). */
            title: string;
            /**
             * Format: date-time
             * @description Date and time of the meeting
             */
            startsAt: string;
            location?: string | null;
            attendees: ({
                /** Format: uuid */
                userId: string;
                /** @description The organisation the attendee acts for; null = the municipality */
                partnerId?: string | null;
              })[];
            /** @description Case ids; the creator must have access to each */
            agenda: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
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
  "/api/v1/case-meetings/attendee-choices": {
    /** For a new meeting: your cases (reference only), the people assigned to them, the partners */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description People assigned to the cases you have a role in */
              people: ({
                  id: string;
                  name: string;
                  partnerId: string | null;
                })[];
              partners: {
                  id: string;
                  name: string;
                }[];
              /** @description Cases you are assigned to, to put on the agenda (reference only) */
              cases: {
                  id: string;
                  reference: string;
                }[];
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
