/**
 * The Stadsveilig API's types (analysis), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
          /** @description Distance band breaks in metres, right-open [a, b); 2–21 breaks, finite ones ≤ 10,000, last may be inf; default 0,100,200,400 */
          spaceBands?: string;
          /** @description Time band breaks in days, right-open; 2–21 breaks, finite ones ≤ 3650, last may be inf; default 0,7,14,21 */
          timeBands?: string;
          distance?: "euclidean" | "manhattan";
          /** @description Without crimeTypes the Knox test starts on a burglary type (see defaultCrimeType); allTypes=on takes every type instead */
          allTypes?: "on";
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
              /** @description metres; 'Infinity' = open */
              spaceBands: string[];
              /** @description days */
              timeBands: string[];
              distance: string;
              permutations: number;
              seed: number;
              /** @description The burglary type the view started on because no crime types were asked (meta.crimeTypes holds it); null otherwise */
              defaultCrimeType: string | null;
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
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
