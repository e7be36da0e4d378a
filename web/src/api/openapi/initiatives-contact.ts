/**
 * The Stadsveilig API's types (initiatives), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/initiatives/{id}/contact": {
    /** The initiators’ contact details (initiatives:review; every read is logged) */
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
              name: string;
              email: string;
              phone: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/initiatives/{id}/support": {
    /** Record support given (amount, materials, training, a contact) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "amount" | "materials" | "training" | "contact";
            /** @description For kind amount */
            amountEuro?: number;
            description: string;
            /** Format: date */
            givenOn: string;
            /** Format: date */
            until?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              /** @enum {string} */
              kind: "buurtpreventie" | "whatsapp-buurtpreventie" | "neighbourhood-event" | "clean-up" | "safety-app-group" | "other";
              title: string;
              description: string;
              buurtCode: string;
              buurtName: string | null;
              /** @enum {string} */
              status: "new" | "in-contact" | "supported" | "active" | "ended";
              /** @description Public: the buurt centre; staff: the spot given, else the buurt centre */
              point: {
                lat: number;
                lon: number;
              } | null;
              /** @description Only when the initiators agreed to publish it */
              contactEmail: string | null;
              demo: boolean;
              /** @description Staff with network:read only; null for everyone else */
              review: ({
                publishConsent: boolean;
                publishContactEmailConsent: boolean;
                published: boolean;
                peopleEstimate: number | null;
                supportAsked: ("materials" | "training" | "budget" | "municipality-contact" | "police-contact")[];
                supportNote: string | null;
                reviewer: {
                  id: string;
                  name: string;
                } | null;
                missionIds: string[];
                nextCheckIn: string | null;
                checkInDue: boolean;
                createdAt: string;
                /** @description Contact details are kept (read them with GET /initiatives/{id}/contact; logged) */
                hasContact: boolean;
              }) | null;
              history: (({
                  at: string;
                  /** @description Name of the staff member, or "system"/"resident" */
                  actor: string;
                  /** @enum {string} */
                  event: "registered" | "status" | "check-in" | "support" | "review";
                  fromStatus: string | null;
                  toStatus: string | null;
                  note: string | null;
                })[]) | null;
              support: (({
                  id: string;
                  /** @enum {string} */
                  kind: "amount" | "materials" | "training" | "contact";
                  amountEuro: number | null;
                  description: string;
                  givenOn: string;
                  until: string | null;
                })[]) | null;
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
