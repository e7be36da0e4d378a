/**
 * The Stadsveilig API's types (perception: public), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/public/areas/{code}/safety": {
    /**
     * Public neighbourhood page: aggregated safety figures
     * @description Indices with n and gaps, pulse summary, theme counts and approved stories, the network of the area as the public sees it; never individual reports or unapproved stories. Links to the pulse questionnaire for a buurt.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          baseYear?: number;
        };
        path: {
          /** @description CBS area code (GM/WK/BU) */
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              areaCode: string;
              /** @enum {string} */
              level: "gemeente" | "wijk" | "buurt";
              year: number;
              baseYear: number;
              indices: {
                crime: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
                nuisance: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
                victimisation: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
                perceived: {
                  /** @description 100 = city average in the base year; higher = more problems */
                  index: number | null;
                  value: number | null;
                  /** @description City value in the base year */
                  reference: number | null;
                  unit: string;
                  source: string;
                  /** @description Respondents or pulse answers behind the value */
                  n: number | null;
                  margin: number | null;
                };
              };
              combined: {
                objective: number | null;
                subjective: number | null;
                combined: number | null;
                weightObjective: number;
              };
              /** @description Exactly what is missing (Dutch) */
              gaps: ({
                  /** @enum {string} */
                  component: "crime" | "nuisance" | "victimisation" | "perceived";
                  message: string;
                })[];
              pulse: ({
                n: number;
                meanDay: number | null;
                meanNight: number | null;
                unsafeNightShare: number | null;
                problems: {
                    code: string;
                    answers: number;
                  }[];
                suppressed: boolean;
              }) | null;
              method: string;
              /** @description Demo content (made-up survey results or pulse answers) contributes to these figures */
              demo: boolean;
              areaName: string;
              themes: {
                  theme: string;
                  name: string;
                  stories: number;
                }[];
              /** @description Approved, redacted stories only */
              stories: {
                  text: string;
                  themes: string[];
                  /** @description YYYY-MM */
                  month: string;
                }[];
              /** @description Pulse questionnaire link (buurten only) */
              questionnaireUrl: string | null;
              /** @description QR code (SVG) of the questionnaire link */
              qrUrl: string | null;
              /** @description The network of the area as the public sees it (public mission summaries, published initiatives, …), whoever asks */
              network: {
                /** @description Only the sections the caller may see; a missing key: not shown */
                sections: {
                  [key: string]: ({
                      id: string;
                      title: string;
                      /** @description Type code the web app translates (housing-corporation, convenant, mission, hinderlijk, …) */
                      kind: string;
                      status?: string | null;
                      /** @description One line of detail in Dutch */
                      detail?: string | null;
                      areaCodes: readonly string[];
                      /** @description GeoJSON geometry (WGS84) for the network map */
                      geometry?: ({
                        /** @enum {string} */
                        type: "Point" | "Polygon" | "MultiPolygon";
                        coordinates: unknown;
                      }) | null;
                      /** @description Something that needs attention, in Dutch */
                      warning?: string | null;
                      figures?: readonly ({
                          label: string;
                          /** @description null: a small number, suppressed */
                          value: number | null;
                          period?: string;
                        })[];
                    })[];
                };
                /** @description Sections that could not be loaded just now */
                unavailable: ("partners" | "agreements" | "missions" | "initiatives" | "youthGroups" | "targetGroups" | "cases" | "measures" | "compliance")[];
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
                }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              instance?: string;
              errors?: {
                  name: string;
                  reason: string;
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
