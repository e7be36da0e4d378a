/**
 * The Stadsveilig API's types (missions, from /api/v1/missions/{id}/transitions), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
              /** @description A made-up demo mission (removed with `demo remove`) */
              demo: boolean;
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
