/**
 * The Stadsveilig API's types (analysis), generated from /api/v1/openapi.json by openapi-typescript 6.
 * Do not edit: run `npm run api-types` after changing a route's schema (test/web/api-types.test.ts
 * fails while these files and the API differ). Web code uses the readable names of api/types.ts and
 * the pages' types.ts, which are aliases onto these.
 */


export interface paths {
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
          /** @description Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only. */
          categories?: string;
          /** @description Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality. */
          area?: string;
          /** @description 'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code) */
          source?: "incidents" | "signals" | "partner-signals" | "enforcement";
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
