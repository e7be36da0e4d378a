/**
 * The Stadsveilig API's types (initiatives), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/initiatives": {
    /** Initiatives: the public sees the published supported/active ones; staff (network:read) all, with filters */
    get: {
      parameters: {
        query?: {
          /** @description Staff only */
          status?: "new" | "in-contact" | "supported" | "active" | "ended";
          area?: string;
          kind?: "buurtpreventie" | "whatsapp-buurtpreventie" | "neighbourhood-event" | "clean-up" | "safety-app-group" | "other";
          /** @description Staff only: true lists the initiatives whose check-in is due */
          checkInDue?: "true" | "false";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              initiatives: ({
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
                })[];
            };
          };
        };
      };
    };
    /**
     * Register a residents’ initiative (public form, no account)
     * @description The contact details are stored apart from the initiative (need-to-know, logged, removed a year after it ended).
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "buurtpreventie" | "whatsapp-buurtpreventie" | "neighbourhood-event" | "clean-up" | "safety-app-group" | "other";
            title: string;
            description: string;
            /** @description The buurt where the initiative takes place (CBS code, from /areas/locate or the buurt list) */
            buurtCode: string;
            /** @description Optional spot (WGS84); never published, the public map shows the buurt */
            point?: {
              lat: number;
              lon: number;
            };
            /** @description Roughly how many people take part */
            peopleEstimate?: number;
            /** @default [] */
            supportAsked?: ("materials" | "training" | "budget" | "municipality-contact" | "police-contact")[];
            supportNote?: string;
            contact: {
              name: string;
              /** Format: email */
              email: string;
              phone?: string;
            };
            consent: {
              /**
               * @description The municipality may contact the initiators (required)
               * @enum {boolean}
               */
              contact: true;
              /** @description May the title, kind, buurt and description appear on the public list and map */
              publish: boolean;
              /**
               * @description May the contact e-mail appear on the public list (default no)
               * @default false
               */
              publishContactEmail?: boolean;
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
              /** @description A confirmation mail is in the outbox (sent when the mail server takes it) */
              confirmationMailQueued: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/initiatives/{id}": {
    /** One initiative (the public: only a published one); staff also get history and support */
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
    /** Review: status, publication, reviewer, mission links */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status?: "new" | "in-contact" | "supported" | "active" | "ended";
            /** @description Why (kept in the history with a status change) */
            note?: string;
            /** @description Show on the public list/map (only with the initiators’ consent) */
            published?: boolean;
            reviewerId?: string | null;
            missionIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
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
  "/api/v1/initiatives/{id}/check-in": {
    /** The yearly check-in was held: the next is due a year from today */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
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
