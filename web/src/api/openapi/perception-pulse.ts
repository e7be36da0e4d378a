/**
 * The Stadsveilig API's types (perception: pulse), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/pulse/{buurtCode}": {
    /**
     * The pulse questionnaire of a buurt
     * @description Questions, answer lists, the privacy note, n answers this period and whether this device already answered. Sets the first-party device cookie sv_pulse when absent (see docs in pulse-device.ts).
     */
    get: {
      parameters: {
        path: {
          /** @description CBS buurt code */
          buurtCode: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              buurt: {
                code: string;
                name: string;
              };
              wijk: {
                code: string;
                name: string;
              } | null;
              /** @description Calendar quarter, e.g. 2025-Q3 */
              period: string;
              periodEnds: string;
              /** @description This device already answered for this buurt in this period */
              alreadyAnswered: boolean;
              /** @description Number of answers n for this buurt this period — show it */
              answersThisPeriod: number;
              /** @description Made-up demo answers are among them */
              demo: boolean;
              problems: {
                  code: string;
                  label: string;
                }[];
              ageBands: string[];
              storyMaxLength: number;
              privacyNote: string;
              /** @description Link to share / print; the QR code encodes it */
              questionnaireUrl: string;
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
    /**
     * Send an anonymous pulse answer
     * @description One answer per device per buurt per quarter (409 already-answered otherwise); rate limited per IP (429). Stores no IP address, account or user agent.
     */
    post: {
      parameters: {
        path: {
          /** @description CBS buurt code */
          buurtCode: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description How safe do you feel in this buurt by day? 1 = very unsafe, 10 = very safe */
            safeDay: number;
            /** @description How safe do you feel in this buurt in the evening and at night? 1–10 */
            safeNight: number;
            /**
             * @description Problems the resident sees in the buurt (codes from the questionnaire)
             * @default []
             */
            problems?: ("drunk-people" | "drugs" | "harassment" | "loitering-youths" | "litter" | "dog-dirt" | "graffiti" | "vandalism" | "burglary" | "traffic" | "noise" | "poor-lighting" | "other")[];
            /** @description Optional story in own words; moderated before anyone else sees it */
            story?: string;
            /** @enum {string} */
            ageBand?: "15-24" | "25-44" | "45-64" | "65-plus";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              period: string;
              answersThisPeriod: number;
              /** @description 'pending' when a story was sent: it is read by a moderator first */
              storyStatus: "pending" | null;
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
        /** @description RFC 9457 problem details */
        409: {
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
        429: {
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
  "/api/v1/pulse/{buurtCode}/qr": {
    /**
     * QR code of the questionnaire link (SVG or PNG)
     * @description image/svg+xml by default; ?format=png for a 512 px PNG.
     */
    get: {
      parameters: {
        query?: {
          format?: "svg" | "png";
        };
        path: {
          /** @description CBS buurt code */
          buurtCode: string;
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
