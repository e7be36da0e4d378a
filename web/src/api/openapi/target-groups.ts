/**
 * The Stadsveilig API's types (target-groups), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/target-groups": {
    /** Vulnerable target groups with responsible partners, programmes and indicator definitions (no person data) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              targetGroups: ({
                  id: string;
                  key: string;
                  nameNl: string;
                  nameEn: string;
                  description: string;
                  partners: {
                      id: string;
                      name: string;
                    }[];
                  programmes: ({
                      name: string;
                      description: string;
                      url: string | null;
                    })[];
                  areaCodes: string[];
                  categories: {
                      slug: string;
                      name: string;
                    }[];
                  crimeTypes: {
                      code: string;
                      title: string;
                    }[];
                  /** @description One of the six shipped groups (seeded when the municipality had none) */
                  isDefault: boolean;
                })[];
              /** @description What an indicator or responsibility may refer to (active categories, crime types, active partners) */
              options: {
                categories: ({
                    slug: string;
                    name: string;
                    parentName: string | null;
                  })[];
                crimeTypes: {
                    code: string;
                    title: string;
                  }[];
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
    /** Add a target group */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description Stable code; made from the Dutch name when absent */
            key?: string;
            /** @description Dutch name */
            nameNl: string;
            /** @description English name */
            nameEn: string;
            /** @description What the group is about — never about a person */
            description?: string;
            /** @description Responsible network partners */
            partnerIds?: string[];
            programmes?: {
                /** @description A programme or approach, e.g. 'Veilig Thuis', 'Wijkaanpak jeugd' */
                name: string;
                /** @default */
                description?: string;
                /** Format: uri */
                url?: string;
              }[];
            /** @description Wijken/buurten where programmes and responsibilities apply; empty = city-wide */
            areaCodes?: string[];
            /** @description Report categories counted as indicator */
            categorySlugs?: string[];
            /** @description Registered crime types (CBS/Politie codes, e.g. 1.4.5) counted as indicator */
            crimeTypes?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              key: string;
              nameNl: string;
              nameEn: string;
              description: string;
              partners: {
                  id: string;
                  name: string;
                }[];
              programmes: ({
                  name: string;
                  description: string;
                  url: string | null;
                })[];
              areaCodes: string[];
              categories: {
                  slug: string;
                  name: string;
                }[];
              crimeTypes: {
                  code: string;
                  title: string;
                }[];
              /** @description One of the six shipped groups (seeded when the municipality had none) */
              isDefault: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/target-groups/indicators": {
    /**
     * Indicators per area and period with small-number suppression (aggregates only)
     * @description Per target group: reports in its categories and registered crime of its types, per buurt (of a wijk) or per wijk (of the city), for the period and the equally long period before it. Counts from 1 to the municipality’s threshold − 1 are null with suppressed: true, and further cells are suppressed so totals cannot reveal them.
     */
    get: {
      parameters: {
        query?: {
          /** @description A wijk (its buurten and total) or buurt; absent or the gemeente: every wijk and the city total */
          area?: string;
          /** @description First day of the period (default: 12 months before `to`) */
          from?: string;
          /** @description Last day of the period (default: today) */
          to?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description The area asked (the gemeente when none) */
              area: string;
              period: {
                from: string;
                to: string;
              };
              /** @description The equally long period just before */
              previous: {
                from: string;
                to: string;
              };
              /** @description Counts from 1 to threshold − 1 are suppressed */
              threshold: number;
              areas: ({
                  code: string;
                  name: string;
                  /** @enum {string} */
                  level: "gemeente" | "wijk" | "buurt";
                  population: number | null;
                  /** @description The total of the other rows */
                  total: boolean;
                })[];
              groups: ({
                  id: string;
                  key: string;
                  nameNl: string;
                  nameEn: string;
                  rows: ({
                      code: string;
                      /** @description Reports in the group’s categories (null: the group has none) */
                      reports: ({
                        current: {
                          /** @description null: suppressed (a small number) */
                          value: number | null;
                          suppressed: boolean;
                        };
                        previous: {
                          /** @description null: suppressed (a small number) */
                          value: number | null;
                          suppressed: boolean;
                        };
                        /** @description Current count per 1,000 residents (null: suppressed or no population) */
                        per1000: number | null;
                        /** @description null when either period is suppressed */
                        trend: ("up" | "down" | "same") | null;
                      }) | null;
                      /** @description Registered crime of the group’s types (null: the group has none) */
                      crimes: ({
                        current: {
                          /** @description null: suppressed (a small number) */
                          value: number | null;
                          suppressed: boolean;
                        };
                        previous: {
                          /** @description null: suppressed (a small number) */
                          value: number | null;
                          suppressed: boolean;
                        };
                        /** @description Current count per 1,000 residents (null: suppressed or no population) */
                        per1000: number | null;
                        /** @description null when either period is suppressed */
                        trend: ("up" | "down" | "same") | null;
                      }) | null;
                    })[];
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/target-groups/{id}": {
    /** Change a target group (names, partners, programmes, areas, indicator definitions) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Dutch name */
            nameNl?: string;
            /** @description English name */
            nameEn?: string;
            /** @description What the group is about — never about a person */
            description?: string;
            /** @description Responsible network partners */
            partnerIds?: string[];
            programmes?: {
                /** @description A programme or approach, e.g. 'Veilig Thuis', 'Wijkaanpak jeugd' */
                name: string;
                /** @default */
                description?: string;
                /** Format: uri */
                url?: string;
              }[];
            /** @description Wijken/buurten where programmes and responsibilities apply; empty = city-wide */
            areaCodes?: string[];
            /** @description Report categories counted as indicator */
            categorySlugs?: string[];
            /** @description Registered crime types (CBS/Politie codes, e.g. 1.4.5) counted as indicator */
            crimeTypes?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              key: string;
              nameNl: string;
              nameEn: string;
              description: string;
              partners: {
                  id: string;
                  name: string;
                }[];
              programmes: ({
                  name: string;
                  description: string;
                  url: string | null;
                })[];
              areaCodes: string[];
              categories: {
                  slug: string;
                  name: string;
                }[];
              crimeTypes: {
                  code: string;
                  title: string;
                }[];
              /** @description One of the six shipped groups (seeded when the municipality had none) */
              isDefault: boolean;
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
