/**
 * The Stadsveilig API's types (signals (partners)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/partner-signals": {
    /** Early signals: your organisations' (partner account) or all (staff with signals:read) */
    get: {
      parameters: {
        query?: {
          /** @description Staff: the early signals of one partner organisation */
          partnerId?: string;
          /** @description Only open (true) or closed (false) ones */
          open?: "true" | "false";
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
                  partnerId: string | null;
                  partnerName: string | null;
                  theme: string | null;
                  themeName: string;
                  /** @enum {string} */
                  priority: "normal" | "high" | "urgent";
                  buurtCode: string | null;
                  wijkCode: string | null;
                  text: string;
                  reference: string | null;
                  deadline: string | null;
                  createdAt: string;
                  updatedAt: string;
                  closedAt: string | null;
                  /** @description The newest status change or note meant for partners */
                  latest: ({
                    at: string;
                    kind: string;
                    text: string | null;
                    toStatus: string | null;
                  }) | null;
                })[];
              /** @description A partner account: the active organisations it may raise early signals for (empty for staff) */
              organisations: {
                  id: string;
                  name: string;
                }[];
            };
          };
        };
      };
    };
    /**
     * Raise an early signal (vroegsignaal) for your partner organisation
     * @description A partner account (signals:partner) acting for an active partner organisation. The signal lands in the staff inbox as a report with source 'partner'; its priority and deadline follow the urgency. The text may not name residents or give e-mail addresses or phone numbers (400 naming body.text).
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /**
             * Format: uuid
             * @description The organisation you report for; needed only when your account acts for several
             */
            partnerId?: string;
            /** @description The buurt, or the wijk when the signal is about a whole wijk */
            area: string;
            /**
             * @description What it is about
             * @enum {string}
             */
            theme: "overlast-jeugd" | "verward-gedrag" | "ondermijning-drugs" | "woonoverlast" | "onveiligheidsgevoel" | "huiselijk-geweld" | "radicalisering" | "overig";
            /**
             * @description normal, high or urgent: sets the priority and the deadline
             * @enum {string}
             */
            urgency: "normal" | "high" | "urgent";
            /** @description What you observed, without names of residents, e-mail addresses or phone numbers */
            text: string;
            /** @description Your own reference (case or log number) */
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new";
              statusLabel: string;
              partnerId: string;
              partnerName: string;
              theme: string;
              themeName: string;
              /** @enum {string} */
              priority: "normal" | "high" | "urgent";
              buurtCode: string | null;
              wijkCode: string;
              deadline: string;
              createdAt: string;
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
