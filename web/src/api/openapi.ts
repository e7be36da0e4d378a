/**
 * The Stadsveilig API's types, generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while this file and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/health": {
    /** Liveness and database reachability */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok" | "degraded";
              /** @enum {string} */
              database: "embedded" | "postgres";
            };
          };
        };
        /** @description Default Response */
        503: {
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok" | "degraded";
              /** @enum {string} */
              database: "embedded" | "postgres";
            };
          };
        };
      };
    };
  };
  "/api/v1/instance": {
    /** Public facts about this installation */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              name: "Stadsveilig";
              version: string;
              municipality: {
                code: string;
                name: string | null;
              };
              map: {
                /** @enum {string} */
                background: "none" | "pdok-brt";
                backgroundTiles: string | null;
                attribution: string;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/session": {
    /** Who is logged in */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
      };
    };
    /**
     * Log in
     * @description Sets an HttpOnly, SameSite=Strict session cookie. Send the returned csrfToken as the x-csrf-token header on every state-changing request. Five wrong passwords from one IP address (or one known device) lock the account for that client for 15 minutes, doubling per lock up to 24 hours (429). While user.mustChangePassword is true, only the session endpoints answer: change the password first.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
      };
    };
    /** Log out */
    delete: {
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/session/password": {
    /**
     * Change your own password
     * @description The current password (checked like a login, under the same lock-out) and a new one of at least 12 characters that is not well known and not your e-mail address. Ends every other session of the user; this one stays. Clears mustChangePassword.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              authenticated: boolean;
              user: ({
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
                roleLabel: string;
                mustChangePassword: boolean;
              }) | null;
              permissions: string[];
              csrfToken: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/users": {
    /** List user accounts (admins; logged) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              users: ({
                  id: string;
                  email: string;
                  displayName: string | null;
                  /** @enum {string} */
                  role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
                  roleLabel: string;
                  /** @enum {string} */
                  status: "active" | "disabled";
                  mustChangePassword: boolean;
                  lastLoginAt: string | null;
                  createdAt: string;
                  lockout: {
                    lockedUntil: string | null;
                    lockedClients: number;
                    failedLogins: number;
                  };
                  permissions: {
                    update: boolean;
                    disable: boolean;
                    resetPassword: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
    /**
     * Create a user account (admins)
     * @description Without a password the server generates a one-time password, returns it once as generatedPassword, and the user must change it at the first login.
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
            displayName?: string;
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              user: {
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
                roleLabel: string;
                /** @enum {string} */
                status: "active" | "disabled";
                mustChangePassword: boolean;
                lastLoginAt: string | null;
                createdAt: string;
                lockout: {
                  lockedUntil: string | null;
                  lockedClients: number;
                  failedLogins: number;
                };
                permissions: {
                  update: boolean;
                  disable: boolean;
                  resetPassword: boolean;
                };
              };
              generatedPassword: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{id}": {
    /** One user account (admins; logged) */
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
              email: string;
              displayName: string | null;
              /** @enum {string} */
              role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
              roleLabel: string;
              /** @enum {string} */
              status: "active" | "disabled";
              mustChangePassword: boolean;
              lastLoginAt: string | null;
              createdAt: string;
              lockout: {
                lockedUntil: string | null;
                lockedClients: number;
                failedLogins: number;
              };
              permissions: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
              };
            };
          };
        };
      };
    };
    /**
     * Change a user’s role (admins; logged)
     * @description Not for your own account, and never for the last active administrator (409 with the reason). The account’s sessions get the new role’s permissions at their next request.
     */
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
            role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              email: string;
              displayName: string | null;
              /** @enum {string} */
              role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
              roleLabel: string;
              /** @enum {string} */
              status: "active" | "disabled";
              mustChangePassword: boolean;
              lastLoginAt: string | null;
              createdAt: string;
              lockout: {
                lockedUntil: string | null;
                lockedClients: number;
                failedLogins: number;
              };
              permissions: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{id}/disable": {
    /**
     * Disable a user account (admins); ends its sessions
     * @description Not your own account, and never the last active administrator (409 with the reason).
     */
    post: {
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
              email: string;
              displayName: string | null;
              /** @enum {string} */
              role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
              roleLabel: string;
              /** @enum {string} */
              status: "active" | "disabled";
              mustChangePassword: boolean;
              lastLoginAt: string | null;
              createdAt: string;
              lockout: {
                lockedUntil: string | null;
                lockedClients: number;
                failedLogins: number;
              };
              permissions: {
                update: boolean;
                disable: boolean;
                resetPassword: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{id}/password-reset": {
    /**
     * Reset a user’s password (admins)
     * @description Sets a generated one-time password, returned once as generatedPassword; the user must change it at the next login. Ends every session of the user and lifts the account’s login locks. Not for your own account.
     */
    post: {
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
              user: {
                id: string;
                email: string;
                displayName: string | null;
                /** @enum {string} */
                role: "admin" | "analyst" | "coordinator" | "caseworker" | "partner" | "viewer";
                roleLabel: string;
                /** @enum {string} */
                status: "active" | "disabled";
                mustChangePassword: boolean;
                lastLoginAt: string | null;
                createdAt: string;
                lockout: {
                  lockedUntil: string | null;
                  lockedClients: number;
                  failedLogins: number;
                };
                permissions: {
                  update: boolean;
                  disable: boolean;
                  resetPassword: boolean;
                };
              };
              generatedPassword: string;
            };
          };
        };
      };
    };
  };
  "/api/v1/audit-log": {
    /**
     * Search the processing log (admins)
     * @description Records of every processing of personal data, after the Logboek Dataverwerkingen standard. Search a person by subjectType + subjectId: the id is pseudonymised before the search. Newest first. format=csv: the same filters as text/csv (UTF-8 with BOM, ';'), at most 10000 records; headers x-row-count, x-row-cap and x-truncated state the count and the cap. An export is logged as audit.export.
     */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          activity?: string;
          actor?: string;
          traceId?: string;
          status?: "OK" | "ERROR" | "DENIED";
          subjectType?: string;
          subjectId?: string;
          limit?: number;
          before?: number;
          /** @description csv: every matching record (limit and before ignored) up to the row cap, as text/csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json); format=csv gives text/csv */
        200: {
          content: {
            "application/json": {
              records: ({
                  id: number;
                  traceId: string;
                  spanId: string;
                  name: string;
                  processingActivityId: string;
                  operation: string;
                  actor: string;
                  dataSubjectType: string | null;
                  dataSubjectPseudonym: string | null;
                  statusCode: string;
                  startTime: string;
                  endTime: string;
                  resource: {
                    name: string;
                    version: string;
                  };
                  attributes: {
                    [key: string]: unknown;
                  };
                })[];
              nextBefore: number | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/areas/vintages": {
    /**
     * Loaded CBS vintages (indelingen)
     * @description Every loaded vintage, newest first: source, counts per level, buurt population total and the areas without polygon.
     */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                year: number;
                source: string;
                populationYear: number | null;
                note: string | null;
                loadedAt: string;
                counts: {
                  gemeente: number;
                  wijk: number;
                  buurt: number;
                };
                /** @description Sum of buurt populations */
                population: number | null;
                areasWithoutGeometry: string[];
              })[];
          };
        };
      };
    };
  };
  "/api/v1/areas/locate": {
    /**
     * Find the buurt and wijk of a point
     * @description Give `lat` and `lon` (WGS84) or `x` and `y` (RD New, EPSG:28992), not both. A point strictly inside a polygon wins; a point on a shared border goes to the buurt with the lowest code. 404 when the point lies in no buurt polygon.
     */
    get: {
      parameters: {
        query?: {
          lat?: number;
          lon?: number;
          x?: number;
          y?: number;
          /** @description CBS vintage (indeling) year; default: the newest loaded */
          year?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              year: number;
              point: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              };
              buurt: {
                code: string;
                name: string;
                population: number | null;
                isWater: boolean;
              };
              wijk: {
                code: string;
                name: string;
              } | null;
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
  "/api/v1/areas": {
    /**
     * Areas of one level and vintage as GeoJSON
     * @description A GeoJSON FeatureCollection (application/geo+json) of the gemeente, its wijken or its buurten (default) for a CBS vintage (default: the newest). Feature id = CBS code. 404 listing the available years for an unknown year.
     */
    get: {
      parameters: {
        query?: {
          /** @description Area level; default buurt */
          level?: "gemeente" | "wijk" | "buurt";
          /** @description CBS vintage (indeling) year; default: the newest loaded */
          year?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              type: "FeatureCollection";
              year: number;
              /** @enum {string} */
              level: "gemeente" | "wijk" | "buurt";
              features: ({
                  /** @enum {string} */
                  type: "Feature";
                  id: string;
                  properties: {
                    code: string;
                    name: string;
                    /** @enum {string} */
                    level: "gemeente" | "wijk" | "buurt";
                    parentCode: string | null;
                    year: number;
                    /** @description Inhabitants (CBS, rounded to 5); wijk and gemeente values are sums of buurt values */
                    population: number | null;
                    populationYear: number | null;
                    /** @description Vintage the polygon was drawn for; may be older than year */
                    geometryYear: number | null;
                    note: string | null;
                    isWater: boolean;
                  };
                  /** @description GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat); null when no polygon is known for this vintage */
                  geometry: ({
                    /** @enum {string} */
                    type: "Polygon";
                    coordinates: number[][][];
                  } | {
                    /** @enum {string} */
                    type: "MultiPolygon";
                    coordinates: number[][][][];
                  }) | null;
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
  "/api/v1/areas/{code}": {
    /**
     * One area with its polygon, parent and children
     * @description The area with `code` in a vintage (default: the newest), its bounding box, parent and children summaries and its relations to other vintages.
     */
    get: {
      parameters: {
        query?: {
          /** @description CBS vintage (indeling) year; default: the newest loaded */
          year?: number;
        };
        path: {
          code: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              type: "Feature";
              id: string;
              properties: {
                code: string;
                name: string;
                /** @enum {string} */
                level: "gemeente" | "wijk" | "buurt";
                parentCode: string | null;
                year: number;
                /** @description Inhabitants (CBS, rounded to 5); wijk and gemeente values are sums of buurt values */
                population: number | null;
                populationYear: number | null;
                /** @description Vintage the polygon was drawn for; may be older than year */
                geometryYear: number | null;
                note: string | null;
                isWater: boolean;
              };
              /** @description GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat); null when no polygon is known for this vintage */
              geometry: ({
                /** @enum {string} */
                type: "Polygon";
                coordinates: number[][][];
              } | {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: number[][][][];
              }) | null;
              /** @description [minLon, minLat, maxLon, maxLat] */
              bbox?: number[];
              parent: ({
                code: string;
                name: string;
                /** @enum {string} */
                level: "gemeente" | "wijk" | "buurt";
                population: number | null;
              }) | null;
              children: ({
                  code: string;
                  name: string;
                  /** @enum {string} */
                  level: "gemeente" | "wijk" | "buurt";
                  population: number | null;
                })[];
              /** @description Code-to-code relations between vintages (same, new, discontinued, …) */
              relations: ({
                  fromYear: number;
                  fromCode: string;
                  toYear: number;
                  toCode: string | null;
                  relation: string;
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
  "/api/v1/incidents/counts": {
    /**
     * Registered crime per area and year (CBS/Politie open data)
     * @description From the aggregated CBS tables (e.g. 47018NED). Wijk and gemeente figures are summed from the buurten when the table has no row at that level (derived: true). ratePer1000 uses the population of the same indeling.
     */
    get: {
      parameters: {
        query: {
          level?: "gemeente" | "wijk" | "buurt";
          year: number;
          crimeType?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                areaCode: string;
                areaName: string;
                count: number | null;
                population: number | null;
                ratePer1000: number | null;
                /** @description true when summed from the buurten because the table has no row at this level */
                derived: boolean;
              })[];
          };
        };
      };
    };
  };
  "/api/v1/incidents/crime-types": {
    /** The CBS/Politie crime-type code list */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                code: string;
                title: string;
                description: string | null;
              })[];
          };
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
                  /** @description Handling deadline in working days */
                  handlingDays: number;
                  department: string;
                  /** @description Open reports are shown on the public map */
                  isPublic: boolean;
                  /** @description Location is blurred on the public map */
                  isSensitive: boolean;
                  active: boolean;
                  /** @description Partners handling such a report may see the reporter’s contact details */
                  partnerContact: boolean;
                  children?: ({
                      slug: string;
                      parentSlug: string | null;
                      name: string;
                      description: string;
                      /** @description Handling deadline in working days */
                      handlingDays: number;
                      department: string;
                      /** @description Open reports are shown on the public map */
                      isPublic: boolean;
                      /** @description Location is blurred on the public map */
                      isSensitive: boolean;
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
            };
          };
        };
      };
    };
  };
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
                  };
                })[];
            };
          };
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
  "/api/v1/signals": {
    /** Inbox: reports with filters, full-text search and paging */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated statuses */
          status?: ("new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested")[];
          /** @description Only open (true) or closed (false) reports */
          open?: "true" | "false";
          /** @description Comma-separated main or sub-category slugs */
          category?: string[];
          /** @description Buurt or wijk code */
          area?: string;
          department?: string;
          /** @description 'me', 'none' or a user id */
          assignee?: string;
          /** @description Open and past the deadline */
          overdue?: "true" | "false";
          olderThanDays?: number;
          createdFrom?: string;
          createdTo?: string;
          /** @description Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not) */
          q?: string;
          sort?: "newest" | "oldest" | "deadline";
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
                  status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  statusLabel: string;
                  categorySlug: string;
                  categoryName: string;
                  mainCategorySlug: string | null;
                  suggestedCategory: string | null;
                  description: string;
                  location: {
                    lat: number;
                    lon: number;
                    x: number;
                    y: number;
                  } | null;
                  addressText: string | null;
                  buurtCode: string | null;
                  wijkCode: string | null;
                  source: string;
                  department: string | null;
                  partner: string | null;
                  assigneeId: string | null;
                  parentId: string | null;
                  mergedIntoId: string | null;
                  deadline: string | null;
                  overdue: boolean;
                  createdAt: string;
                  updatedAt: string;
                  closedAt: string | null;
                  /** @description Only these transitions may be offered in the UI */
                  allowedTransitions: ({
                      /** @enum {string} */
                      to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                      label: string;
                      requiresText: boolean;
                    })[];
                  /** @description When staff published the description and address text (Open311); null: not public */
                  descriptionPublishedAt: string | null;
                  permissions: {
                    /** @description Change status and add notes */
                    handle: boolean;
                    viewContact: boolean;
                    split: boolean;
                    merge: boolean;
                    /** @description Re-categorise, assign, route and correct the location (PATCH) */
                    edit: boolean;
                    /** @description Publish the description or a text (staff; never for sensitive categories) */
                    publish: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/export.csv": {
    /** The inbox query as CSV (semicolon-separated, UTF-8 with BOM; no contact details) */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated statuses */
          status?: ("new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested")[];
          /** @description Only open (true) or closed (false) reports */
          open?: "true" | "false";
          /** @description Comma-separated main or sub-category slugs */
          category?: string[];
          /** @description Buurt or wijk code */
          area?: string;
          department?: string;
          /** @description 'me', 'none' or a user id */
          assignee?: string;
          /** @description Open and past the deadline */
          overdue?: "true" | "false";
          olderThanDays?: number;
          createdFrom?: string;
          createdTo?: string;
          /** @description Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not) */
          q?: string;
          sort?: "newest" | "oldest" | "deadline";
          limit?: number;
          offset?: number;
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
  "/api/v1/signals/saved-filters": {
    /** My saved inbox filters */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              filters: {
                  id: string;
                  name: string;
                  query: {
                    [key: string]: unknown;
                  };
                }[];
            };
          };
        };
      };
    };
    /** Save (or replace by name) an inbox filter */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            query: {
              /** @description Comma-separated statuses */
              status?: ("new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested")[];
              /**
               * @description Only open (true) or closed (false) reports
               * @enum {string}
               */
              open?: "true" | "false";
              /** @description Comma-separated main or sub-category slugs */
              category?: string[];
              /** @description Buurt or wijk code */
              area?: string;
              department?: string;
              /** @description 'me', 'none' or a user id */
              assignee?: string;
              /**
               * @description Open and past the deadline
               * @enum {string}
               */
              overdue?: "true" | "false";
              olderThanDays?: number;
              createdFrom?: string;
              createdTo?: string;
              /** @description Full-text search (Dutch stemming; websearch syntax: words, "phrase", -not) */
              q?: string;
              /** @enum {string} */
              sort?: "newest" | "oldest" | "deadline";
              limit?: number;
              offset?: number;
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
              name: string;
              query: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/saved-filters/{filterId}": {
    /** Delete a saved filter */
    delete: {
      parameters: {
        path: {
          filterId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/signals/{id}": {
    /** One report with history, allowed transitions and the caller’s permissions */
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
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
    /** Re-categorise, assign, or route to a department or partner */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            categorySlug?: string;
            assigneeId?: string | null;
            department?: string | null;
            /** @description Forward to a partner organisation (its name, as in /partners) */
            partner?: string | null;
            /** @description Correct the place: WGS84 lat/lon or RD New x/y; buurt and wijk are located again */
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
            addressText?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/transitions": {
    /** Change the status (only allowedTransitions; some need a text); messages the reporter */
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
            to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
            /** @description Required for some transitions (see allowedTransitions[].requiresText); shown to the reporter */
            text?: string;
            /** @description Send the status message to the reporter and followers (default true) */
            notify?: boolean;
            /** @description Also publish the text (Open311 status_notes, followers’ mails); refused for sensitive categories (default false) */
            publish?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/notes": {
    /** Add an internal or public note */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            text: string;
            /**
             * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
             * @default internal
             * @enum {string}
             */
            visibility?: "internal" | "partner" | "reporter";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/split": {
    /** Split into child reports (2–10 parts) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            parts: {
                categorySlug: string;
                description: string;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/merge": {
    /** Merge this duplicate into another report; its reporter keeps receiving updates */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Id or number of the report to keep */
            into: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/description/publication": {
    /** Publish the resident’s description and address text (Open311), or take it back; never for sensitive categories */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description true: shown to the public (Open311, followers); false: taken back */
            published: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/history/{entryId}/publication": {
    /** Publish a status text or note (Open311 status_notes, followers’ mails), or take it back; never for sensitive categories */
    put: {
      parameters: {
        path: {
          id: string;
          entryId: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description true: shown to the public (Open311, followers); false: taken back */
            published: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
              statusLabel: string;
              categorySlug: string;
              categoryName: string;
              mainCategorySlug: string | null;
              suggestedCategory: string | null;
              description: string;
              location: {
                lat: number;
                lon: number;
                x: number;
                y: number;
              } | null;
              addressText: string | null;
              buurtCode: string | null;
              wijkCode: string | null;
              source: string;
              department: string | null;
              partner: string | null;
              assigneeId: string | null;
              parentId: string | null;
              mergedIntoId: string | null;
              deadline: string | null;
              overdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
              /** @description Only these transitions may be offered in the UI */
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
                  label: string;
                  requiresText: boolean;
                })[];
              /** @description When staff published the description and address text (Open311); null: not public */
              descriptionPublishedAt: string | null;
              permissions: {
                /** @description Change status and add notes */
                handle: boolean;
                viewContact: boolean;
                split: boolean;
                merge: boolean;
                /** @description Re-categorise, assign, route and correct the location (PATCH) */
                edit: boolean;
                /** @description Publish the description or a text (staff; never for sensitive categories) */
                publish: boolean;
              };
              hasContact: boolean;
              /** @description A partner gets only the entries meant for partners or the reporter */
              history: ({
                  id: number;
                  at: string;
                  actor: string;
                  kind: string;
                  fromStatus: string | null;
                  toStatus: string | null;
                  text: string | null;
                  /**
                   * @description Who reads it besides staff: 'internal' (nobody), 'partner' (the partner it is forwarded to), 'reporter' (also the reporter)
                   * @enum {string}
                   */
                  visibility: "internal" | "partner" | "reporter";
                  /** @description When staff published the text (Open311, followers); null: not public */
                  publishedAt: string | null;
                })[];
              children: {
                  id: string;
                  number: string;
                  status: string;
                }[];
              duplicates: {
                  id: string;
                  number: string;
                }[];
              photos: {
                  id: string;
                  isPublic: boolean;
                  width: number;
                  height: number;
                  size: number;
                }[];
              feedback: ({
                satisfied: boolean;
                reason: string | null;
                at: string;
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/signals/{id}/contact": {
    /** Reporter contact details (roles with signals:contact; every view is logged) */
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
              email: string | null;
              phone: string | null;
              consent: boolean;
              removedOrNone: boolean;
            };
          };
        };
      };
    };
  };
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
                  /** @description Handling deadline in working days */
                  handlingDays: number;
                  department: string;
                  /** @description Open reports are shown on the public map */
                  isPublic: boolean;
                  /** @description Location is blurred on the public map */
                  isSensitive: boolean;
                  active: boolean;
                  /** @description Partners handling such a report may see the reporter’s contact details */
                  partnerContact: boolean;
                  children?: ({
                      slug: string;
                      parentSlug: string | null;
                      name: string;
                      description: string;
                      /** @description Handling deadline in working days */
                      handlingDays: number;
                      department: string;
                      /** @description Open reports are shown on the public map */
                      isPublic: boolean;
                      /** @description Location is blurred on the public map */
                      isSensitive: boolean;
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
            parentSlug: string | null;
            name: string;
            description?: string;
            /** @description Extra words for the category suggestion */
            keywords?: string;
            handlingDays: number;
            department: string;
            isPublic: boolean;
            isSensitive: boolean;
            active: boolean;
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
              /** @description Handling deadline in working days */
              handlingDays: number;
              department: string;
              /** @description Open reports are shown on the public map */
              isPublic: boolean;
              /** @description Location is blurred on the public map */
              isSensitive: boolean;
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
  "/api/v1/signal-templates": {
    /** Reporter messages per status; placeholders {{number}}, {{category}}, {{deadline}}, {{text}}, {{trackingUrl}} */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              templates: {
                  status: string;
                  subject: string;
                  body: string;
                  updatedAt: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/signal-templates/{status}": {
    /** Create or change the message for a status */
    put: {
      parameters: {
        path: {
          status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
        };
      };
      requestBody: {
        content: {
          "application/json": {
            subject: string;
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              status: string;
              subject: string;
              body: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** No message for this status */
    delete: {
      parameters: {
        path: {
          status: "new" | "accepted" | "in_progress" | "planned" | "waiting_for_reporter" | "forwarded" | "done" | "cancelled" | "reopened" | "reopen_requested";
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
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
  "/api/v1/signals/{id}/photos/{photoId}": {
    /** A photo of a report (JPEG) */
    get: {
      parameters: {
        path: {
          id: string;
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
  "/api/v1/signals/{id}/photos/{photoId}/public": {
    /** Mark a photo public or private */
    put: {
      parameters: {
        path: {
          id: string;
          photoId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            isPublic: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              isPublic: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/open311-api-keys": {
    /** Open311 API keys (admins) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              keys: ({
                  id: string;
                  name: string;
                  createdAt: string;
                  revokedAt: string | null;
                  /** @description Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR) */
                  quotaPerHour: number | null;
                  /** @description When the key was last presented with a request (written at most once a minute); null: never */
                  lastUsedAt: string | null;
                })[];
            };
          };
        };
      };
    };
    /** Create an Open311 API key; the key is shown once */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @description Own quota (requests per hour); default: the configured one */
            quotaPerHour?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              name: string;
              createdAt: string;
              revokedAt: string | null;
              /** @description Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR) */
              quotaPerHour: number | null;
              /** @description When the key was last presented with a request (written at most once a minute); null: never */
              lastUsedAt: string | null;
              key: string;
            };
          };
        };
      };
    };
  };
  "/api/v1/open311-api-keys/{id}": {
    /** Revoke an Open311 API key */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Change an active Open311 API key's quota per hour */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Own quota (requests per hour); null: the configured one */
            quotaPerHour: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              name: string;
              createdAt: string;
              revokedAt: string | null;
              /** @description Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR) */
              quotaPerHour: number | null;
              /** @description When the key was last presented with a request (written at most once a minute); null: never */
              lastUsedAt: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/mail-outbox": {
    /** Outbox status: counts per status, oldest waiting message, failed messages (no bodies, no addresses) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              counts: {
                pending: number;
                sending: number;
                sent: number;
                failed: number;
              };
              oldestPendingAt: string | null;
              failed: ({
                  id: number;
                  subject: string;
                  /** @description Only the domain: the address is personal data */
                  recipientDomain: string;
                  attempts: number;
                  lastError: string | null;
                  createdAt: string;
                  lastAttemptAt: string | null;
                })[];
              /** @description The 20 newest messages that did not fail (queued, being sent or sent) */
              recent: ({
                  id: number;
                  subject: string;
                  /** @description Only the domain: the address is personal data */
                  recipientDomain: string;
                  /** @enum {string} */
                  status: "pending" | "sending" | "sent";
                  attempts: number;
                  createdAt: string;
                  sentAt: string | null;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/mail-outbox/retry": {
    /** Queue failed messages again (all, or the given ids) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            ids?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              retried: number;
            };
          };
        };
      };
    };
  };
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
  "/api/v1/perception/stories": {
    /** Moderation queue (perception:moderate) */
    get: {
      parameters: {
        query?: {
          status?: "pending" | "approved" | "rejected";
          /** @description CBS buurt code */
          buurt?: string;
          limit?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              stories: ({
                  id: string;
                  buurtCode: string;
                  wijkCode: string | null;
                  year: number;
                  /** @enum {string} */
                  status: "pending" | "approved" | "rejected";
                  /** @description Original text while pending; the redacted text once approved; empty once rejected */
                  text: string;
                  /** @description Automatic findings (personal data, offensive words, near-duplicate) — suggestions, the moderator decides */
                  suggestions: ({
                      /** @enum {string} */
                      kind: "email" | "phone" | "postcode-address" | "name" | "offensive" | "duplicate";
                      match: string;
                      start: number;
                      end: number;
                    })[];
                  duplicateOf: string | null;
                  themes: string[];
                  rejectReason: string | null;
                  submittedOn: string;
                  moderatedAt: string | null;
                  permissions: {
                    approve: boolean;
                    reject: boolean;
                    tag: boolean;
                  };
                })[];
              /** @description The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation */
              permissions: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
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
        403: {
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
  "/api/v1/perception/stories/{id}/approve": {
    /**
     * Approve a story, with redaction and themes
     * @description Give `redact` (spans of the original, e.g. accepted suggestions → [verwijderd]) or the final `text`. Replies with warnings when the final text still looks like it holds personal data.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            text?: string;
            redact?: {
                start: number;
                end: number;
              }[];
            themes?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              story: {
                id: string;
                buurtCode: string;
                wijkCode: string | null;
                year: number;
                /** @enum {string} */
                status: "pending" | "approved" | "rejected";
                /** @description Original text while pending; the redacted text once approved; empty once rejected */
                text: string;
                /** @description Automatic findings (personal data, offensive words, near-duplicate) — suggestions, the moderator decides */
                suggestions: ({
                    /** @enum {string} */
                    kind: "email" | "phone" | "postcode-address" | "name" | "offensive" | "duplicate";
                    match: string;
                    start: number;
                    end: number;
                  })[];
                duplicateOf: string | null;
                themes: string[];
                rejectReason: string | null;
                submittedOn: string;
                moderatedAt: string | null;
                permissions: {
                  approve: boolean;
                  reject: boolean;
                  tag: boolean;
                };
              };
              warnings: string[];
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
      };
    };
  };
  "/api/v1/perception/stories/{id}/reject": {
    /** Reject a story with a reason (the text is deleted) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description e.g. "beledigend", "persoonsgegevens", "geen buurtverhaal", "dubbel" */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              buurtCode: string;
              wijkCode: string | null;
              year: number;
              /** @enum {string} */
              status: "pending" | "approved" | "rejected";
              /** @description Original text while pending; the redacted text once approved; empty once rejected */
              text: string;
              /** @description Automatic findings (personal data, offensive words, near-duplicate) — suggestions, the moderator decides */
              suggestions: ({
                  /** @enum {string} */
                  kind: "email" | "phone" | "postcode-address" | "name" | "offensive" | "duplicate";
                  match: string;
                  start: number;
                  end: number;
                })[];
              duplicateOf: string | null;
              themes: string[];
              rejectReason: string | null;
              submittedOn: string;
              moderatedAt: string | null;
              permissions: {
                approve: boolean;
                reject: boolean;
                tag: boolean;
              };
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
      };
    };
  };
  "/api/v1/perception/stories/{id}/themes": {
    /** Set the theme tags of an approved story */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            themes: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              buurtCode: string;
              wijkCode: string | null;
              year: number;
              /** @enum {string} */
              status: "pending" | "approved" | "rejected";
              /** @description Original text while pending; the redacted text once approved; empty once rejected */
              text: string;
              /** @description Automatic findings (personal data, offensive words, near-duplicate) — suggestions, the moderator decides */
              suggestions: ({
                  /** @enum {string} */
                  kind: "email" | "phone" | "postcode-address" | "name" | "offensive" | "duplicate";
                  match: string;
                  start: number;
                  end: number;
                })[];
              duplicateOf: string | null;
              themes: string[];
              rejectReason: string | null;
              submittedOn: string;
              moderatedAt: string | null;
              permissions: {
                approve: boolean;
                reject: boolean;
                tag: boolean;
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
      };
    };
  };
  "/api/v1/perception/themes": {
    /** Theme tags */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              themes: {
                  slug: string;
                  name: string;
                }[];
            };
          };
        };
      };
    };
    /** Add a theme tag (perception:moderate) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            slug: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              slug: string;
              name: string;
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
      };
    };
  };
  "/api/v1/perception/theme-counts": {
    /** Approved stories per theme per buurt or wijk */
    get: {
      parameters: {
        query: {
          level?: "buurt" | "wijk";
          year: number;
          /** @description CBS area code (GM/WK/BU) */
          area?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              counts: {
                  areaCode: string;
                  theme: string;
                  name: string;
                  stories: number;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/areas/{code}/safety-profile": {
    /**
     * Safety profile of a buurt, wijk or the gemeente
     * @description Four indices (registered crime, reported nuisance, victimisation, perceived unsafety), 100 = city average in the base year, with components, combined index, method and data gaps.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
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
              areaName: string;
              /** @enum {string} */
              level: "gemeente" | "wijk" | "buurt";
              population: number | null;
              year: number;
              baseYear: number;
              /** @enum {string} */
              orientation: "higher-is-worse";
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
              /** @description The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation */
              permissions: string[];
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
  "/api/v1/perception/discrepancies": {
    /**
     * Discrepancy view: feeling unsafe vs registered crime (perception:read)
     * @description Quadrant data per area: x = registered-crime index, y = perceived-unsafety index, gap = y − x; flagged when |gap| ≥ minGap, with story themes, top report categories and pulse problems.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
          level?: "buurt" | "wijk";
          minGap?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              level: "buurt" | "wijk";
              year: number;
              baseYear: number;
              minGap: number;
              points: ({
                  areaCode: string;
                  areaName: string;
                  /** @description Registered-crime index */
                  x: number;
                  /** @description Perceived-unsafety index */
                  y: number;
                  /** @description y − x */
                  gap: number;
                  /** @enum {string} */
                  quadrant: "unsafe-feeling-low-crime" | "safe-feeling-high-crime" | "both-high" | "both-low";
                  flagged: boolean;
                  perceivedSource: string;
                  n: number | null;
                  themes: {
                      theme: string;
                      name: string;
                      stories: number;
                    }[];
                  reportCategories: ({
                      category: string;
                      name: string;
                      /** @description null: fewer than the disclosure minimum, not shown without analysis:detail */
                      reports: number | null;
                    })[];
                  pulseProblems: {
                      code: string;
                      answers: number;
                    }[];
                })[];
              areasWithoutBothIndices: string[];
              /** @description The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation */
              permissions: string[];
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
        401: {
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
        403: {
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
  "/api/v1/areas/{code}/perception-trends": {
    /** Trends over years with significance where margins allow */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated indicator codes (default: all with figures) */
          indicator?: string;
          /** @description First year (default: `to` − 5) */
          from?: number;
          /** @description Last year (default: the latest year with data, as for the safety profile) */
          to?: number;
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
              survey: ({
                  indicatorCode: string;
                  points: ({
                      year: number;
                      value: number | null;
                      margin: number | null;
                      n: number | null;
                      suppressed: boolean;
                      vsPrevious: ({
                        difference: number;
                        z: number | null;
                        /** @description null when a margin is missing */
                        significant: boolean | null;
                        fromYear: number;
                      }) | null;
                    })[];
                  overall: ({
                    difference: number;
                    z: number | null;
                    /** @description null when a margin is missing */
                    significant: boolean | null;
                    fromYear: number;
                    toYear: number;
                  }) | null;
                })[];
              crime: ({
                  year: number;
                  ratePer1000: number | null;
                })[];
              pulse: ({
                  year: number;
                  n: number;
                  meanNight: number | null;
                  suppressed: boolean;
                })[];
              method: string;
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
  "/api/v1/areas/{code}/report.html": {
    /**
     * Wijkgesprek report as HTML (perception:read)
     * @description Self-contained Dutch HTML page (map, four indices, trends, top report categories, hot times, residents’ themes, missions). Errors: 400, 401, 403, 404 problem+json.
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
        };
        path: {
          code: string;
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
  "/api/v1/areas/{code}/report.pdf": {
    /**
     * Wijkgesprek report as PDF (perception:read)
     * @description Rendered from the HTML version by headless Chromium (A4), a few at a time (STADSVEILIG_PDF_CONCURRENCY, a bounded queue behind them). Errors: 400, 401, 403, 404; 429 after STADSVEILIG_PDF_PER_MINUTE PDFs of one user in a minute; 503 pdf-busy when the queue is full, 503 pdf-unavailable when Chromium is missing, fails or takes over 30 s (all with retry-after where waiting helps).
     */
    get: {
      parameters: {
        query?: {
          /** @description Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year). */
          year?: number;
          /** @description 100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year) */
          baseYear?: number;
          /** @description Weight of the objective part in the combined index (default 50) */
          weightObjective?: number;
        };
        path: {
          code: string;
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
  "/api/v1/public/areas/{code}/safety": {
    /**
     * Public neighbourhood page: aggregated safety figures
     * @description Indices with n and gaps, pulse summary, theme counts and approved stories; never individual reports or unapproved stories. Links to the pulse questionnaire for a buurt.
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
  "/api/v1/partners": {
    /** Partner organisations (no personal data) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              partners: ({
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
                  contactRole: string | null;
                  description: string | null;
                  /** @description Missions this partner takes part in */
                  missions: number;
                })[];
            };
          };
        };
      };
    };
    /** Add a partner organisation (coordinators, admins) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description Organisation name — never a person */
            name: string;
            /** @enum {string} */
            kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
            /** @description A function, e.g. 'wijkagent', 'buurtregisseur'; no names or contact details */
            contactRole?: string;
            description?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              name: string;
              /** @enum {string} */
              kind: "police" | "public-prosecutor" | "social-team" | "housing-corporation" | "school" | "youth-work" | "care" | "business" | "residents" | "municipality" | "other";
              contactRole: string | null;
              description: string | null;
              /** @description Missions this partner takes part in */
              missions: number;
            };
          };
        };
      };
    };
  };
  "/api/v1/partners/{id}/members": {
    /** Let a partner-role account act for this partner (sees its missions) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * Format: uuid
             * @description A user account (role partner) that acts for this partner
             */
            userId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/missions/{id}/goals": {
    /** Goals with live baseline, current value and computed progress */
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
              goals: ({
                  id: string;
                  missionId: string;
                  title: string;
                  /** @description What the goal measures */
                  indicator: OneOf<[{
                    /** @enum {string} */
                    source: "registered-crime";
                    /** @description CBS codes; default: the mission's crime types */
                    crimeTypes?: string[];
                  }, {
                    /** @enum {string} */
                    source: "reports";
                    /** @description Report categories; default: the mission's */
                    categories?: string[];
                  }, {
                    /** @enum {string} */
                    source: "perception";
                    /** @description Perception indicator code (GET /perception/indicators) */
                    indicatorCode: string;
                    /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                    areaCode: string;
                  }, {
                    /** @enum {string} */
                    source: "custom";
                    name: string;
                    /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                    unit: string;
                  }]>;
                  indicatorLabel: string;
                  /** @enum {string} */
                  direction: "decrease" | "increase";
                  baseline: {
                    from: string;
                    to: string;
                    /** @description Value computed when the goal was set */
                    frozenValue: number | null;
                    /** @description Recomputed from today’s data */
                    reading: ({
                      /** @description null when suppressed for the caller (disclosure) */
                      value: number | null;
                      suppressed: boolean;
                      margin: number | null;
                      from: string;
                      to: string;
                      source: string;
                      /** @enum {string} */
                      kind: "count" | "estimate" | "measurement";
                    }) | null;
                  };
                  target: {
                    value: number;
                    deadline: string;
                  };
                  /** @description Newest value over a window as long as the baseline */
                  current: ({
                    /** @description null when suppressed for the caller (disclosure) */
                    value: number | null;
                    suppressed: boolean;
                    margin: number | null;
                    from: string;
                    to: string;
                    source: string;
                    /** @enum {string} */
                    kind: "count" | "estimate" | "measurement";
                  }) | null;
                  /** @description Computed from the readings, never entered */
                  progress: {
                    /**
                     * @description suppressed: a reading may not be shown to the caller, so neither may progress
                     * @enum {string}
                     */
                    status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                    fraction: number | null;
                    expectedFraction: number;
                    change: number | null;
                    changeSignificant: boolean | null;
                    explanation: string;
                    asOf: string;
                  };
                  measurements: ({
                      id: string;
                      measuredOn: string;
                      value: number;
                      source: string;
                      note: string | null;
                      enteredBy: string;
                    })[];
                  permissions: {
                    edit: boolean;
                    addMeasurement: boolean;
                  };
                  /** @description Disclosure control the figures of this reply were shown under */
                  disclosure: {
                    /** @description The caller sees every figure (analysis:detail) */
                    detail: boolean;
                    /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                    minCount: number;
                    /** @description How many figures of this reply are null because of disclosure control */
                    suppressed: number;
                    /** @description The scope is below the minimum scope size: no figures without detail */
                    smallScope: boolean;
                    /** @description Why figures are missing, for the reader (Dutch) */
                    note: string | null;
                  };
                })[];
            };
          };
        };
      };
    };
    /**
     * Add a goal (KPI): indicator, baseline period, target, deadline
     * @description The baseline value is computed from data over [baselineFrom, baselineTo) and frozen for the record; progress always uses live readings.
     */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            /** @description What the goal measures */
            indicator: OneOf<[{
              /** @enum {string} */
              source: "registered-crime";
              /** @description CBS codes; default: the mission's crime types */
              crimeTypes?: string[];
            }, {
              /** @enum {string} */
              source: "reports";
              /** @description Report categories; default: the mission's */
              categories?: string[];
            }, {
              /** @enum {string} */
              source: "perception";
              /** @description Perception indicator code (GET /perception/indicators) */
              indicatorCode: string;
              /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
              areaCode: string;
            }, {
              /** @enum {string} */
              source: "custom";
              name: string;
              /** @description e.g. 'aantal', '%', 'rapportcijfer' */
              unit: string;
            }]>;
            /**
             * @description Which way is better
             * @enum {string}
             */
            direction: "decrease" | "increase";
            /**
             * Format: date
             * @description Start of the baseline period (inclusive)
             */
            baselineFrom: string;
            /**
             * Format: date
             * @description End of the baseline period (exclusive); current values use windows of the same length
             */
            baselineTo: string;
            /** @description Target value, in the unit of the indicator over a window as long as the baseline */
            target: number;
            /** Format: date */
            deadline: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              /** @description What the goal measures */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "registered-crime";
                /** @description CBS codes; default: the mission's crime types */
                crimeTypes?: string[];
              }, {
                /** @enum {string} */
                source: "reports";
                /** @description Report categories; default: the mission's */
                categories?: string[];
              }, {
                /** @enum {string} */
                source: "perception";
                /** @description Perception indicator code (GET /perception/indicators) */
                indicatorCode: string;
                /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                areaCode: string;
              }, {
                /** @enum {string} */
                source: "custom";
                name: string;
                /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                unit: string;
              }]>;
              indicatorLabel: string;
              /** @enum {string} */
              direction: "decrease" | "increase";
              baseline: {
                from: string;
                to: string;
                /** @description Value computed when the goal was set */
                frozenValue: number | null;
                /** @description Recomputed from today’s data */
                reading: ({
                  /** @description null when suppressed for the caller (disclosure) */
                  value: number | null;
                  suppressed: boolean;
                  margin: number | null;
                  from: string;
                  to: string;
                  source: string;
                  /** @enum {string} */
                  kind: "count" | "estimate" | "measurement";
                }) | null;
              };
              target: {
                value: number;
                deadline: string;
              };
              /** @description Newest value over a window as long as the baseline */
              current: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
              /** @description Computed from the readings, never entered */
              progress: {
                /**
                 * @description suppressed: a reading may not be shown to the caller, so neither may progress
                 * @enum {string}
                 */
                status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                fraction: number | null;
                expectedFraction: number;
                change: number | null;
                changeSignificant: boolean | null;
                explanation: string;
                asOf: string;
              };
              measurements: ({
                  id: string;
                  measuredOn: string;
                  value: number;
                  source: string;
                  note: string | null;
                  enteredBy: string;
                })[];
              permissions: {
                edit: boolean;
                addMeasurement: boolean;
              };
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/goals/{goalId}": {
    /** One goal with progress */
    get: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              /** @description What the goal measures */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "registered-crime";
                /** @description CBS codes; default: the mission's crime types */
                crimeTypes?: string[];
              }, {
                /** @enum {string} */
                source: "reports";
                /** @description Report categories; default: the mission's */
                categories?: string[];
              }, {
                /** @enum {string} */
                source: "perception";
                /** @description Perception indicator code (GET /perception/indicators) */
                indicatorCode: string;
                /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                areaCode: string;
              }, {
                /** @enum {string} */
                source: "custom";
                name: string;
                /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                unit: string;
              }]>;
              indicatorLabel: string;
              /** @enum {string} */
              direction: "decrease" | "increase";
              baseline: {
                from: string;
                to: string;
                /** @description Value computed when the goal was set */
                frozenValue: number | null;
                /** @description Recomputed from today’s data */
                reading: ({
                  /** @description null when suppressed for the caller (disclosure) */
                  value: number | null;
                  suppressed: boolean;
                  margin: number | null;
                  from: string;
                  to: string;
                  source: string;
                  /** @enum {string} */
                  kind: "count" | "estimate" | "measurement";
                }) | null;
              };
              target: {
                value: number;
                deadline: string;
              };
              /** @description Newest value over a window as long as the baseline */
              current: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
              /** @description Computed from the readings, never entered */
              progress: {
                /**
                 * @description suppressed: a reading may not be shown to the caller, so neither may progress
                 * @enum {string}
                 */
                status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                fraction: number | null;
                expectedFraction: number;
                change: number | null;
                changeSignificant: boolean | null;
                explanation: string;
                asOf: string;
              };
              measurements: ({
                  id: string;
                  measuredOn: string;
                  value: number;
                  source: string;
                  note: string | null;
                  enteredBy: string;
                })[];
              permissions: {
                edit: boolean;
                addMeasurement: boolean;
              };
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
    /** Remove a goal */
    delete: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Change title, target or deadline */
    patch: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      /** @description Title, target and deadline can change; a different indicator or baseline is a new goal */
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            target?: number;
            /** Format: date */
            deadline?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              /** @description What the goal measures */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "registered-crime";
                /** @description CBS codes; default: the mission's crime types */
                crimeTypes?: string[];
              }, {
                /** @enum {string} */
                source: "reports";
                /** @description Report categories; default: the mission's */
                categories?: string[];
              }, {
                /** @enum {string} */
                source: "perception";
                /** @description Perception indicator code (GET /perception/indicators) */
                indicatorCode: string;
                /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                areaCode: string;
              }, {
                /** @enum {string} */
                source: "custom";
                name: string;
                /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                unit: string;
              }]>;
              indicatorLabel: string;
              /** @enum {string} */
              direction: "decrease" | "increase";
              baseline: {
                from: string;
                to: string;
                /** @description Value computed when the goal was set */
                frozenValue: number | null;
                /** @description Recomputed from today’s data */
                reading: ({
                  /** @description null when suppressed for the caller (disclosure) */
                  value: number | null;
                  suppressed: boolean;
                  margin: number | null;
                  from: string;
                  to: string;
                  source: string;
                  /** @enum {string} */
                  kind: "count" | "estimate" | "measurement";
                }) | null;
              };
              target: {
                value: number;
                deadline: string;
              };
              /** @description Newest value over a window as long as the baseline */
              current: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
              /** @description Computed from the readings, never entered */
              progress: {
                /**
                 * @description suppressed: a reading may not be shown to the caller, so neither may progress
                 * @enum {string}
                 */
                status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                fraction: number | null;
                expectedFraction: number;
                change: number | null;
                changeSignificant: boolean | null;
                explanation: string;
                asOf: string;
              };
              measurements: ({
                  id: string;
                  measuredOn: string;
                  value: number;
                  source: string;
                  note: string | null;
                  enteredBy: string;
                })[];
              permissions: {
                edit: boolean;
                addMeasurement: boolean;
              };
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/goals/{goalId}/measurements": {
    /** Enter a measurement of a custom indicator (data with date and source) */
    post: {
      parameters: {
        path: {
          id: string;
          goalId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: date */
            measuredOn: string;
            value: number;
            /** @description Where the figure comes from, e.g. 'schouw wijkteam', 'telling corporatie' */
            source: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              /** @description What the goal measures */
              indicator: OneOf<[{
                /** @enum {string} */
                source: "registered-crime";
                /** @description CBS codes; default: the mission's crime types */
                crimeTypes?: string[];
              }, {
                /** @enum {string} */
                source: "reports";
                /** @description Report categories; default: the mission's */
                categories?: string[];
              }, {
                /** @enum {string} */
                source: "perception";
                /** @description Perception indicator code (GET /perception/indicators) */
                indicatorCode: string;
                /** @description Survey area: the buurt, wijk or gemeente the estimate is for */
                areaCode: string;
              }, {
                /** @enum {string} */
                source: "custom";
                name: string;
                /** @description e.g. 'aantal', '%', 'rapportcijfer' */
                unit: string;
              }]>;
              indicatorLabel: string;
              /** @enum {string} */
              direction: "decrease" | "increase";
              baseline: {
                from: string;
                to: string;
                /** @description Value computed when the goal was set */
                frozenValue: number | null;
                /** @description Recomputed from today’s data */
                reading: ({
                  /** @description null when suppressed for the caller (disclosure) */
                  value: number | null;
                  suppressed: boolean;
                  margin: number | null;
                  from: string;
                  to: string;
                  source: string;
                  /** @enum {string} */
                  kind: "count" | "estimate" | "measurement";
                }) | null;
              };
              target: {
                value: number;
                deadline: string;
              };
              /** @description Newest value over a window as long as the baseline */
              current: ({
                /** @description null when suppressed for the caller (disclosure) */
                value: number | null;
                suppressed: boolean;
                margin: number | null;
                from: string;
                to: string;
                source: string;
                /** @enum {string} */
                kind: "count" | "estimate" | "measurement";
              }) | null;
              /** @description Computed from the readings, never entered */
              progress: {
                /**
                 * @description suppressed: a reading may not be shown to the caller, so neither may progress
                 * @enum {string}
                 */
                status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                fraction: number | null;
                expectedFraction: number;
                change: number | null;
                changeSignificant: boolean | null;
                explanation: string;
                asOf: string;
              };
              measurements: ({
                  id: string;
                  measuredOn: string;
                  value: number;
                  source: string;
                  note: string | null;
                  enteredBy: string;
                })[];
              permissions: {
                edit: boolean;
                addMeasurement: boolean;
              };
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/participants": {
    /** Partners, residents’ initiatives and groups taking part */
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
              participants: ({
                  id: string;
                  /** @enum {string} */
                  kind: "partner" | "initiative" | "group";
                  partnerId: string | null;
                  partnerKind: string | null;
                  name: string;
                  role: string | null;
                  joinedOn: string | null;
                })[];
            };
          };
        };
      };
    };
    /** Add a participant */
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
            kind: "partner" | "initiative" | "group";
            /**
             * Format: uuid
             * @description For kind partner
             */
            partnerId?: string;
            /** @description For initiatives and groups: e.g. 'Buurtpreventie Crabbehof' (no personal names) */
            name?: string;
            /** @description What they contribute */
            role?: string;
            /** Format: date */
            joinedOn?: string;
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
              kind: "partner" | "initiative" | "group";
              partnerId: string | null;
              partnerKind: string | null;
              name: string;
              role: string | null;
              joinedOn: string | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/participants/{participantId}": {
    /** Remove a participant */
    delete: {
      parameters: {
        path: {
          id: string;
          participantId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/missions/{id}/log": {
    /** Log of decisions and meetings, newest first */
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
              entries: ({
                  id: string;
                  /** @enum {string} */
                  kind: "decision" | "meeting" | "note";
                  occurredOn: string;
                  title: string;
                  body: string;
                  actor: string;
                  createdAt: string;
                })[];
            };
          };
        };
      };
    };
    /** Record a decision, meeting or note */
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
            kind: "decision" | "meeting" | "note";
            /** Format: date */
            occurredOn: string;
            title: string;
            /**
             * @description Decisions and agreements; no personal data of residents
             * @default
             */
            body?: string;
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
              kind: "decision" | "meeting" | "note";
              occurredOn: string;
              title: string;
              body: string;
              actor: string;
              createdAt: string;
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/measures": {
    /** Measures with legal basis (powers) and EAST design (behavioural) */
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
              measures: ({
                  id: string;
                  missionId: string;
                  title: string;
                  description: string;
                  /** @enum {string} */
                  type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
                  powerKind: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
                  powerLabel: string | null;
                  legalBasis: string | null;
                  ownerPartner: {
                    id: string;
                    name: string;
                  } | null;
                  startDate: string | null;
                  endDate: string | null;
                  costEur: number | null;
                  /** @enum {string} */
                  status: "planned" | "running" | "paused" | "finished" | "cancelled";
                  design: {
                    /** @description Easy: how the wanted behaviour is made simple */
                    easy: string;
                    /** @description Attractive: how it draws attention or is rewarded */
                    attractive: string;
                    /** @description Social: norms, commitments, networks used */
                    social: string;
                    /** @description Timely: the moment people are reached */
                    timely: string;
                  } | null;
                  hypothesis: string | null;
                  scope: unknown;
                  permissions: {
                    edit: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
    /** Add a measure */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            /** @default */
            description?: string;
            /** @enum {string} */
            type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
            /** @description Required for type administrative-power, absent otherwise */
            powerKind?: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
            /** @description Defaults to the legal basis of the power */
            legalBasis?: string | null;
            ownerPartnerId?: string | null;
            startDate?: string | null;
            endDate?: string | null;
            costEur?: number | null;
            /**
             * @default planned
             * @enum {string}
             */
            status?: "planned" | "running" | "paused" | "finished" | "cancelled";
            design?: {
              /** @description Easy: how the wanted behaviour is made simple */
              easy: string;
              /** @description Attractive: how it draws attention or is rewarded */
              attractive: string;
              /** @description Social: norms, commitments, networks used */
              social: string;
              /** @description Timely: the moment people are reached */
              timely: string;
            } | null;
            /** @description If we do X, then Y changes, because Z */
            hypothesis?: string | null;
            /** @description The measure’s own area when smaller than the mission’s (effect per measure) */
            scope?: OneOf<[{
              /** @enum {string} */
              kind: "buurten";
              /** @description CBS indeling (vintage) of the codes */
              year: number;
              codes: string[];
            }, {
              /** @enum {string} */
              kind: "cells";
              /** @description Cell size in metres */
              cellSize: number;
              /** @description South-west corners in RD New metres, multiples of cellSize (as the analysis grid) */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              kind: "polygon";
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]>;
            }]> | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              description: string;
              /** @enum {string} */
              type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
              powerKind: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
              powerLabel: string | null;
              legalBasis: string | null;
              ownerPartner: {
                id: string;
                name: string;
              } | null;
              startDate: string | null;
              endDate: string | null;
              costEur: number | null;
              /** @enum {string} */
              status: "planned" | "running" | "paused" | "finished" | "cancelled";
              design: {
                /** @description Easy: how the wanted behaviour is made simple */
                easy: string;
                /** @description Attractive: how it draws attention or is rewarded */
                attractive: string;
                /** @description Social: norms, commitments, networks used */
                social: string;
                /** @description Timely: the moment people are reached */
                timely: string;
              } | null;
              hypothesis: string | null;
              scope: unknown;
              permissions: {
                edit: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/measures/{measureId}": {
    /** Remove a measure */
    delete: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
    /** Change a measure (status, dates, cost, …) */
    patch: {
      parameters: {
        path: {
          id: string;
          measureId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            description?: string;
            /** @enum {string} */
            type?: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
            /** @description Required for type administrative-power, absent otherwise */
            powerKind?: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
            /** @description Defaults to the legal basis of the power */
            legalBasis?: string | null;
            ownerPartnerId?: string | null;
            startDate?: string | null;
            endDate?: string | null;
            costEur?: number | null;
            /** @enum {string} */
            status?: "planned" | "running" | "paused" | "finished" | "cancelled";
            design?: {
              /** @description Easy: how the wanted behaviour is made simple */
              easy: string;
              /** @description Attractive: how it draws attention or is rewarded */
              attractive: string;
              /** @description Social: norms, commitments, networks used */
              social: string;
              /** @description Timely: the moment people are reached */
              timely: string;
            } | null;
            /** @description If we do X, then Y changes, because Z */
            hypothesis?: string | null;
            /** @description The measure’s own area when smaller than the mission’s (effect per measure) */
            scope?: OneOf<[{
              /** @enum {string} */
              kind: "buurten";
              /** @description CBS indeling (vintage) of the codes */
              year: number;
              codes: string[];
            }, {
              /** @enum {string} */
              kind: "cells";
              /** @description Cell size in metres */
              cellSize: number;
              /** @description South-west corners in RD New metres, multiples of cellSize (as the analysis grid) */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              kind: "polygon";
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]>;
            }]> | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              missionId: string;
              title: string;
              description: string;
              /** @enum {string} */
              type: "preventive" | "repressive" | "care" | "behavioural" | "administrative-power";
              powerKind: ("gebiedsverbod" | "sluiting" | "camera" | "bibob") | null;
              powerLabel: string | null;
              legalBasis: string | null;
              ownerPartner: {
                id: string;
                name: string;
              } | null;
              startDate: string | null;
              endDate: string | null;
              costEur: number | null;
              /** @enum {string} */
              status: "planned" | "running" | "paused" | "finished" | "cancelled";
              design: {
                /** @description Easy: how the wanted behaviour is made simple */
                easy: string;
                /** @description Attractive: how it draws attention or is rewarded */
                attractive: string;
                /** @description Social: norms, commitments, networks used */
                social: string;
                /** @description Timely: the moment people are reached */
                timely: string;
              } | null;
              hypothesis: string | null;
              scope: unknown;
              permissions: {
                edit: boolean;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/effect": {
    /**
     * Effect evaluation (Maryland level 3): DiD against suggested comparison buurten, displacement ring, survey margins
     * @description Settings (comparison buurten, ring width, minimum weeks/counts) are edited with PATCH /missions/{id} `effectSettings`. Pass measureId for the effect of one measure (its start date and scope).
     */
    get: {
      parameters: {
        query?: {
          measureId?: string;
        };
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missionId: string;
              measureId: string | null;
              subject: string;
              /** @enum {string} */
              status: "ok" | "not-enough-data";
              /** @description Why there is no effect figure yet (empty when status is ok) */
              reasons: string[];
              crime: ({
                periods: {
                  before: {
                    from: string;
                    to: string;
                  };
                  after: {
                    from: string;
                    to: string;
                  };
                };
                counts: {
                  /** @description null when suppressed for the caller (disclosure) */
                  target: {
                    before: number | null;
                    after: number | null;
                  };
                  /** @description null when suppressed for the caller (disclosure) */
                  comparison: {
                    before: number | null;
                    after: number | null;
                  };
                  /** @description null when suppressed for the caller (disclosure) */
                  ring: {
                    before: number | null;
                    after: number | null;
                  };
                  /** @description null when suppressed for the caller (disclosure) */
                  comparisonRing: {
                    before: number | null;
                    after: number | null;
                  };
                };
                comparison: {
                  codes: string[];
                  names: string[];
                  suggested: boolean;
                  ringCodes: string[];
                  /** @description target features, scales and the nearest candidates {code, name, level, slope, total, distance} — to edit the choice */
                  suggestion: unknown;
                };
                ring: {
                  /** @enum {string} */
                  kind: "buurten" | "distance";
                  codes: string[];
                  metres: number | null;
                };
                did: {
                  irr: number;
                  percentChange: number;
                  logIrr: number;
                  se: number;
                  ciLow: number;
                  ciHigh: number;
                  z: number;
                  p: number;
                  continuityCorrected: boolean;
                } | null;
                wdd: {
                  local: number;
                  displacement: number;
                  total: number;
                  variance: number;
                  se: number;
                  z: number;
                  p: number;
                  ciLow: number;
                  ciHigh: number;
                } | null;
                /** @description Log slope per year in the pre-period (null, like did and wdd, when a count it comes from is suppressed) */
                preTrend: {
                  target: number;
                  comparison: number;
                } | null;
              }) | null;
              /** @description Method, data period and design in words — show next to every figure */
              method: string | null;
              caveats: string[];
              /** @description Perceived-safety goals: difference of survey estimates with margins */
              perception: ({
                  goalId: string;
                  title: string;
                  indicatorCode: string;
                  areaCode: string;
                  before: ({
                    year: number;
                    value: number;
                    margin: number | null;
                  }) | null;
                  after: ({
                    year: number;
                    value: number;
                    margin: number | null;
                  }) | null;
                  difference: number | null;
                  margin: number | null;
                  significant: boolean | null;
                  /** @description Gemeente as comparison: {areaCode, before, after, differenceInDifferences, margin, significant} or null */
                  comparison: unknown;
                  method: string | null;
                  reason: string | null;
                })[];
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/portfolio": {
    /** All visible missions with status, KPI progress and next review, plus their scopes as GeoJSON */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missions: ({
                  id: string;
                  number: string;
                  title: string;
                  /** @enum {string} */
                  status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  statusLabel: string;
                  /** @enum {string} */
                  priority: "low" | "medium" | "high" | "urgent";
                  scope: unknown;
                  scopeDescription: string;
                  owner: {
                    id: string;
                    displayName: string;
                  } | null;
                  startDate: string | null;
                  nextReview: string | null;
                  reviewOverdue: boolean;
                  updatedAt: string;
                  /** @description The caller's permissions on this mission */
                  permissions: {
                    read: boolean;
                    edit: boolean;
                    transition: boolean;
                    publish: boolean;
                    addLog: boolean;
                  };
                  kpis: ({
                      goalId: string;
                      title: string;
                      /** @enum {string} */
                      status: "achieved" | "on-track" | "behind" | "no-data" | "suppressed";
                      fraction: number | null;
                      expectedFraction: number;
                    })[];
                  /** @description The worst goal status (behind < no-data < suppressed < on-track < achieved); null without goals */
                  kpiStatus: ("achieved" | "on-track" | "behind" | "no-data" | "suppressed") | null;
                })[];
              map: {
                /** @enum {string} */
                type: "FeatureCollection";
                features: ({
                    /** @enum {string} */
                    type: "Feature";
                    id: string;
                    properties: {
                      id: string;
                      number: string;
                      title: string;
                      status: string;
                      priority: string;
                      /** @description The worst goal status (behind < no-data < suppressed < on-track < achieved); null without goals */
                      kpiStatus: ("achieved" | "on-track" | "behind" | "no-data" | "suppressed") | null;
                    };
                    geometry: {
                      /** @enum {string} */
                      type: "MultiPolygon";
                      coordinates: number[][][][];
                    };
                  })[];
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/prioritisation": {
    /** Open missions ranked on impact × feasibility, with quadrant and rationale */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missions: ({
                  id: string;
                  number: string;
                  title: string;
                  status: string;
                  priority: string;
                  rank: number;
                  /** @description impact · feasibility, 1–25 */
                  score: number | null;
                  /** @enum {string} */
                  quadrant: "do-first" | "invest" | "quick-win" | "reconsider" | "unscored";
                  impactScore: number | null;
                  impactRationale: string | null;
                  feasibilityScore: number | null;
                  feasibilityRationale: string | null;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/candidates": {
    /** Turn early-warning alerts into candidate missions (grouped per buurt and crime type, with coverage by open missions) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            alerts: {
                areaCode: string;
                areaName?: string;
                crimeType: string;
                /** Format: date */
                weekStart: string;
                count: number;
                expected: number;
                upper: number;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              candidates: ({
                  key: string;
                  areaCode: string;
                  areaName: string | null;
                  crimeType: string;
                  weeks: string[];
                  count: number;
                  expected: number;
                  excess: number;
                  ratio: number | null;
                  coveredBy: {
                    id: string;
                    number: string;
                  } | null;
                  suggestedTitle: string;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/public-summary": {
    /** Write the public summary (becomes a draft until approved) */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            summary: string;
            /** @default */
            join?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/missions/{id}/public-summary/approval": {
    /** Approve (or withdraw) the public summary (missions:publish) */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            approve: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
      };
    };
  };
  "/api/v1/public/missions": {
    /** Approved public summaries of missions (no login, no personal data) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missions: ({
                  id: string;
                  number: string;
                  title: string;
                  summary: string;
                  /** @description How residents can take part */
                  join: string;
                  status: string;
                  statusLabel: string;
                  area: string;
                  geometry: {
                    /** @enum {string} */
                    type: "MultiPolygon";
                    coordinates: number[][][][];
                  } | null;
                  approvedAt: string | null;
                  goals: ({
                      title: string;
                      indicator: string;
                      baseline: number | null;
                      current: number | null;
                      target: number;
                      deadline: string;
                      progress: {
                        status: string;
                        fraction: number | null;
                        explanation: string;
                      };
                      /** @description Figures withheld: public pages show no small counts and nothing of a mission with a small area */
                      suppressed: boolean;
                    })[];
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/public/missions/{id}": {
    /** One approved public mission summary */
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
              number: string;
              title: string;
              summary: string;
              /** @description How residents can take part */
              join: string;
              status: string;
              statusLabel: string;
              area: string;
              geometry: {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: number[][][][];
              } | null;
              approvedAt: string | null;
              goals: ({
                  title: string;
                  indicator: string;
                  baseline: number | null;
                  current: number | null;
                  target: number;
                  deadline: string;
                  progress: {
                    status: string;
                    fraction: number | null;
                    explanation: string;
                  };
                  /** @description Figures withheld: public pages show no small counts and nothing of a mission with a small area */
                  suppressed: boolean;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/missions": {
    /** Missions the caller may see (staff: all; partners: those they take part in) */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated statuses */
          status?: ("idea" | "analysis" | "approach" | "running" | "evaluation" | "closed")[];
          priority?: "low" | "medium" | "high" | "urgent";
          /** @description 'me' or a user id */
          owner?: string;
          /** @description Missions whose buurten scope holds this buurt */
          area?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              missions: ({
                  id: string;
                  number: string;
                  title: string;
                  /** @enum {string} */
                  status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  statusLabel: string;
                  /** @enum {string} */
                  priority: "low" | "medium" | "high" | "urgent";
                  scope: unknown;
                  scopeDescription: string;
                  owner: {
                    id: string;
                    displayName: string;
                  } | null;
                  startDate: string | null;
                  nextReview: string | null;
                  reviewOverdue: boolean;
                  updatedAt: string;
                  /** @description The caller's permissions on this mission */
                  permissions: {
                    read: boolean;
                    edit: boolean;
                    transition: boolean;
                    publish: boolean;
                    addLog: boolean;
                  };
                })[];
            };
          };
        };
      };
    };
    /**
     * Create a mission ("make this a mission") with its evidence frozen from the analysis
     * @description Runnable evidence kinds are computed on the server now and stored with their query and the mission scope, so they can be re-run later. Query parameters per kind: crime-counts {year, crimeType?}; hotcrimes {from, to, baselineFrom, baselineTo, minCount?}; hottimes {from, to, crimeTypes?}; concentration {from, to, of: offender|victim|address, crimeTypes?} (shares and Gini only, never ids); report-counts {from, to, categories?}; snapshot: send `result` (not re-runnable).
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            title: string;
            /**
             * @description The problem in words: what, where, when, who suffers
             * @default
             */
            problemStatement?: string;
            /** @description Mission area: buurten, grid cells or a drawn polygon */
            scope: OneOf<[{
              /** @enum {string} */
              kind: "buurten";
              /** @description CBS indeling (vintage) of the codes */
              year: number;
              codes: string[];
            }, {
              /** @enum {string} */
              kind: "cells";
              /** @description Cell size in metres */
              cellSize: number;
              /** @description South-west corners in RD New metres, multiples of cellSize (as the analysis grid) */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              kind: "polygon";
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]>;
            }]>;
            /**
             * @description Hotcrimes the mission targets (CBS codes)
             * @default []
             */
            crimeTypes?: string[];
            /**
             * @description Residents' report categories (slugs)
             * @default []
             */
            signalCategories?: string[];
            /**
             * @description Hottimes the mission targets
             * @default {}
             */
            times?: {
              /** @description e.g. 'vrijdag- en zaterdagavond 22–04 uur' */
              description?: string;
              /** @description Hour-of-week indices, 0 = Monday 00:00–01:00 (as analysis aoristic) */
              hoursOfWeek?: number[];
            };
            /** @description Staff user who owns the mission */
            ownerId?: string | null;
            /**
             * @default medium
             * @enum {string}
             */
            priority?: "low" | "medium" | "high" | "urgent";
            /** @description Start of the approach; effects are measured from this date */
            startDate?: string | null;
            nextReview?: string | null;
            reviewIntervalDays?: number | null;
            /** @description 1–5: harm and size of the problem */
            impactScore?: number | null;
            impactRationale?: string | null;
            /** @description 1–5: can we influence it with partners and powers we have */
            feasibilityScore?: number | null;
            feasibilityRationale?: string | null;
            /**
             * @description The analysis picture to freeze (hotcrimes, hotspot, hottimes, hotshots/hotvics)
             * @default []
             */
            evidence?: ({
                /**
                 * @description Runnable kinds are computed by the server now and frozen; `snapshot` stores `result` as given and cannot be re-run
                 * @enum {string}
                 */
                kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                title: string;
                /**
                 * @description Parameters of the analysis query (see the evidence kinds in the API description)
                 * @default {}
                 */
                query?: {
                  [key: string]: unknown;
                };
                /** @description Only for kind snapshot: the picture as shown in the analysis view */
                result?: unknown;
                note?: string;
              })[];
            /** @description The early-warning candidate this mission comes from, if any */
            origin?: {
              [key: string]: unknown;
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
              number: string;
              title: string;
              /** @enum {string} */
              status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
              statusLabel: string;
              /** @enum {string} */
              priority: "low" | "medium" | "high" | "urgent";
              scope: unknown;
              scopeDescription: string;
              owner: {
                id: string;
                displayName: string;
              } | null;
              startDate: string | null;
              nextReview: string | null;
              reviewOverdue: boolean;
              updatedAt: string;
              /** @description The caller's permissions on this mission */
              permissions: {
                read: boolean;
                edit: boolean;
                transition: boolean;
                publish: boolean;
                addLog: boolean;
              };
              problemStatement: string;
              crimeTypes: string[];
              signalCategories: string[];
              times: unknown;
              reviewIntervalDays: number | null;
              prioritisation: {
                impactScore: number | null;
                impactRationale: string | null;
                feasibilityScore: number | null;
                feasibilityRationale: string | null;
              };
              effectSettings: unknown;
              origin: unknown;
              publicSummary: {
                /** @enum {string} */
                status: "none" | "draft" | "approved";
                title: string | null;
                summary: string | null;
                join: string | null;
                approvedAt: string | null;
              };
              createdBy: string;
              createdAt: string;
              version: number;
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  label: string;
                  requiresReason: boolean;
                  blockedBy: string | null;
                })[];
              statusHistory: ({
                  from: string | null;
                  to: string;
                  reason: string | null;
                  actor: string;
                  at: string;
                })[];
              evidence: ({
                  id: string;
                  /** @enum {string} */
                  kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                  title: string;
                  query: unknown;
                  result: unknown;
                  note: string | null;
                  capturedBy: string;
                  capturedAt: string;
                  rerunnable: boolean;
                })[];
              /** @description Applies to the evidence results and the origin */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
              counts: {
                goals: number;
                measures: number;
                participants: number;
                logEntries: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}": {
    /** One mission with status history, allowed transitions, evidence and the caller’s permissions */
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
              number: string;
              title: string;
              /** @enum {string} */
              status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
              statusLabel: string;
              /** @enum {string} */
              priority: "low" | "medium" | "high" | "urgent";
              scope: unknown;
              scopeDescription: string;
              owner: {
                id: string;
                displayName: string;
              } | null;
              startDate: string | null;
              nextReview: string | null;
              reviewOverdue: boolean;
              updatedAt: string;
              /** @description The caller's permissions on this mission */
              permissions: {
                read: boolean;
                edit: boolean;
                transition: boolean;
                publish: boolean;
                addLog: boolean;
              };
              problemStatement: string;
              crimeTypes: string[];
              signalCategories: string[];
              times: unknown;
              reviewIntervalDays: number | null;
              prioritisation: {
                impactScore: number | null;
                impactRationale: string | null;
                feasibilityScore: number | null;
                feasibilityRationale: string | null;
              };
              effectSettings: unknown;
              origin: unknown;
              publicSummary: {
                /** @enum {string} */
                status: "none" | "draft" | "approved";
                title: string | null;
                summary: string | null;
                join: string | null;
                approvedAt: string | null;
              };
              createdBy: string;
              createdAt: string;
              version: number;
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  label: string;
                  requiresReason: boolean;
                  blockedBy: string | null;
                })[];
              statusHistory: ({
                  from: string | null;
                  to: string;
                  reason: string | null;
                  actor: string;
                  at: string;
                })[];
              evidence: ({
                  id: string;
                  /** @enum {string} */
                  kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                  title: string;
                  query: unknown;
                  result: unknown;
                  note: string | null;
                  capturedBy: string;
                  capturedAt: string;
                  rerunnable: boolean;
                })[];
              /** @description Applies to the evidence results and the origin */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
              counts: {
                goals: number;
                measures: number;
                participants: number;
                logEntries: number;
              };
            };
          };
        };
      };
    };
    /** Change fields of a mission (send `version` for optimistic locking) */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            /** @description The problem in words: what, where, when, who suffers */
            problemStatement?: string;
            /** @description Mission area: buurten, grid cells or a drawn polygon */
            scope?: OneOf<[{
              /** @enum {string} */
              kind: "buurten";
              /** @description CBS indeling (vintage) of the codes */
              year: number;
              codes: string[];
            }, {
              /** @enum {string} */
              kind: "cells";
              /** @description Cell size in metres */
              cellSize: number;
              /** @description South-west corners in RD New metres, multiples of cellSize (as the analysis grid) */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              kind: "polygon";
              geometry: OneOf<[{
                /** @enum {string} */
                type: "Polygon";
                coordinates: [number, number][][];
              }, {
                /** @enum {string} */
                type: "MultiPolygon";
                coordinates: [number, number][][][];
              }]>;
            }]>;
            /** @description Hotcrimes the mission targets (CBS codes) */
            crimeTypes?: string[];
            /** @description Residents' report categories (slugs) */
            signalCategories?: string[];
            /** @description Hottimes the mission targets */
            times?: {
              /** @description e.g. 'vrijdag- en zaterdagavond 22–04 uur' */
              description?: string;
              /** @description Hour-of-week indices, 0 = Monday 00:00–01:00 (as analysis aoristic) */
              hoursOfWeek?: number[];
            };
            /** @description Staff user who owns the mission */
            ownerId?: string | null;
            /** @enum {string} */
            priority?: "low" | "medium" | "high" | "urgent";
            /** @description Start of the approach; effects are measured from this date */
            startDate?: string | null;
            nextReview?: string | null;
            reviewIntervalDays?: number | null;
            /** @description 1–5: harm and size of the problem */
            impactScore?: number | null;
            impactRationale?: string | null;
            /** @description 1–5: can we influence it with partners and powers we have */
            feasibilityScore?: number | null;
            feasibilityRationale?: string | null;
            /** @description Settings of the effect evaluation; omitted fields use the defaults */
            effectSettings?: {
              /** @description Comparison buurten; null = use the suggestion */
              comparison?: string[] | null;
              /** @description Width of the displacement ring for grid/polygon scopes (default 200 m) */
              ringMetres?: number;
              /** @description Weeks after the start before an effect is reported (default 12) */
              minWeeksAfter?: number;
              /** @description Minimum events before + after in target and in comparison (default 20) */
              minCount?: number;
              /** @description Pre-period months used to suggest comparison buurten (default 24) */
              historyMonths?: number;
            };
            /** @description The version you edited; 409 when someone changed the mission meanwhile */
            version?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              title: string;
              /** @enum {string} */
              status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
              statusLabel: string;
              /** @enum {string} */
              priority: "low" | "medium" | "high" | "urgent";
              scope: unknown;
              scopeDescription: string;
              owner: {
                id: string;
                displayName: string;
              } | null;
              startDate: string | null;
              nextReview: string | null;
              reviewOverdue: boolean;
              updatedAt: string;
              /** @description The caller's permissions on this mission */
              permissions: {
                read: boolean;
                edit: boolean;
                transition: boolean;
                publish: boolean;
                addLog: boolean;
              };
              problemStatement: string;
              crimeTypes: string[];
              signalCategories: string[];
              times: unknown;
              reviewIntervalDays: number | null;
              prioritisation: {
                impactScore: number | null;
                impactRationale: string | null;
                feasibilityScore: number | null;
                feasibilityRationale: string | null;
              };
              effectSettings: unknown;
              origin: unknown;
              publicSummary: {
                /** @enum {string} */
                status: "none" | "draft" | "approved";
                title: string | null;
                summary: string | null;
                join: string | null;
                approvedAt: string | null;
              };
              createdBy: string;
              createdAt: string;
              version: number;
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  label: string;
                  requiresReason: boolean;
                  blockedBy: string | null;
                })[];
              statusHistory: ({
                  from: string | null;
                  to: string;
                  reason: string | null;
                  actor: string;
                  at: string;
                })[];
              evidence: ({
                  id: string;
                  /** @enum {string} */
                  kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                  title: string;
                  query: unknown;
                  result: unknown;
                  note: string | null;
                  capturedBy: string;
                  capturedAt: string;
                  rerunnable: boolean;
                })[];
              /** @description Applies to the evidence results and the origin */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
              counts: {
                goals: number;
                measures: number;
                participants: number;
                logEntries: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/transitions": {
    /** Move the mission to another status (only `allowedTransitions` without `blockedBy`; some need a reason) */
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
            to: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              title: string;
              /** @enum {string} */
              status: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
              statusLabel: string;
              /** @enum {string} */
              priority: "low" | "medium" | "high" | "urgent";
              scope: unknown;
              scopeDescription: string;
              owner: {
                id: string;
                displayName: string;
              } | null;
              startDate: string | null;
              nextReview: string | null;
              reviewOverdue: boolean;
              updatedAt: string;
              /** @description The caller's permissions on this mission */
              permissions: {
                read: boolean;
                edit: boolean;
                transition: boolean;
                publish: boolean;
                addLog: boolean;
              };
              problemStatement: string;
              crimeTypes: string[];
              signalCategories: string[];
              times: unknown;
              reviewIntervalDays: number | null;
              prioritisation: {
                impactScore: number | null;
                impactRationale: string | null;
                feasibilityScore: number | null;
                feasibilityRationale: string | null;
              };
              effectSettings: unknown;
              origin: unknown;
              publicSummary: {
                /** @enum {string} */
                status: "none" | "draft" | "approved";
                title: string | null;
                summary: string | null;
                join: string | null;
                approvedAt: string | null;
              };
              createdBy: string;
              createdAt: string;
              version: number;
              allowedTransitions: ({
                  /** @enum {string} */
                  to: "idea" | "analysis" | "approach" | "running" | "evaluation" | "closed";
                  label: string;
                  requiresReason: boolean;
                  blockedBy: string | null;
                })[];
              statusHistory: ({
                  from: string | null;
                  to: string;
                  reason: string | null;
                  actor: string;
                  at: string;
                })[];
              evidence: ({
                  id: string;
                  /** @enum {string} */
                  kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                  title: string;
                  query: unknown;
                  result: unknown;
                  note: string | null;
                  capturedBy: string;
                  capturedAt: string;
                  rerunnable: boolean;
                })[];
              /** @description Applies to the evidence results and the origin */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
              counts: {
                goals: number;
                measures: number;
                participants: number;
                logEntries: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/evidence": {
    /** Freeze another piece of analysis evidence into the mission */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      /** @description A piece of evidence from the analysis view, frozen into the mission */
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Runnable kinds are computed by the server now and frozen; `snapshot` stores `result` as given and cannot be re-run
             * @enum {string}
             */
            kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
            title: string;
            /**
             * @description Parameters of the analysis query (see the evidence kinds in the API description)
             * @default {}
             */
            query?: {
              [key: string]: unknown;
            };
            /** @description Only for kind snapshot: the picture as shown in the analysis view */
            result?: unknown;
            note?: string;
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
              kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
              title: string;
              query: unknown;
              result: unknown;
              note: string | null;
              capturedBy: string;
              capturedAt: string;
              rerunnable: boolean;
            };
          };
        };
      };
    };
  };
  "/api/v1/missions/{id}/evidence/{evidenceId}/rerun": {
    /** Run the frozen query again on today’s data; returns the fresh result next to the frozen one */
    post: {
      parameters: {
        path: {
          id: string;
          evidenceId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              evidence: {
                id: string;
                /** @enum {string} */
                kind: "crime-counts" | "hotcrimes" | "hottimes" | "concentration" | "report-counts" | "snapshot";
                title: string;
                query: unknown;
                result: unknown;
                note: string | null;
                capturedBy: string;
                capturedAt: string;
                rerunnable: boolean;
              };
              frozen: {
                capturedAt: string;
                result: unknown;
              };
              fresh: {
                computedAt: string;
                result: unknown;
              };
              /** @description Numeric top-level fields of both results (as shown to the caller) */
              changes: {
                  field: string;
                  frozen: number;
                  fresh: number;
                  difference: number;
                }[];
              /** @description Disclosure control the figures of this reply were shown under */
              disclosure: {
                /** @description The caller sees every figure (analysis:detail) */
                detail: boolean;
                /** @description Counts 1..minCount−1 are suppressed (null) without detail */
                minCount: number;
                /** @description How many figures of this reply are null because of disclosure control */
                suppressed: number;
                /** @description The scope is below the minimum scope size: no figures without detail */
                smallScope: boolean;
                /** @description Why figures are missing, for the reader (Dutch) */
                note: string | null;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/counts": {
    /**
     * Event counts per buurt × month, or per grid cell (default 100 m)
     * @description unit=buurt-month: one row per buurt with events, counts per calendar month (UTC) of the period. unit=grid: non-empty RD New cells; format=geojson gives them as WGS84 squares.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Reply format: json, csv, geojson */
          format?: "json" | "csv" | "geojson";
          /** @description buurt × month table, or counts per grid cell */
          unit?: "buurt-month" | "grid";
          /** @description Grid cell size in metres (RD New); default 100 */
          cellSize?: number;
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              /** @enum {string} */
              unit: "buurt-month" | "grid";
              /** @description YYYY-MM labels (buurt-month) */
              months?: string[];
              rows?: ({
                  areaCode: string;
                  areaName: string | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  total: number | null;
                  /** @description one per month */
                  counts: (number | null)[];
                })[];
              /** @description Cell (row, col) covers [originX + col·cellSize, …) × [originY + row·cellSize, …); row 0 is southernmost */
              grid?: {
                /** @description RD New x of the grid origin (south-west), a multiple of cellSize */
                originX: number;
                originY: number;
                cellSize: number;
                cols: number;
                rows: number;
              };
              /** @description Non-empty cells only (grid) */
              cells?: ({
                  /** @description 'x_y' of the south-west corner in RD New metres (as mission cell scopes) */
                  id: string;
                  x: number;
                  y: number;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  count: number | null;
                  suppressed: boolean;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/hottimes": {
    /**
     * Hottimes: aoristic hour-of-week matrix (7 × 24, Monday 00:00 first)
     * @description Each event is spread evenly over the real elapsed minutes of its time window (Ratcliffe 2000), each minute counted in the hour the Europe/Amsterdam clock shows: on the spring clock change 02:00–03:00 gets nothing (it does not exist), on the autumn change 02:00–03:00 gets both of its real hours. An event without an end counts in its start hour; a window of a week or more gives 1/168 to every hour.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Reply format: json, csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              /** @description Monday first */
              weekdays: string[];
              /** @description 7 rows (Monday..Sunday) × 24 hours (00:00–01:00 first): aoristic event weight */
              matrix: ((number | null)[])[];
              /** @description 24 totals by hour of day */
              byHour: (number | null)[];
              /** @description 7 totals by weekday */
              byWeekday: (number | null)[];
              /** @description The five busiest hours of the week */
              peakHours: {
                  weekday: string;
                  hour: number;
                  hourOfWeek: number;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/hotspots": {
    /**
     * Hotspots: Gi*, Gi or local Moran's I on grid cells or buurten, with FDR and the map's global Moran's I
     * @description Classes: hot/cold at 99/95/90 % (Gi, Gi*) or HH/LL/HL/LH (local Moran) else not-significant; from pSim when permutations > 0 (computed in a worker thread), else the normal p; with fdr only units with BH q ≤ fdr. The JSON reply is itself a GeoJSON FeatureCollection (WGS84).
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Grid cells (RD New squares) or buurten */
          unit?: "grid" | "buurt";
          /** @description Grid cell size in metres; default 100 */
          cellSize?: number;
          /** @description Getis–Ord Gi* (default), Gi, or local Moran (LISA) */
          method?: "gistar" | "gi" | "local-moran";
          /** @description Conditional permutations for pSim (0 = normal approximation only; run in a worker thread; at most 99999 and units × permutations ≤ 20,000,000) */
          permutations?: number;
          /** @description Seed of the permutations (same seed, same pSim) */
          seed?: number;
          /** @description False discovery rate alpha: significant only when BH q ≤ fdr */
          fdr?: number;
          /** @description Significance level of the LISA quadrant classes */
          alpha?: number;
          /** @description Grid: 'nonzero' returns cells with events or a significant class; 'all' every unit */
          cells?: "nonzero" | "all";
          /** @description Reply format: json, csv, geojson */
          format?: "json" | "csv" | "geojson";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              type: "FeatureCollection";
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              /** @description Global Moran's I of the map (row-standardised; z and p under randomisation, pSim when permuted) */
              moran: ({
                i: number | null;
                expected: number | null;
                z: number | null;
                p: number | null;
                pSim: number | null;
              }) | null;
              method: string;
              unit: string;
              cellSize: number | null;
              permutations: number;
              seed: number;
              fdr: number | null;
              alpha: number;
              /** @description With fdr: what the p floor of the permutations allows Benjamini–Hochberg to find, and what helps (null without fdr) */
              fdrCheck: ({
                fdr: number;
                units: number;
                permutations: number;
                /** @description Smallest p the method can give: 1/(permutations + 1); 0 for the normal approximation */
                pFloor: number;
                /** @description Every set BH can flag has at least this many units at (about) the p floor */
                minUnitsAtFloor: number | null;
                unitsAtFloor: number | null;
                significant: number;
                /** @description True when permutations + 1 < units / fdr: the p floor limits what FDR can flag */
                limitedByPermutations: boolean;
                /** @description Permutations with which a single unit at the floor could be flagged */
                permutationsForOneUnit: number;
                /** @description Most permutations the time budget allows for this many units */
                maxPermutations: number;
                /** @enum {string} */
                advice: "none" | "more-permutations" | "analytic-p";
                /** @description Dutch explanation for the analyst when limitedByPermutations */
                explanation: string | null;
              }) | null;
              grid: {
                /** @description RD New x of the grid origin (south-west), a multiple of cellSize */
                originX: number;
                originY: number;
                cellSize: number;
                cols: number;
                rows: number;
              } | null;
              features: ({
                  /** @enum {string} */
                  type: "Feature";
                  id: string;
                  geometry: {
                    /** @enum {string} */
                    type: "Polygon";
                    coordinates: number[][][];
                  } | (({
                    /** @enum {string} */
                    type: "Polygon" | "MultiPolygon";
                    coordinates: unknown[];
                  }) | null);
                  properties: {
                    /** @description grid: 'x_y' corner; buurt: CBS code */
                    id: string;
                    name: string | null;
                    /** @description null when suppressed (fewer than minCellCount events) */
                    count: number | null;
                    suppressed: boolean;
                    /** @description G_i (Gi/Gi*) or I_i (local Moran) */
                    stat: number | null;
                    z: number | null;
                    /** @description two-sided normal */
                    p: number | null;
                    pSim: number | null;
                    /** @description Benjamini–Hochberg of pSim (or p) */
                    q: number | null;
                    /** @enum {string} */
                    class: "hot-99" | "hot-95" | "hot-90" | "cold-99" | "cold-95" | "cold-90" | "HH" | "LL" | "HL" | "LH" | "not-significant";
                    quadrant: string | null;
                    /** @description RD south-west corner of a grid cell (for evaluation and mission scopes) */
                    corner: [number, number] | null;
                  };
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/hotcrimes": {
    /**
     * Hotcrimes: crime types ranked by level and by change against a baseline period
     * @description Rate ratio per day of current vs baseline; exact test of equal Poisson rates conditional on the total (binomial, as R poisson.test), two-sided; BH q over the tested types. Types with current + baseline < minCount are listed but not tested.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Baseline start (inclusive). Default: the period of equal length just before `from`. */
          baselineFrom?: string;
          /** @description Baseline end (exclusive). Default: `from`. */
          baselineTo?: string;
          /** @description Types with current + baseline below this are listed but not tested or ranked on change */
          minCount?: number;
          /** @description Reply format: json, csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              baseline: {
                from: string;
                to: string;
                /** @description null when suppressed (fewer than minCellCount events) */
                events: number | null;
              };
              /** @description All types by current count */
              byLevel: ({
                  /** @description CBS crime code (or report category) */
                  type: string;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  current: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  baseline: number | null;
                  /** @description events per day */
                  currentRate: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  baselineRate: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  rateRatio: number | null;
                  /** @description rate difference per day */
                  change: number | null;
                  /** @description false when current + baseline < minCount */
                  tested: boolean;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  p: number | null;
                  /** @description BH-adjusted over tested types */
                  q: number | null;
                  levelRank: number;
                  changeRank: number | null;
                  suppressed: boolean;
                })[];
              /** @description Tested types: increases first, by p, then by size */
              byChange: ({
                  /** @description CBS crime code (or report category) */
                  type: string;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  current: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  baseline: number | null;
                  /** @description events per day */
                  currentRate: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  baselineRate: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  rateRatio: number | null;
                  /** @description rate difference per day */
                  change: number | null;
                  /** @description false when current + baseline < minCount */
                  tested: boolean;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  p: number | null;
                  /** @description BH-adjusted over tested types */
                  q: number | null;
                  levelRank: number;
                  changeRank: number | null;
                  suppressed: boolean;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/trends": {
    /**
     * Weekly series of one area per crime type with the seasonal baseline and early-warning alerts
     * @description One series per crimeTypes entry (default: per main type = first two CBS levels, e.g. 1.2.*). Baseline and alarm: analysis farringtonAssess; each alert carries its evidence (baseline weeks, rule); falseAlarms says how many series were tested and how many alarms chance alone would give at the nominal rate alpha (series × weeks × alpha). Buurten are counted under their code in the newest loaded indeling (following same/renamed/merged relations between indelingen), so a series runs on across an indeling change; codes that cannot be followed keep their own code and are named in meta.notes.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Years of history in the seasonal baseline (default 2; the demo data covers 2021–2023) */
          baselineYears?: number;
          /** @description Weeks either side of the same week in earlier years */
          halfWindow?: number;
          /** @description Upper-bound level (one-sided) */
          alpha?: number;
          /** @description No alarm below this weekly count */
          minCount?: number;
          /** @description Reply format: json, csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              series: ({
                  areaCode: string;
                  crimeType: string;
                  weeks: ({
                      weekStart: string;
                      /** @description null when suppressed (fewer than minCellCount events) */
                      count: number | null;
                      /** @description null without a full baseline */
                      expected: number | null;
                      upper: number | null;
                      alarm: boolean;
                    })[];
                  alerts: ({
                      areaCode: string;
                      areaName?: string;
                      /** @description CBS code or main type such as '1.2.*' */
                      crimeType: string;
                      /** @description Monday of the alert week (ISO date) */
                      weekStart: string;
                      /** @description null when suppressed (fewer than minCellCount events) */
                      count: number | null;
                      expected: number;
                      upper: number;
                      evidence: {
                        baselineWeeks: number;
                        baselineYears: number;
                        halfWindow: number;
                        alpha: number;
                        minCount: number;
                        method: string;
                      };
                    })[];
                })[];
              /** @description The early warning’s multiple testing in numbers: how many alarms to expect by chance alone */
              falseAlarms: {
                /** @description Series tested: area × type series with at least one event in the weeks read (history and shown weeks); each has a full seasonal baseline because the history is read back baselineYears × 52 + halfWindow weeks */
                seriesTested: number;
                /** @description Weeks assessed per series (the shown weeks with a full baseline) */
                weeks: number;
                /** @description Nominal false-alarm rate per series per week: the upper bound level alpha. Nominal: with estimated baselines the realised rate can differ (analysis falseAlarmRate), and minCount removes alarms on small counts */
                ratePerSeriesWeek: number;
                /** @description Expected false alarms in the shown weeks if nothing changed: seriesTested × weeks × ratePerSeriesWeek */
                expected: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/alerts": {
    /**
     * Current early-warning alerts over all buurten × main crime types (input for POST /missions/candidates)
     * @description Alerts of the last `weeks` weeks before `to`, ordered by excess (count − expected). Each alert has the fields /missions/candidates takes (areaCode, areaName, crimeType, weekStart, count, expected, upper) plus its evidence. falseAlarms says how many series were tested and how many alarms chance alone would give at the nominal rate alpha (series × weeks × alpha). Buurten are counted under their code in the newest loaded indeling (following same/renamed/merged relations between indelingen), so a series runs on across an indeling change; codes that cannot be followed keep their own code and are named in meta.notes.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Years of history in the seasonal baseline (default 2; the demo data covers 2021–2023) */
          baselineYears?: number;
          /** @description Weeks either side of the same week in earlier years */
          halfWindow?: number;
          /** @description Upper-bound level (one-sided) */
          alpha?: number;
          /** @description No alarm below this weekly count */
          minCount?: number;
          /** @description Alerts of the last `weeks` weeks before `to` (default 4) */
          weeks?: number;
          /** @description Reply format: json, csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              alerts: ({
                  areaCode: string;
                  areaName?: string;
                  /** @description CBS code or main type such as '1.2.*' */
                  crimeType: string;
                  /** @description Monday of the alert week (ISO date) */
                  weekStart: string;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  count: number | null;
                  expected: number;
                  upper: number;
                  evidence: {
                    baselineWeeks: number;
                    baselineYears: number;
                    halfWindow: number;
                    alpha: number;
                    minCount: number;
                    method: string;
                  };
                })[];
              /** @description The early warning’s multiple testing in numbers: how many alarms to expect by chance alone */
              falseAlarms: {
                /** @description Series tested: area × type series with at least one event in the weeks read (history and shown weeks); each has a full seasonal baseline because the history is read back baselineYears × 52 + halfWindow weeks */
                seriesTested: number;
                /** @description Weeks assessed per series (the shown weeks with a full baseline) */
                weeks: number;
                /** @description Nominal false-alarm rate per series per week: the upper bound level alpha. Nominal: with estimated baselines the realised rate can differ (analysis falseAlarmRate), and minCount removes alarms on small counts */
                ratePerSeriesWeek: number;
                /** @description Expected false alarms in the shown weeks if nothing changed: seriesTested × weeks × ratePerSeriesWeek */
                expected: number;
              };
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/near-repeat": {
    /**
     * Near-repeat: Knox test over space × time bands with Monte Carlo p-values
     * @description Every pair of events classified by distance and time difference; observed vs the exact permutation expectation; p from date permutations (worker thread).
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Distance band breaks in metres, right-open [a, b); 2–21 breaks, finite ones ≤ 10,000, last may be inf; default 0,100,200,400 */
          spaceBands?: string;
          /** @description Time band breaks in days, right-open; 2–21 breaks, finite ones ≤ 3650, last may be inf; default 0,7,14,21 */
          timeBands?: string;
          distance?: "euclidean" | "manhattan";
          /** @description Monte Carlo permutations of the dates (default 99; max 999; run in a worker thread) */
          permutations?: number;
          seed?: number;
          /** @description Reply format: json, csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              /** @description metres; 'Infinity' = open */
              spaceBands: string[];
              /** @description days */
              timeBands: string[];
              distance: string;
              permutations: number;
              seed: number;
              /** @description pairs considered n(n−1)/2 */
              pairs: number;
              cells: ({
                  /** @description [from, to) metres */
                  space: string[];
                  /** @description [from, to) days */
                  time: string[];
                  /** @description null when suppressed (fewer than minCellCount events) */
                  observed: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  expected: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  knoxRatio: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  p: number | null;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  knoxRatioSim: number | null;
                  suppressed: boolean;
                })[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/concentration": {
    /**
     * Concentration over pseudonymous refs: hotshots (offenders), hotvics (victims), repeat addresses
     * @description Counts per ref, concentration curve, top-x % share and Gini. Refs are pseudonyms from the source system, never names; per-ref counts only for analysts.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description hotshots (offender refs), hotvics (victim refs) or repeat addresses */
          of?: "offender" | "victim" | "address";
          /** @description Analysts: how many refs with their counts (pseudonymous refs, never names) */
          top?: number;
          /** @description Reply format: json, csv */
          format?: "json" | "csv";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              of: string;
              /** @description null when suppressed (fewer than minCellCount events) */
              incidentsWithRef: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              distinctRefs: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              repeatRefs: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              repeatIncidentShare: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              gini: number | null;
              /** @description share of incidents of the top 1/5/10/20 % refs, keys '0.01'… */
              topShares: {
                [key: string]: number | null;
              };
              /** @description how many refs have exactly `events` incidents */
              distribution: ({
                  events: number;
                  /** @description null when suppressed (fewer than minCellCount events) */
                  refs: number | null;
                })[];
              /** @description concentration curve from the most frequent ref (≤ 101 points) */
              curve: ({
                  idShare: number | null;
                  incidentShare: number | null;
                })[];
              /** @description analysts only: the most frequent pseudonymous refs */
              top: {
                  ref: string;
                  count: number;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/kde": {
    /**
     * Quartic kernel density surface as a compact raster (or GeoJSON cells)
     * @description Density in events per km² at cell centres of the RD study grid. values[row · cols + col], row 0 southernmost. For roles without analysis:detail, cells with 1..min−1 events within the bandwidth are null.
     *
     * Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.
     */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive), ISO date. Default: one year before `to`. */
          from?: string;
          /** @description End of the period (exclusive), ISO date. Default: the day after the latest event. */
          to?: string;
          /** @description CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.* */
          crimeTypes?: string;
          /** @description Report (melding) categories or main categories, comma-separated. Signals only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen) */
          source?: "incidents" | "signals";
          /** @description Raster cell size in metres (RD New) */
          cellSize?: number;
          /** @description Kernel radius h in metres. Default: Silverman normal-reference rule converted to the quartic kernel (×2.623), see README */
          bandwidth?: number;
          /** @description Reply format: json, csv, geojson */
          format?: "json" | "csv" | "geojson";
        };
      };
      responses: {
        /** @description JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json. */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              bandwidth: number | null;
              unit: string;
              bboxRd: number[];
              /** @description WGS84 [west, south, east, north] (of the RD rectangle) */
              bbox: number[];
              cellSize: number;
              cols: number;
              rows: number;
              /** @description row-major from the southern row; null = suppressed */
              values: (number | null)[];
            };
          };
        };
      };
    };
  };
  "/api/v1/analysis/evaluation": {
    /**
     * Hotspot evaluation: PAI, PEI and RRI of a selection of cells or buurten against a later period
     * @description PAI = hit rate / area share (Chainey et al. 2008); PEI = hits / the most any selection of equal area could hold (Hunt 2016); RRI = (hits later / hits earlier) / (total later / total earlier) (Levine 2008).
     */
    post: {
      /** @description from/to = the later (evaluation) period */
      requestBody: {
        content: {
          "application/json": {
            /**
             * Format: date
             * @description Start of the period (inclusive), ISO date. Default: one year before `to`.
             */
            from?: string;
            /**
             * Format: date
             * @description End of the period (exclusive), ISO date. Default: the day after the latest event.
             */
            to?: string;
            /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
            area?: string;
            /**
             * @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen)
             * @default incidents
             * @enum {string}
             */
            source?: "incidents" | "signals";
            /** @description CBS codes, as in the hotspots call */
            crimeTypes?: string[];
            categories?: string[];
            /** @description The hotspots to evaluate */
            selection: OneOf<[{
              /** @enum {string} */
              unit: "grid";
              cellSize: number;
              /** @description South-west corners (RD) from hotspots `corner` */
              cells: [number, number][];
            }, {
              /** @enum {string} */
              unit: "buurt";
              /** @default 100 */
              cellSize?: number;
              buurten: string[];
            }]>;
            /**
             * Format: date
             * @description Earlier period (for RRI): start
             */
            baselineFrom?: string;
            /**
             * Format: date
             * @description Earlier period (for RRI): end (exclusive)
             */
            baselineTo?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              meta: {
                /** @enum {string} */
                source: "incidents" | "signals";
                /** @description ISO date, inclusive */
                from: string;
                /** @description ISO date, exclusive */
                to: string;
                /** @description CBS code of the area the events were restricted to */
                area: string;
                crimeTypes: string[] | null;
                categories: string[] | null;
                /** @description Events in the selection; null when suppressed */
                events: number | null;
                /** @description True when (part of) the data is synthetic demo data: say so in the UI */
                synthetic: boolean;
                /** @description Share of the selected events that is synthetic (0..1) */
                syntheticShare: number;
                /** @description Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed */
                withoutBuurt: number | null;
                /** @description Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail */
                minCellCount: number;
                /** @description True when the caller sees unsuppressed detail (analysis:detail) */
                detail: boolean;
                /** @description How many numbers in this reply were suppressed */
                suppressedCells: number;
                /** @description Method notes, caps applied, defaults chosen */
                notes: string[];
              };
              selectedCells: number;
              studyCells: number;
              /** @description null when suppressed (fewer than minCellCount events) */
              hits: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              total: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              hitRate: number | null;
              areaShare: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              pai: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              maxHits: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              pei: number | null;
              /** @description null when suppressed (fewer than minCellCount events) */
              rri: number | null;
              baseline: {
                from?: string;
                to?: string;
              } | null;
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
