/**
 * The Stadsveilig API's types (signals (staff)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/signals/{id}/merge": {
    /** Merge this duplicate into another report; its reporter keeps receiving updates */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Id or number of the report to keep */
            into: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              /** @description Name of the department or team (at the time it was routed) */
              department: string | null;
              /** @description The department or team (GET /signals/assignment-options); null for partners */
              departmentId: string | null;
              /** @description Name of the partner organisation (at the time it was forwarded) */
              partner: string | null;
              /** @description The partner organisation it is forwarded to */
              partnerId: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              /** @description Demo content: a made-up report (no reporter), shown with the demo label; removed by demo remove */
              demo: boolean;
              /** @description An early signal (vroegsignaal, source 'partner') raised by a partner organisation; null for other reports */
              earlySignal: ({
                /** @description The partner organisation that raised it */
                partnerId: string | null;
                partnerName: string | null;
                theme: string | null;
                /**
                 * @description From the partner's urgency; the deadline follows it
                 * @enum {string}
                 */
                priority: "normal" | "high" | "urgent";
                /** @description The partner's own reference */
                reference: string | null;
              }) | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
                /** @description Hand the report back to the municipality with a reason (a partner it was forwarded to) */
                returnToMunicipality: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/nearby": {
    /** The report in its place: buurt name, nearest address, other open reports close by and likely duplicates */
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
              buurt: ({
                code: string;
                name: string | null;
              }) | null;
              /** @description The nearest BAG address point when the report has no address text and address points are loaded */
              nearestAddress: {
                text: string;
                distanceMetres: number;
              } | null;
              radiusMetres?: {
                nearby: number;
                duplicates: number;
              };
              /** @description Other open reports close by, nearest first */
              nearby: ({
                  id: string;
                  number: string;
                  categorySlug: string;
                  categoryName: string;
                  /** @enum {string} */
                  status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
                  statusLabel: string;
                  createdAt: string;
                  /** @description Straight-line distance to this report (RD New metres) */
                  distanceMetres: number;
                  location: {
                    lat: number;
                    lon: number;
                  };
                })[];
              /** @description Likely duplicates: open, within 150 m and 14 days, same or related category; best first */
              duplicates: ({
                  id: string;
                  number: string;
                  categorySlug: string;
                  categoryName: string;
                  /** @enum {string} */
                  status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
                  statusLabel: string;
                  createdAt: string;
                  /** @description Straight-line distance to this report (RD New metres) */
                  distanceMetres: number;
                  location: {
                    lat: number;
                    lon: number;
                  };
                  daysApart: number;
                  /** @description Made before this report */
                  earlier: boolean;
                  /** @description Same category; false: a related one (same main category) */
                  sameCategory: boolean;
                  /** @description 0–100: category 40 (related 20), closeness 30, time 30 */
                  score: number;
                  /**
                   * @description The newer report is merged into the older: the candidate into this one, or this one into the candidate
                   * @enum {string}
                   */
                  direction: "into-this" | "this-into";
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/notes": {
    /** Add a note: internal, for the partner, or for the reporter (mailed to a reporter who agreed to updates) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            text: string;
            /**
             * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
             * @default internal
             * @enum {string}
             */
            visibility?: "internal" | "partner" | "reporter";
            /** @description A note for the reporter: also publish it (Open311, followers’ mails); refused for sensitive categories (default false) */
            publish?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              /** @description Name of the department or team (at the time it was routed) */
              department: string | null;
              /** @description The department or team (GET /signals/assignment-options); null for partners */
              departmentId: string | null;
              /** @description Name of the partner organisation (at the time it was forwarded) */
              partner: string | null;
              /** @description The partner organisation it is forwarded to */
              partnerId: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              /** @description Demo content: a made-up report (no reporter), shown with the demo label; removed by demo remove */
              demo: boolean;
              /** @description An early signal (vroegsignaal, source 'partner') raised by a partner organisation; null for other reports */
              earlySignal: ({
                /** @description The partner organisation that raised it */
                partnerId: string | null;
                partnerName: string | null;
                theme: string | null;
                /**
                 * @description From the partner's urgency; the deadline follows it
                 * @enum {string}
                 */
                priority: "normal" | "high" | "urgent";
                /** @description The partner's own reference */
                reference: string | null;
              }) | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
                /** @description Hand the report back to the municipality with a reason (a partner it was forwarded to) */
                returnToMunicipality: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
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
