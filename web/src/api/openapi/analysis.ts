/**
 * The Stadsveilig API's types (analysis), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
          /** @description Years of history in the seasonal baseline (default 2; the demo data run from 2021 up to now) */
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
                source: "incidents" | "signals" | "partner-signals" | "enforcement";
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
                source: "incidents" | "signals" | "partner-signals" | "enforcement";
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
                source: "incidents" | "signals" | "partner-signals" | "enforcement";
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
