/**
 * Synthetic incidents after the last registered year, so the demo reaches "now": the city level of
 * a year CBS has not published (cityFactor), the share of the current year that has passed
 * (yearShare), and one or two local emerging clusters in the last weeks (addEmergingClusters), so
 * the early-warning view has something to show. Seeded and deterministic like generator.ts.
 */
import type { BBox } from '../../areas/index.ts';
import { wgs84ToRd } from '../../areas/index.ts';
import { nationalTrend } from '../cbs-counts/national-crime.ts';
import type { EventBatch } from '../import/event-batch.ts';
import type { SyntheticInput } from './generator.ts';
import { cumulative, pick, seededRandom, type Random } from './seeded-random.ts';
import { profileOf } from './time-profiles.ts';

const DAY = 86_400_000;
const MAX_TREND = 0.03;
const NOISE = 0.03;

/** The city total of `year` relative to the base year. */
export function cityFactor(input: SyntheticInput, year: number): number {
  const last = Math.max(...input.national.keys());
  if (year <= last) return nationalTrend(input.national, year, input.baseYear);
  const level = nationalTrend(input.national, last, input.baseYear);
  const lastChange = input.national.has(last - 1) ? nationalTrend(input.national, last, last - 1) - 1 : 0;
  const trend = Math.max(-MAX_TREND, Math.min(MAX_TREND, lastChange / 2));
  let factor = level;
  for (let y = last + 1; y <= year; y++) {
    const noise = (seededRandom(input.seed * 1000 + y).next() * 2 - 1) * NOISE;
    factor *= 1 + trend + noise;
  }
  return factor;
}

/** The share of `year` before `until` (1 for a year that has ended, 0 for one not begun). */
export function yearShare(year: number, until: number | undefined): number {
  if (until === undefined) return 1;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return Math.max(0, Math.min(1, (until - start) / (end - start)));
}

/** A made-up series: `count` incidents of `crimeType` in the buurt of rank `rank` (by registered total) in the last `days` days. */
interface Cluster {
  crimeType: string;
  rank: number;
  count: number;
  days: number;
}

export const EMERGING_CLUSTERS: readonly Cluster[] = [
  { crimeType: '1.1.1', rank: 8, count: 14, days: 21 },
  { crimeType: '1.2.3', rank: 20, count: 18, days: 14 },
];

/** The buurt of a cluster: the rank-th by registered total among buurten with a polygon. */
export function clusterBuurt(input: SyntheticInput, rank: number): string | null {
  const withBox = new Set(input.buurten.filter((b) => b.bbox).map((b) => b.code));
  const ranked = [...input.counts.entries()]
    .filter(([code, n]) => withBox.has(code) && n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return ranked[Math.min(rank, ranked.length - 1)]?.[0] ?? null;
}

/** Adds the clusters of EMERGING_CLUSTERS before `input.until` (none without `until` or when it is not after the last registered year). */
export function addEmergingClusters(
  input: SyntheticInput,
  batch: EventBatch,
  pointIn: (buurtCode: string, box: BBox) => [number, number],
): void {
  if (input.until === undefined || !Number.isFinite(input.until)) return;
  if (input.until <= Date.UTC(Math.max(...input.national.keys()) + 1, 0, 1)) return;
  const rnd: Random = seededRandom(input.seed * 7919 + 1);
  for (const c of EMERGING_CLUSTERS) {
    const code = clusterBuurt(input, c.rank);
    const buurt = input.buurten.find((b) => b.code === code);
    if (!buurt?.bbox || !input.crimeTypes.has(c.crimeType)) continue;
    const hours = cumulative(profileOf(c.crimeType).hours);
    for (let k = 0; k < c.count; k++) {
      const day = Math.floor((input.until - DAY * (1 + rnd.int(c.days))) / DAY) * DAY;
      const start = Math.min(input.until - 60_000, day + pick(hours, rnd) * 3_600_000 + rnd.int(60) * 60_000);
      const [lon, lat] = pointIn(buurt.code, buurt.bbox);
      const [x, y] = wgs84ToRd(lon, lat);
      batch.push({
        line: batch.length + 1,
        sourceId: `SYN-${input.seed}-C-${c.crimeType}-${String(k + 1).padStart(3, '0')}`,
        crimeType: c.crimeType,
        localType: null,
        startMs: start,
        endMs: Number.NaN,
        x: Math.round(x * 100) / 100,
        y: Math.round(y * 100) / 100,
        lat,
        lon,
        areaYear: input.areaYear,
        buurtCode: buurt.code,
        wijkCode: buurt.wijkCode,
        offenderRef: null,
        victimRef: null,
        addressRef: null,
      });
    }
  }
}
