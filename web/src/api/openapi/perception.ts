/**
 * The Stadsveilig API's types (perception), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/perception/indicators": {
    /**
     * The indicator catalogue (CBS Veiligheidsmonitor)
     * @description Code, theme, Dutch and English name, definition, unit, direction (higher is worse/better) and source of every survey indicator.
     */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              indicators: ({
                  /** @description Stable indicator code, e.g. feels-unsafe-buurt */
                  code: string;
                  /**
                   * @description Group: perception, avoidance, victimisation, social-nuisance, physical-decay, mark, crime-perception
                   * @enum {string}
                   */
                  theme: "perception" | "avoidance" | "victimisation" | "social-nuisance" | "physical-decay" | "mark" | "crime-perception";
                  nameNl: string;
                  nameEn: string;
                  /** @description What the figure measures (population: residents aged 15+) */
                  definition: string;
                  /**
                   * @description percent (0–100), mark (1–10 rapportcijfer) or score (CBS scale 0–10)
                   * @enum {string}
                   */
                  unit: "percent" | "mark" | "score";
                  /** @enum {string} */
                  direction: "higher-is-worse" | "higher-is-better";
                  source: string;
                  /** @description The label CBS uses for the indicator in StatLine tables */
                  cbsLabel?: string | null;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/perception/survey-results": {
    /**
     * Survey results per indicator, area and year
     * @description Imported survey estimates with n and margin. Values from fewer than the minimum number of respondents are suppressed (value null, margin still given). Public aggregate data.
     */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated area codes (GM/WK/BU, or NL01/PVnn reference areas) */
          area?: string;
          /** @description Comma-separated indicator codes */
          indicator?: string;
          /** @description Comma-separated years */
          year?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Estimates from fewer respondents are suppressed */
              minRespondents: number;
              figures: ({
                  indicatorCode: string;
                  areaCode: string;
                  year: number;
                  source: string;
                  /** @description Made-up demo figure (removed with `demo remove`) */
                  demo: boolean;
                  /** @description Null when suppressed or not published */
                  value: number | null;
                  /** @description Number of respondents n; null = not published by the source */
                  respondents: number | null;
                  /** @description Half-width of the 95% confidence interval, always returned when known */
                  margin: number | null;
                  /** @description True when n < the minimum (STADSVEILIG_PERCEPTION_MIN_RESPONDENTS) */
                  suppressed: boolean;
                  respondentsKnown: boolean;
                  ci: {
                    lower: number;
                    upper: number;
                  } | null;
                  /** @description Dutch explanation when the figure is suppressed, missing or has unknown n */
                  note: string | null;
                })[];
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
