/**
 * The Stadsveilig API's types (signals (staff)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/signals": {
    /** Inbox: reports with filters, full-text search and paging */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated statuses */
          status?: ("new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested")[];
          /** @description Only open (true) or closed (false) reports */
          open?: "true" | "false";
          /** @description Comma-separated main or sub-category slugs */
          category?: string[];
          /** @description Buurt or wijk code */
          area?: string;
          department?: string;
          /** @description 'me', 'none' or a user id */
          assignee?: string;
          /** @description 'mine': reports routed to a department or team the caller belongs to */
          team?: "mine";
          /** @description Open and past the deadline */
          overdue?: "true" | "false";
          olderThanDays?: number;
          createdFrom?: string;
          createdTo?: string;
          /** @description Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not) */
          q?: string;
          /** @description Comma-separated sources: web, open311, import, staff, partner ('partner' = early signals raised by partners) */
          source?: ("web" | "open311" | "import" | "staff" | "partner")[];
          sort?: "newest" | "oldest" | "deadline";
          limit?: number;
          offset?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              total: number;
              limit: number;
              offset: number;
              items: ({
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
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/assignment-options": {
    /** Whom a report may be assigned or forwarded to: colleagues, departments and teams, partner organisations (ids and names) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Active accounts that may handle reports */
              users: {
                  id: string;
                  name: string;
                }[];
              /** @description Active departments and teams */
              departments: ({
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: "afdeling" | "team";
                })[];
              /** @description Active partner organisations */
              partners: {
                  id: string;
                  name: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/export.csv": {
    /** The inbox query as CSV (semicolon-separated, UTF-8 with BOM; no contact details) */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated statuses */
          status?: ("new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested")[];
          /** @description Only open (true) or closed (false) reports */
          open?: "true" | "false";
          /** @description Comma-separated main or sub-category slugs */
          category?: string[];
          /** @description Buurt or wijk code */
          area?: string;
          department?: string;
          /** @description 'me', 'none' or a user id */
          assignee?: string;
          /** @description 'mine': reports routed to a department or team the caller belongs to */
          team?: "mine";
          /** @description Open and past the deadline */
          overdue?: "true" | "false";
          olderThanDays?: number;
          createdFrom?: string;
          createdTo?: string;
          /** @description Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not) */
          q?: string;
          /** @description Comma-separated sources: web, open311, import, staff, partner ('partner' = early signals raised by partners) */
          source?: ("web" | "open311" | "import" | "staff" | "partner")[];
          sort?: "newest" | "oldest" | "deadline";
          limit?: number;
          offset?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: never;
        };
      };
    };
  };
  "/api/v1/signals/saved-filters": {
    /** My saved inbox filters */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              filters: {
                  id: string;
                  name: string;
                  query: {
                    [key: string]: unknown;
                  };
                }[];
            };
          };
        };
      };
    };
    /** Save (or replace by name) an inbox filter */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            query: {
              /** @description Comma-separated statuses */
              status?: ("new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "split" | "reopened" | "reopen_requested")[];
              /**
               * @description Only open (true) or closed (false) reports
               * @enum {string}
               */
              open?: "true" | "false";
              /** @description Comma-separated main or sub-category slugs */
              category?: string[];
              /** @description Buurt or wijk code */
              area?: string;
              department?: string;
              /** @description 'me', 'none' or a user id */
              assignee?: string;
              /**
               * @description 'mine': reports routed to a department or team the caller belongs to
               * @enum {string}
               */
              team?: "mine";
              /**
               * @description Open and past the deadline
               * @enum {string}
               */
              overdue?: "true" | "false";
              olderThanDays?: number;
              createdFrom?: string;
              createdTo?: string;
              /** @description Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not) */
              q?: string;
              /** @description Comma-separated sources: web, open311, import, staff, partner ('partner' = early signals raised by partners) */
              source?: ("web" | "open311" | "import" | "staff" | "partner")[];
              /** @enum {string} */
              sort?: "newest" | "oldest" | "deadline";
              limit?: number;
              offset?: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              name: string;
              query: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/saved-filters/{filterId}": {
    /** Delete a saved filter */
    delete: {
      parameters: {
        path: {
          filterId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
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
