/**
 * The Stadsveilig API's types (signals (public)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/public/buurten/{code}/subscriptions": {
    /** Get an e-mail about new public reports in a buurt */
    post: {
      parameters: {
        path: {
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              subscribed: boolean;
              /** @description A confirmation mail was sent (double opt-in); no mail is sent until the link in it is followed */
              confirmationRequired: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/public/map/subscriptions": {
    /**
     * Get an e-mail about new public reports within a radius of a point on the map
     * @description Double opt-in like the buurt subscription. The point must lie in the municipality; radius 250, 500 or 1000 m. Reports of sensitive categories are never announced to a point subscription.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            lat: number;
            lon: number;
            /** @description Metres around the point: 250, 500 or 1000 */
            radius: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              subscribed: boolean;
              /** @description A confirmation mail was sent (double opt-in); no mail is sent until the link in it is followed */
              confirmationRequired: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/public/photos/{photoId}": {
    /** A photo staff marked public (JPEG) */
    get: {
      parameters: {
        path: {
          photoId: string;
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
  "/api/v1/public/signal-categories": {
    /** Active categories (two levels) for the resident form */
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
  };
  "/api/v1/public/signals": {
    /**
     * Make a report (melding)
     * @description Send an Idempotency-Key header (8–100 characters [A-Za-z0-9_-]) and retry with the same key after a network error: the first reply is returned again and no second report is made. Photos: POST /public/signals/track/{token}/photos afterwards.
     */
    post: {
      parameters: {
        header?: {
          "idempotency-key"?: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Sub-category chosen by the resident; leave out to let the server suggest one */
            categorySlug?: string;
            /** @description What is going on */
            description: string;
            /** @description Where: WGS84 lat/lon or RD New x/y. Leave out when only an address is known. */
            location?: {
              /** @description WGS84 latitude */
              lat: number;
              /** @description WGS84 longitude */
              lon: number;
            } | {
              /** @description RD New (EPSG:28992) x in metres */
              x: number;
              /** @description RD New y in metres */
              y: number;
            };
            /** @description Address or place description (street and number) */
            addressText?: string;
            /**
             * Format: email
             * @description For the confirmation and updates (needs contactConsent)
             */
            email?: string;
            phone?: string;
            /** @description Consent to store the contact details to keep the reporter informed; required with email or phone */
            contactConsent?: boolean;
            /** @description Mail the confirmation and status changes to `email` (default true); false keeps the address only for questions from staff */
            updates?: boolean;
            /** @description From GET /public/signals/form; must be at least a few seconds old */
            formToken: string;
            /** @description Honeypot: leave empty. The form hides this field (aria-hidden, tabindex -1). */
            website?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              /** @description Confirmation number M-YYYY-NNNNNN */
              number: string;
              /** @description Private token to follow the report; shown once to the reporter */
              trackingToken: string;
              /** @description Path of the tracking page in the web app */
              trackingPath: string;
              /** @enum {string} */
              status: "new";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              /** @description True when the server chose the category */
              categorySuggested: boolean;
              /** @description Handling deadline (date, working days) */
              deadline: string;
              createdAt: string;
              /** @description What the platform will mail the reporter: both false without an e-mail address, without the updates choice, or when this installation sends no mail */
              mail: {
                /** @description A confirmation mail goes to the e-mail address given */
                confirmation: boolean;
                /** @description Status changes will be mailed to it */
                updates: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              /** @description Confirmation number M-YYYY-NNNNNN */
              number: string;
              /** @description Private token to follow the report; shown once to the reporter */
              trackingToken: string;
              /** @description Path of the tracking page in the web app */
              trackingPath: string;
              /** @enum {string} */
              status: "new";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              /** @description True when the server chose the category */
              categorySuggested: boolean;
              /** @description Handling deadline (date, working days) */
              deadline: string;
              createdAt: string;
              /** @description What the platform will mail the reporter: both false without an e-mail address, without the updates choice, or when this installation sends no mail */
              mail: {
                /** @description A confirmation mail goes to the e-mail address given */
                confirmation: boolean;
                /** @description Status changes will be mailed to it */
                updates: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/form": {
    /** Start a report form: a form token (bot check) and the honeypot field name */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              formToken: string;
              honeypotField: string;
              minSeconds: number;
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/map": {
    /** Open reports in public categories as GeoJSON; sensitive categories blurred to a 250 m grid, never personal data */
    get: {
      parameters: {
        query?: {
          /** @description Main or sub-category */
          categorySlug?: string;
          bbox?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              type: "FeatureCollection";
              features: ({
                  /** @enum {string} */
                  type: "Feature";
                  geometry: {
                    /** @enum {string} */
                    type: "Point";
                    coordinates: [number, number];
                  };
                  properties: {
                    number: string | null;
                    categorySlug: string;
                    categoryName: string;
                    statusLabel: string;
                    createdDate: string;
                    blurred: boolean;
                    /** @description Demo content: a made-up report, shown with the demo label */
                    demo: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/nearby": {
    /**
     * Open reports of the same category within 50 m made in the last 12 weeks ("is this yours?")
     * @description Public, non-sensitive categories only (a sensitive category gives an empty list); a distance band, never a distance.
     */
    get: {
      parameters: {
        query: {
          lat: number;
          lon: number;
          categorySlug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              signals: ({
                  number: string;
                  statusLabel: string;
                  createdAt: string;
                  /** @description Distance band: the report lies within 25 m, or within 50 m (never an exact distance) */
                  withinMetres: 25 | 50;
                  categoryName: string;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/suggest-category": {
    /** Suggest a category from the description text */
    post: {
      requestBody: {
        content: {
          "application/json": {
            description: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              categorySlug: string;
              /** @description Posterior probability of the best category (0–1) */
              confidence: number;
              /** @description True when confidence was below the threshold and Overig was chosen */
              fallback: boolean;
              alternatives: {
                  categorySlug: string;
                  probability: number;
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
