/**
 * The Stadsveilig API's types (imports), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
  "/api/v1/imports": {
    /** The recent import jobs (newest first) and the largest file accepted */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              jobs: ({
                  id: number;
                  /** @enum {string} */
                  kind: "areas" | "cbs-crime" | "incidents" | "signals" | "survey" | "addresses" | "enforcement";
                  fileName: string;
                  fileBytes: number;
                  /** @enum {string} */
                  status: "queued" | "running" | "done" | "failed";
                  options: {
                    [key: string]: unknown;
                  };
                  progress: {
                    rowsRead: number;
                    bytesRead: number;
                    totalBytes: number;
                  };
                  createdAt: string;
                  startedAt: string | null;
                  finishedAt: string | null;
                  counts: {
                    rowsRead: number;
                    imported: number;
                    unchanged: number;
                    skipped: number;
                    quarantined: number;
                    rejected: number;
                  } | null;
                  report: {
                    text: string;
                    counts: {
                      rowsRead: number;
                      imported: number;
                      unchanged: number;
                      skipped: number;
                      quarantined: number;
                      rejected: number;
                    };
                    rows: {
                        line: number;
                        column?: string;
                        reason: string;
                      }[];
                    rowsTotal: number;
                  } | null;
                  failure: {
                    type: string;
                    title: string;
                    detail: string;
                    rows: {
                        line: number;
                        column?: string;
                        reason: string;
                      }[];
                    rowsTotal: number;
                  } | null;
                })[];
              maxBytes: number;
            };
          };
        };
      };
    };
    /** Start an import (multipart/form-data: fields "kind" and "options" (JSON) first, then "file"); the job runs in the background */
    post: {
      responses: {
        /** @description Default Response */
        202: {
          content: {
            "application/json": {
              id: number;
              /** @enum {string} */
              kind: "areas" | "cbs-crime" | "incidents" | "signals" | "survey" | "addresses" | "enforcement";
              fileName: string;
              fileBytes: number;
              /** @enum {string} */
              status: "queued" | "running" | "done" | "failed";
              options: {
                [key: string]: unknown;
              };
              progress: {
                rowsRead: number;
                bytesRead: number;
                totalBytes: number;
              };
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              counts: {
                rowsRead: number;
                imported: number;
                unchanged: number;
                skipped: number;
                quarantined: number;
                rejected: number;
              } | null;
              report: {
                text: string;
                counts: {
                  rowsRead: number;
                  imported: number;
                  unchanged: number;
                  skipped: number;
                  quarantined: number;
                  rejected: number;
                };
                rows: {
                    line: number;
                    column?: string;
                    reason: string;
                  }[];
                rowsTotal: number;
              } | null;
              failure: {
                type: string;
                title: string;
                detail: string;
                rows: {
                    line: number;
                    column?: string;
                    reason: string;
                  }[];
                rowsTotal: number;
              } | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/imports/{id}": {
    /** One import job: status, progress, and the report when done */
    get: {
      parameters: {
        path: {
          id: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: number;
              /** @enum {string} */
              kind: "areas" | "cbs-crime" | "incidents" | "signals" | "survey" | "addresses" | "enforcement";
              fileName: string;
              fileBytes: number;
              /** @enum {string} */
              status: "queued" | "running" | "done" | "failed";
              options: {
                [key: string]: unknown;
              };
              progress: {
                rowsRead: number;
                bytesRead: number;
                totalBytes: number;
              };
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              counts: {
                rowsRead: number;
                imported: number;
                unchanged: number;
                skipped: number;
                quarantined: number;
                rejected: number;
              } | null;
              report: {
                text: string;
                counts: {
                  rowsRead: number;
                  imported: number;
                  unchanged: number;
                  skipped: number;
                  quarantined: number;
                  rejected: number;
                };
                rows: {
                    line: number;
                    column?: string;
                    reason: string;
                  }[];
                rowsTotal: number;
              } | null;
              failure: {
                type: string;
                title: string;
                detail: string;
                rows: {
                    line: number;
                    column?: string;
                    reason: string;
                  }[];
                rowsTotal: number;
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
