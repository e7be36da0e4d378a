/**
 * Clearly made-up residents' reports for the Analyse browser test (analysis-prepare.ts imports
 * them; analysis-more.test.ts checks the pattern): SIGNAL_COUNT reports on Fridays in January–March
 * 2023 (winter time, UTC+1), two of every three at 22:xx local time; the even ones in the first
 * three buurten, the odd ones spread over the next. Pure.
 */
export const SIGNAL_COUNT = 120;
/** Reports at Friday 22:00–23:00 local time (every k with k % 3 !== 0). */
export const FRIDAY_LATE = SIGNAL_COUNT - Math.ceil(SIGNAL_COUNT / 3);
const FIRST_FRIDAY = Date.UTC(2023, 0, 6);
const HOUR = 3_600_000;

export function syntheticReports(points: readonly [number, number][]): Record<string, unknown>[] {
  if (points.length < 4) throw new Error('need at least four buurt points');
  return Array.from({ length: SIGNAL_COUNT }, (_, k) => {
    const [lon, lat] = points[k % 2 === 0 ? k % 3 : 3 + (k % (points.length - 3))]!;
    const localHour = k % 3 === 0 ? 9 + (k % 8) : 22;
    const created = FIRST_FRIDAY + (k % 12) * 7 * 24 * HOUR + (localHour - 1) * HOUR + (k % 50) * 60_000;
    return {
      id: `e2e-${k}`,
      created_at: new Date(created).toISOString(),
      lat,
      lon,
      category: k % 4 === 0 ? 'straatverlichting' : 'afval-dumping',
    };
  });
}
