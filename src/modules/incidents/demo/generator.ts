/**
 * Synthetic demo incidents, seeded and deterministic (same input and seed → same incidents).
 * The real data hold no incident-level points: only the 2023 total per buurt (CBS 47018NED, in
 * the 2024 indeling) and national totals per crime type (47025NED). Rules:
 *
 * - **Counts.** In the base year (2023) every buurt gets exactly its registered total. Another
 *   year y gets the city total round(T₂₀₂₃ · N_y / N₂₀₂₃) (N = national total: the national
 *   trend), split over the buurten in proportion to their 2023 totals (largest remainder). Years
 *   after the last national year (the demo runs up to `until`, "now") keep that year's level with
 *   half its last yearly change as trend (at most ±3 % a year) and ±3 % seeded noise per year
 *   (future-years.ts); the year of `until` gets the share of the year that has passed.
 * - **Crime types.** Each year's city total is split over the crime types in proportion to that
 *   year's national counts (largest remainder; for 2023 the 2023 mix), the list is shuffled and
 *   dealt to the buurten, so the city mix matches the national one exactly and each buurt's
 *   mix is random.
 * - **Place.** Uniform inside the buurt polygon by rejection sampling in its lon/lat bounding box
 *   (uniform in lon/lat, which over Dordrecht's 0.1° of latitude is uniform in area to 0.2 %),
 *   accepted when the area locator of the counts' indeling puts the point in that buurt. A buurt
 *   without a polygon (the four Amstelwijck buurten of 2024, new since the 2020 map) is drawn
 *   inside its wijk's polygon instead and keeps its own buurt_code; its points then lie in
 *   neighbouring buurten of the same wijk.
 * - **Time.** Per crime-type profile (time-profiles.ts): day by month × weekday weights,
 *   hour by hour weights, minute uniform, in Europe/Amsterdam local time; a share gets an
 *   uncertain window (end) of the profile's length.
 * - **References.** Offender, victim and address refs as in ref-pools.ts.
 * - **Identity.** source 'synthetic', source_id `SYN-<seed>-<year>-<n>`, area_year = the counts'
 *   indeling (2024) for every year, so per-buurt totals compare directly with crime_counts.
 */
import { wgs84ToRd } from '../../areas/index.ts';
import type { BBox } from '../../areas/index.ts';
import { EventBatch } from '../import/event-batch.ts';
import { amsterdamLocalToUtc } from '../event-time.ts';
import { apportion, type NationalCrime } from '../cbs-counts/national-crime.ts';
import { addEmergingClusters, cityFactor, yearShare } from './future-years.ts';
import { RefPools } from './ref-pools.ts';
import { cumulative, pick, seededRandom, type Random } from './seeded-random.ts';
import { profileOf, type TimeProfile } from './time-profiles.ts';
import { TOTAL_CRIME } from '../crime-types.ts';

export interface SyntheticBuurt {
  code: string;
  wijkCode: string | null;
  population: number | null;
  /** WGS84 bounding box of the polygon, null when the buurt has none. */
  bbox: BBox | null;
}

export interface SyntheticInput {
  seed: number;
  years: number[];
  baseYear: number;
  /** Registered total per buurt code in the base year. */
  counts: Map<string, number>;
  /** Indeling of the counts and of `buurten`. */
  areaYear: number;
  buurten: SyntheticBuurt[];
  wijkBoxes: Map<string, BBox>;
  /** The area locator of `areaYear`: buurt and wijk at WGS84 (lon, lat). */
  locate: (lon: number, lat: number) => { buurtCode: string; wijkCode: string | null } | null;
  national: NationalCrime;
  /** Crime-type codes that may be drawn (those in crime_types). */
  crimeTypes: Set<string>;
  /** UTC ms: no incident starts later ("now"); the last year is cut here. Default: end of the last year. */
  until?: number;
}

export interface SyntheticResult {
  batch: EventBatch;
  perYear: Record<number, number>;
  /** Buurten placed inside their wijk because they have no polygon. */
  placedInWijk: string[];
}

