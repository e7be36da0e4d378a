/**
 * Pulse aggregates per area and year: n, mean marks by day and night, the share of answers that
 * rate the night 5 or lower ("feels unsafe at night"), and problem counts. Self-selected answers,
 * not a sample: always shown with n and withheld below STADSVEILIG_PULSE_MIN_ANSWERS.
 */
import type { ServiceContext } from '../../../core/context.ts';

export interface PulseStats {
  n: number;
  meanDay: number | null;
  meanNight: number | null;
  /** Percentage of answers with safe_night ≤ 5. */
  unsafeNightShare: number | null;
  problems: { code: string; answers: number }[];
  suppressed: boolean;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function summarisePulse(rows: { safe_day: number; safe_night: number; problems: unknown }[], minAnswers: number): PulseStats {
  const n = rows.length;
  if (n < minAnswers) return { n, meanDay: null, meanNight: null, unsafeNightShare: null, problems: [], suppressed: true };
  const counts = new Map<string, number>();
  for (const r of rows) for (const p of r.problems as string[]) counts.set(p, (counts.get(p) ?? 0) + 1);
  return {
    n,
    meanDay: round1(rows.reduce((s, r) => s + Number(r.safe_day), 0) / n),
    meanNight: round1(rows.reduce((s, r) => s + Number(r.safe_night), 0) / n),
    unsafeNightShare: round1((100 * rows.filter((r) => Number(r.safe_night) <= 5).length) / n),
    problems: [...counts]
      .map(([code, answers]) => ({ code, answers }))
      .sort((a, b) => b.answers - a.answers || a.code.localeCompare(b.code)),
    suppressed: false,
  };
}

/** Pulse answers grouped by buurt or wijk (or the whole municipality under its GM code) for a year. */
export async function pulseByArea(
  ctx: ServiceContext,
  gemeente: string,
  level: 'buurt' | 'wijk' | 'gemeente',
  year: number,
  minAnswers: number,
): Promise<Map<string, PulseStats>> {
  const rows = await ctx.db
    .selectFrom('pulse_responses')
    .select(['buurt_code', 'wijk_code', 'safe_day', 'safe_night', 'problems'])
    .where('gemeente_code', '=', gemeente)
    .where('year', '=', year)
    .execute();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = level === 'gemeente' ? gemeente : level === 'wijk' ? r.wijk_code : r.buurt_code;
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return new Map([...groups].map(([k, g]) => [k, summarisePulse(g, minAnswers)]));
}
