/**
 * The Stadsveilig API's types (signals (configuration)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/signal-categories": {
    /** All categories including inactive ones */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              categories: ({
                  slug: string;
                  parentSlug: string | null;
                  name: string;
                  description: string;
                  /** @description Extra words for the category suggestion */
                  keywords: string;
                  /** @description Handling deadline in working days */
                  handlingDays: number;
                  department: string;
                  /** @description Open reports are shown on the public map */
                  isPublic: boolean;
                  /** @description Location is blurred on the public map */
                  isSensitive: boolean;
                  /** @description Counts in the perception “reported nuisance” index */
                  isNuisance: boolean;
                  active: boolean;
                  /** @description Partners handling such a report may see the reporter’s contact details */
                  partnerContact: boolean;
                  children?: ({
                      slug: string;
                      parentSlug: string | null;
                      name: string;
                      description: string;
                      /** @description Extra words for the category suggestion */
                      keywords: string;
                      /** @description Handling deadline in working days */
                      handlingDays: number;
                      department: string;
                      /** @description Open reports are shown on the public map */
                      isPublic: boolean;
                      /** @description Location is blurred on the public map */
                      isSensitive: boolean;
                      /** @description Counts in the perception “reported nuisance” index */
                      isNuisance: boolean;
                      active: boolean;
                      /** @description Partners handling such a report may see the reporter’s contact details */
                      partnerContact: boolean;
                    })[];
                })[];
            };
          };
        };
      };
    };
    /**
     * Create a category by name; the slug is derived from the name (unique, suffix -2 on a clash)
     * @description Fields left out take the main category’s value (department, handling days, roles) or a plain default.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            description?: string;
            /** @description Extra words for the category suggestion */
            keywords?: string;
            handlingDays?: number;
            department?: string;
            /** @description Open reports are shown on the public map */
            isPublic?: boolean;
            /** @description Location is blurred on the public map */
            isSensitive?: boolean;
            /** @description Counts in the perception “reported nuisance” index */
            isNuisance?: boolean;
            active?: boolean;
            /** @description Partners may see the reporter’s contact details (default false; unchanged when left out) */
            partnerContact?: boolean;
            /** @description Main category; null: a new main category */
            parentSlug: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              slug: string;
              parentSlug: string | null;
              name: string;
              description: string;
              /** @description Extra words for the category suggestion */
              keywords: string;
              /** @description Handling deadline in working days */
              handlingDays: number;
              department: string;
              /** @description Open reports are shown on the public map */
              isPublic: boolean;
              /** @description Location is blurred on the public map */
              isSensitive: boolean;
              /** @description Counts in the perception “reported nuisance” index */
              isNuisance: boolean;
              active: boolean;
              /** @description Partners handling such a report may see the reporter’s contact details */
              partnerContact: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/signal-categories/{slug}": {
    /** Create or change a category */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            description?: string;
            /** @description Extra words for the category suggestion */
            keywords?: string;
            handlingDays: number;
            department: string;
            /** @description Open reports are shown on the public map */
            isPublic: boolean;
            /** @description Location is blurred on the public map */
            isSensitive: boolean;
            /** @description Counts in the perception “reported nuisance” index */
            isNuisance?: boolean;
            active: boolean;
            /** @description Partners may see the reporter’s contact details (default false; unchanged when left out) */
            partnerContact?: boolean;
            parentSlug: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              slug: string;
              parentSlug: string | null;
              name: string;
              description: string;
              /** @description Extra words for the category suggestion */
              keywords: string;
              /** @description Handling deadline in working days */
              handlingDays: number;
              department: string;
              /** @description Open reports are shown on the public map */
              isPublic: boolean;
              /** @description Location is blurred on the public map */
              isSensitive: boolean;
              /** @description Counts in the perception “reported nuisance” index */
              isNuisance: boolean;
              active: boolean;
              /** @description Partners handling such a report may see the reporter’s contact details */
              partnerContact: boolean;
            };
          };
        };
      };
    };
    /**
     * Change fields of a category (the slug and main category stay; deactivate instead of deleting)
     * @description A role (isNuisance, isSensitive, isPublic) changed on a main category is set on its sub-categories too.
     */
    patch: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            description?: string;
            /** @description Extra words for the category suggestion */
            keywords?: string;
            handlingDays?: number;
            department?: string;
            /** @description Open reports are shown on the public map */
            isPublic?: boolean;
            /** @description Location is blurred on the public map */
            isSensitive?: boolean;
            /** @description Counts in the perception “reported nuisance” index */
            isNuisance?: boolean;
            active?: boolean;
            /** @description Partners may see the reporter’s contact details (default false; unchanged when left out) */
            partnerContact?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              slug: string;
              parentSlug: string | null;
              name: string;
              description: string;
              /** @description Extra words for the category suggestion */
              keywords: string;
              /** @description Handling deadline in working days */
              handlingDays: number;
              department: string;
              /** @description Open reports are shown on the public map */
              isPublic: boolean;
              /** @description Location is blurred on the public map */
              isSensitive: boolean;
              /** @description Counts in the perception “reported nuisance” index */
              isNuisance: boolean;
              active: boolean;
              /** @description Partners handling such a report may see the reporter’s contact details */
              partnerContact: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/signal-routing-rules": {
    /** Routing rules in evaluation order */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              rules: ({
                  name: string;
                  /** @description Sub-category or main category */
                  categorySlug?: string | null;
                  areaCode?: string | null;
                  /** @description ISO weekdays, 1 = Monday */
                  weekdays?: number[] | null;
                  /** @description Minutes after midnight (Amsterdam); from > to wraps past midnight */
                  timeFrom?: number | null;
                  timeTo?: number | null;
                  /** @enum {string} */
                  assignKind: "department" | "partner";
                  assignTo: string;
                  active?: boolean;
                  id: string;
                  position: number;
                })[];
            };
          };
        };
      };
    };
    /** Replace all routing rules; the first matching active rule wins */
    put: {
      requestBody: {
        content: {
          "application/json": {
            rules: ({
                name: string;
                /** @description Sub-category or main category */
                categorySlug?: string | null;
                areaCode?: string | null;
                /** @description ISO weekdays, 1 = Monday */
                weekdays?: number[] | null;
                /** @description Minutes after midnight (Amsterdam); from > to wraps past midnight */
                timeFrom?: number | null;
                timeTo?: number | null;
                /** @enum {string} */
                assignKind: "department" | "partner";
                assignTo: string;
                active?: boolean;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              rules: ({
                  name: string;
                  /** @description Sub-category or main category */
                  categorySlug?: string | null;
                  areaCode?: string | null;
                  /** @description ISO weekdays, 1 = Monday */
                  weekdays?: number[] | null;
                  /** @description Minutes after midnight (Amsterdam); from > to wraps past midnight */
                  timeFrom?: number | null;
                  timeTo?: number | null;
                  /** @enum {string} */
                  assignKind: "department" | "partner";
                  assignTo: string;
                  active?: boolean;
                  id: string;
                  position: number;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/signal-routing-rules/test": {
    /** Where a report would go: the first matching rule, or the category’s default department */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description Sub-category */
            categorySlug: string;
            buurtCode?: string | null;
            /**
             * Format: date-time
             * @description Moment of the report
             */
            at: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              department: string | null;
              partner: string | null;
              ruleId: string | null;
              /** @description The first matching rule; null: the category’s default department */
              ruleName: string | null;
              categoryName: string;
              defaultDepartment: string;
              wijkCode: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signal-templates": {
    /** Standard texts (reporter messages) per status, general and per category; placeholders {{number}}, {{category}}, {{deadline}}, {{text}}, {{trackingUrl}} */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              templates: ({
                  status: string;
                  /** @description Null: the general text of the status; else the text for this category */
                  categorySlug: string | null;
                  subject: string;
                  body: string;
                  updatedAt: string;
                })[];
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
