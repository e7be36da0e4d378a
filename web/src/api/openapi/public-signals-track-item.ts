/**
 * The Stadsveilig API's types (signals (public)), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/public/signals/track/{token}": {
    /** Follow a report with its private tracking token */
    get: {
      parameters: {
        path: {
          /** @description Private tracking token */
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              number: string;
              status: string;
              /** @description Status in plain Dutch */
              statusLabel: string;
              statusExplanation: string;
              categoryName: string;
              description: string;
              addressText: string | null;
              location: {
                lat: number;
                lon: number;
              } | null;
              createdAt: string;
              deadline: string | null;
              closedAt: string | null;
              /** @description Set when this report was merged into another; status is that report’s */
              mergedIntoNumber: string | null;
              /** @description Public notes and status changes */
              updates: ({
                  at: string;
                  statusLabel: string | null;
                  text: string | null;
                })[];
              photoIds: string[];
              feedback: {
                /** @description Show the satisfaction question */
                asked: boolean;
                given: {
                  satisfied: boolean;
                } | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/track/{token}/feedback": {
    /** Satisfaction after closing; not satisfied with a reason asks to reopen */
    post: {
      parameters: {
        path: {
          /** @description Private tracking token */
          token: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            satisfied: boolean;
            /** @description Required when not satisfied */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              recorded: boolean;
              reopenRequested: boolean;
              status: string;
              closed: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/track/{token}/photos": {
    /** Add a photo (multipart/form-data, field "photo"; JPEG/PNG/WebP; at most 3). EXIF/GPS are removed. */
    post: {
      parameters: {
        path: {
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              width: number;
              height: number;
              size: number;
            };
          };
        };
      };
    };
  };
  "/api/v1/public/signals/track/{token}/photos/{photoId}": {
    /** A photo of my report (JPEG) */
    get: {
      parameters: {
        path: {
          token: string;
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
  "/api/v1/public/signals/{number}/subscriptions": {
    /**
     * Follow a report by e-mail (e.g. a nearby one instead of making a new report)
     * @description Only reports of public, non-sensitive categories; any other number answers 404 as if it did not exist. At most 10 requests per report number and hour (429), besides the per-IP limit.
     */
    post: {
      parameters: {
        path: {
          number: string;
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
  "/api/v1/public/subscriptions/{token}/confirm": {
    /** Confirm an e-mail subscription (link in the confirmation mail; expires after 48 hours) */
    post: {
      parameters: {
        path: {
          /** @description Private tracking token */
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              confirmed: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/public/subscriptions/{token}/unsubscribe": {
    /** One-click unsubscribe (link in every e-mail) */
    post: {
      parameters: {
        path: {
          /** @description Private tracking token */
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              unsubscribed: boolean;
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
