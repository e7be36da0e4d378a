/**
 * The Stadsveilig API's types (analysis), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
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
             * @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code)
             * @default incidents
             * @enum {string}
             */
            source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