const MAX_TRIES = 100_000;
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Per-buurt totals of `year`: the base counts, or the national trend applied to the city total. */
export function yearCounts(input: SyntheticInput, year: number): Map<string, number> {
  const entries = [...input.counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const share = yearShare(year, input.until);
  if (year === input.baseYear && share === 1) return new Map(entries);
  const base = entries.reduce((s, [, n]) => s + n, 0);
  return apportion(Math.round(base * cityFactor(input, year) * share), entries);
}

/** The shuffled crime type of each of `total` incidents of `year` (national mix of that year). */
function typeDeck(input: SyntheticInput, year: number, total: number, rnd: Random): string[] {
  const national = input.national.get(year) ?? input.national.get(Math.max(...input.national.keys()))!;
  const weights = [...national.entries()]
    .filter(([code, n]) => code !== TOTAL_CRIME && n > 0 && input.crimeTypes.has(code))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const deck: string[] = [];
  for (const [code, n] of apportion(total, weights)) for (let k = 0; k < n; k++) deck.push(code);
  for (let i = deck.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [deck[i], deck[j]] = [deck[j]!, deck[i]!];
  }
  return deck;
}

class TimeSampler {
  readonly #days = new Map<string, Float64Array>();
  readonly #hours = new Map<string, Float64Array>();

  constructor(
    readonly rnd: Random,
    readonly until = Number.POSITIVE_INFINITY,
  ) {}

  /** Start (UTC ms) and end (UTC ms or NaN) of an incident of `profile` in local `year`, never after `until`. */
  sample(p: TimeProfile, year: number): [number, number] {
    for (let t = 0; t < 1000; t++) {
      const drawn = this.#draw(p, year);
      if (drawn[0] <= this.until) return [drawn[0], Math.min(drawn[1], this.until)];
    }
    return [this.until - 60_000, Number.NaN];
  }

  #draw(p: TimeProfile, year: number): [number, number] {
    const key = `${p.name}:${year}`;
    let days = this.#days.get(key);
    if (!days) {
      const full = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
      const n = Math.min(full, Math.floor((this.until - Date.UTC(year, 0, 1)) / 86_400_000) + 1);
      const w = Array.from({ length: n }, (_, d) => {
        const date = new Date(Date.UTC(year, 0, 1 + d));
        return p.months[date.getUTCMonth()]! * p.weekdays[(date.getUTCDay() + 6) % 7]!;
      });
      this.#days.set(key, (days = cumulative(w)));
    }
    let hours = this.#hours.get(p.name);
    if (!hours) this.#hours.set(p.name, (hours = cumulative(p.hours)));
    const wall = Date.UTC(year, 0, 1 + pick(days, this.rnd), pick(hours, this.rnd), this.rnd.int(60));
    // A drawn time in the skipped spring hour is taken one hour later (03:xx summer time).
    const start = amsterdamLocalToUtc(wall) || amsterdamLocalToUtc(wall + 3_600_000);
    if (this.rnd.next() >= p.window.share) return [start, NaN];
    const [lo, hi] = p.window.minutes;
    const minutes = Math.max(5, Math.round((lo + this.rnd.next() * (hi - lo)) / 5) * 5);
    return [start, start + minutes * 60_000];
  }
}

/** A point in `box` that `accept` takes (rejection sampling). */
function samplePoint(box: BBox, accept: (lon: number, lat: number) => boolean, rnd: Random, what: string): [number, number] {
  for (let t = 0; t < MAX_TRIES; t++) {
    const lon = round(box[0] + rnd.next() * (box[2] - box[0]), 7);
    const lat = round(box[1] + rnd.next() * (box[3] - box[1]), 7);
    if (accept(lon, lat)) return [lon, lat];
  }
  throw new Error(`no point found inside ${what} after ${MAX_TRIES} tries`);
}

export function generateSyntheticIncidents(input: SyntheticInput): SyntheticResult {
  const rnd = seededRandom(input.seed);
  const refs = new RefPools(rnd);
  const times = new TimeSampler(rnd, input.until);
  const batch = new EventBatch();
  const perYear: Record<number, number> = {};
  const placedInWijk = new Set<string>();
  const buurten = [...input.buurten].sort((a, b) => a.code.localeCompare(b.code));
  for (const year of [...input.years].sort()) {
    const counts = yearCounts(input, year);
    const total = [...counts.values()].reduce((s, n) => s + n, 0);
    const deck = typeDeck(input, year, total, rnd);
    let dealt = 0;
    for (const b of buurten) {
      const n = counts.get(b.code) ?? 0;
      if (n === 0) continue;
      const inWijk = !b.bbox;
      const box = b.bbox ?? (b.wijkCode ? input.wijkBoxes.get(b.wijkCode) : undefined);
      if (!box) throw new Error(`buurt ${b.code} has no polygon and no wijk polygon to draw in`);
      if (inWijk) placedInWijk.add(b.code);
      const accept = inWijk
        ? (lon: number, lat: number) => input.locate(lon, lat)?.wijkCode === b.wijkCode
        : (lon: number, lat: number) => input.locate(lon, lat)?.buurtCode === b.code;
      for (let k = 0; k < n; k++) {
        const crimeType = deck[dealt++]!;
        const profile = profileOf(crimeType);
        const [lon, lat] = samplePoint(box, accept, rnd, inWijk ? `wijk ${b.wijkCode}` : `buurt ${b.code}`);
        const [x, y] = wgs84ToRd(lon, lat);
        const [startMs, endMs] = times.sample(profile, year);
        const address =
          profile.address.kind !== 'none' && rnd.next() < profile.address.share
            ? refs.address(profile.address.kind, b.code, b.population)
            : null;
        batch.push({
          line: batch.length + 1,
          sourceId: `SYN-${input.seed}-${year}-${String(dealt).padStart(6, '0')}`,
          crimeType,
          localType: null,
          startMs,
          endMs,
          x: round(x, 2),
          y: round(y, 2),
          lat,
          lon,
          areaYear: input.areaYear,
          buurtCode: b.code,
          wijkCode: b.wijkCode,
          offenderRef: rnd.next() < profile.offender ? refs.offender() : null,
          victimRef: rnd.next() < profile.victim ? refs.victim() : null,
          addressRef: address,
        });
      }
    }
    perYear[year] = total;
  }
  addEmergingClusters(input, batch, (b, box) => samplePoint(box, (lon, lat) => input.locate(lon, lat)?.buurtCode === b, rnd, `buurt ${b}`));
  return { batch, perYear, placedInWijk: [...placedInWijk].sort() };
}
