/**
 * The Stadsveilig API's types (powers, from /api/v1/decisions/{id}), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/decisions/{id}": {
    /** One decision with its procedure, deadlines and timeline (logged) */
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
              /** Format: uuid */
              id: string;
              number: string;
              baseCode: string;
              baseLabel: string;
              article: string;
              /** @enum {string} */
              measureKind: "closure" | "area-ban" | "order" | "risk-area" | "camera" | "housing-nuisance" | "apv" | "bibob";
              title: string;
              /** @enum {string} */
              state: "voornemen" | "zienswijze" | "besluit" | "bekendgemaakt" | "bezwaar" | "beslissing-op-bezwaar" | "beroep" | "afgerond" | "ingetrokken";
              addressLabel: string | null;
              buurtCode: string | null;
              areaCodes: string[];
              point: {
                lon: number;
                lat: number;
              } | null;
              measure: {
                start: string | null;
                /** @description The end in force (the extension when there is one) */
                end: string | null;
                liftedOn: string | null;
                active: boolean;
              };
              linkedToCase: boolean;
              nextDeadline: ({
                /** @enum {string} */
                kind: "hearing" | "objection-term" | "objection-decision" | "appeal-term" | "bibob-advice" | "measure-end" | "camera-evaluation";
                /** Format: date */
                due: string;
                /** @description The article that sets the term, e.g. "art. 6:7 Awb" */
                basis: string;
                label: string;
                /**
                 * @description lapsed: a term that passed unused (no objection filed)
                 * @enum {string}
                 */
                status: "open" | "met" | "missed" | "lapsed";
                /** @description Calendar days from today until due; null when not open */
                daysLeft: number | null;
                /** @description A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb) */
                note?: string;
              }) | null;
              demo: boolean;
              summary: string;
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]> | null;
              caseId: string | null;
              missionId: string | null;
              facts: ({
                  /** @enum {string} */
                  kind: "incident" | "signal";
                  /** @description The incident’s or report’s number (by reference; nothing is copied) */
                  reference: string;
                  note?: string | null;
                })[];
              documents: ({
                  title: string;
                  /** @description Where the document is kept (DMS number or link) */
                  reference: string;
                  date?: string | null;
                })[];
              dates: {
                hearingInvitedOn: string | null;
                hearingDue: string | null;
                decidedOn: string | null;
                announcedOn: string | null;
                objectionReceivedOn: string | null;
                advisoryCommittee: boolean;
                objectionExtensionWeeks: number;
                objectionDecidedOn: string | null;
                objectionOutcome: ("gegrond" | "deels-gegrond" | "ongegrond" | "niet-ontvankelijk" | "ingetrokken") | null;
                appealFiledOn: string | null;
                appealOutcome: string | null;
                bibobRequestedOn: string | null;
                bibobExtended: boolean;
                closedOn: string | null;
              };
              extendedTo: string | null;
              publicText: string | null;
              publishedOn: string | null;
              owner: {
                id: string;
                name: string;
              } | null;
              deadlines: ({
                  /** @enum {string} */
                  kind: "hearing" | "objection-term" | "objection-decision" | "appeal-term" | "bibob-advice" | "measure-end" | "camera-evaluation";
                  /** Format: date */
                  due: string;
                  /** @description The article that sets the term, e.g. "art. 6:7 Awb" */
                  basis: string;
                  label: string;
                  /**
                   * @description lapsed: a term that passed unused (no objection filed)
                   * @enum {string}
                   */
                  status: "open" | "met" | "missed" | "lapsed";
                  /** @description Calendar days from today until due; null when not open */
                  daysLeft: number | null;
                  /** @description A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb) */
                  note?: string;
                })[];
              allowedActions: ("invite-hearing" | "decide" | "announce" | "object" | "extend-objection-term" | "decide-objection" | "appeal" | "decide-appeal" | "close" | "withdraw" | "request-bibob-advice" | "extend-bibob-advice" | "extend-measure" | "lift-measure")[];
              transitions: ({
                  /** Format: uuid */
                  id: string;
                  action: string;
                  fromState: string;
                  toState: string;
                  /** Format: date */
                  effectiveOn: string;
                  reason: string | null;
                  details: {
                    [key: string]: unknown;
                  };
                  actor: {
                    id: string;
                    name: string;
                  } | null;
                  recordedAt: string;
                })[];
              version: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** Change a decision’s content */
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
            summary?: string;
            /** @description A BAG address (street + number, or postcode + number), placed by the geocoder */
            address?: string | null;
            /** @description The point of the address as the address search gave it (PDOK when the BAG addresses are not loaded locally); used only when the local BAG addresses do not know the address, and only inside the municipality */
            addressPoint?: {
              lon: number;
              lat: number;
            } | null;
            areaCodes?: string[];
            geometry?: OneOf<[{
              /** @enum {string} */
              type: "Polygon";
              coordinates: [number, number][][];
            }, {
              /** @enum {string} */
              type: "MultiPolygon";
              coordinates: [number, number][][][];
            }]> | null;
            caseId?: string | null;
            missionId?: string | null;
            facts?: ({
                /** @enum {string} */
                kind: "incident" | "signal";
                /** @description The incident’s or report’s number (by reference; nothing is copied) */
                reference: string;
                note?: string | null;
              })[];
            documents?: ({
                title: string;
                /** @description Where the document is kept (DMS number or link) */
                reference: string;
                date?: string | null;
              })[];
            ownerId?: string | null;
            measureStart?: string | null;
            measureEnd?: string | null;
            /** @description The published text: the only part shown on public pages */
            publicText?: string | null;
            /** @description The version read (optimistic locking) */
            version: number;
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
              number: string;
              baseCode: string;
              baseLabel: string;
              article: string;
              /** @enum {string} */
              measureKind: "closure" | "area-ban" | "order" | "risk-area" | "camera" | "housing-nuisance" | "apv" | "bibob";
              title: string;
              /** @enum {string} */
              state: "voornemen" | "zienswijze" | "besluit" | "bekendgemaakt" | "bezwaar" | "beslissing-op-bezwaar" | "beroep" | "afgerond" | "ingetrokken";
              addressLabel: string | null;
              buurtCode: string | null;
              areaCodes: string[];
              point: {
                lon: number;
                lat: number;
              } | null;
              measure: {
                start: string | null;
                /** @description The end in force (the extension when there is one) */
                end: string | null;
                liftedOn: string | null;
                active: boolean;
              };
              linkedToCase: boolean;
              nextDeadline: ({
                /** @enum {string} */
                kind: "hearing" | "objection-term" | "objection-decision" | "appeal-term" | "bibob-advice" | "measure-end" | "camera-evaluation";
                /** Format: date */
                due: string;
                /** @description The article that sets the term, e.g. "art. 6:7 Awb" */
                basis: string;
                label: string;
                /**
                 * @description lapsed: a term that passed unused (no objection filed)
                 * @enum {string}
                 */
                status: "open" | "met" | "missed" | "lapsed";
                /** @description Calendar days from today until due; null when not open */
                daysLeft: number | null;
                /** @description A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb) */
                note?: string;
              }) | null;
              demo: boolean;
              summary: string;
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]> | null;
              caseId: string | null;
              missionId: string | null;
              facts: ({
                  /** @enum {string} */
                  kind: "incident" | "signal";
                  /** @description The incident’s or report’s number (by reference; nothing is copied) */
                  reference: string;
                  note?: string | null;
                })[];
              documents: ({
                  title: string;
                  /** @description Where the document is kept (DMS number or link) */
                  reference: string;
                  date?: string | null;
                })[];
              dates: {
                hearingInvitedOn: string | null;
                hearingDue: string | null;
                decidedOn: string | null;
                announcedOn: string | null;
                objectionReceivedOn: string | null;
                advisoryCommittee: boolean;
                objectionExtensionWeeks: number;
                objectionDecidedOn: string | null;
                objectionOutcome: ("gegrond" | "deels-gegrond" | "ongegrond" | "niet-ontvankelijk" | "ingetrokken") | null;
                appealFiledOn: string | null;
                appealOutcome: string | null;
                bibobRequestedOn: string | null;
                bibobExtended: boolean;
                closedOn: string | null;
              };
              extendedTo: string | null;
              publicText: string | null;
              publishedOn: string | null;
              owner: {
                id: string;
                name: string;
              } | null;
              deadlines: ({
                  /** @enum {string} */
                  kind: "hearing" | "objection-term" | "objection-decision" | "appeal-term" | "bibob-advice" | "measure-end" | "camera-evaluation";
                  /** Format: date */
                  due: string;
                  /** @description The article that sets the term, e.g. "art. 6:7 Awb" */
                  basis: string;
                  label: string;
                  /**
                   * @description lapsed: a term that passed unused (no objection filed)
                   * @enum {string}
                   */
                  status: "open" | "met" | "missed" | "lapsed";
                  /** @description Calendar days from today until due; null when not open */
                  daysLeft: number | null;
                  /** @description A remark on the deadline, e.g. a bezwaar received late (art. 6:11 Awb) */
                  note?: string;
                })[];
              allowedActions: ("invite-hearing" | "decide" | "announce" | "object" | "extend-objection-term" | "decide-objection" | "appeal" | "decide-appeal" | "close" | "withdraw" | "request-bibob-advice" | "extend-bibob-advice" | "extend-measure" | "lift-measure")[];
              transitions: ({
                  /** Format: uuid */
                  id: string;
                  action: string;
                  fromState: string;
                  toState: string;
                  /** Format: date */
                  effectiveOn: string;
                  reason: string | null;
                  details: {
                    [key: string]: unknown;
                  };
                  actor: {
                    id: string;
                    name: string;
                  } | null;
                  recordedAt: string;
                })[];
              version: number;
              createdAt: string;
              updatedAt: string;
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
