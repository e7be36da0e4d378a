/**
 * Demo pulse answers and stories: answers over the last four months in eight buurten of the newest
 * indeling — enough to pass the pulse threshold in four of them and too few in the other four —
 * and the demo stories (stories.ts), some moderated, some waiting. Marked `demo`; the device hash
 * is random (no device stands behind a demo answer).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import { areaHierarchy, vintageYears } from '../../areas/index.ts';
import { shingles } from '../moderation/text-checks.ts';
import { listThemes } from '../moderation/themes.ts';
import { periodOf } from '../pulse/device.ts';
import { AGE_BANDS, PULSE_PROBLEM_CODES } from '../pulse/questions.ts';
import { between, seededRandom } from './random.ts';
import { DEMO_STORIES } from './stories.ts';

const DAY = 86_400_000;
/** Answers per buurt: four buurten above the default threshold (10), four below it. */
const ANSWERS = [34, 26, 21, 15, 7, 5, 4, 3];

interface DemoResponse {
  id: string;
  buurt_code: string;
  wijk_code: string | null;
  day: Date;
  problems: string[];
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** Answer rows for one buurt; its night mark is lower where the buurt's (seeded) problems are larger. */
function answersOf(buurt: { code: string; parentCode: string | null }, count: number, areaYear: number, now: Date) {
  const rnd = seededRandom(`pulse:${buurt.code}`);
  const worry = between(rnd, 0, 2.5);
  return Array.from({ length: count }, () => {
    const day = new Date(now.getTime() - Math.floor(between(rnd, 1, 120)) * DAY);
    const problems: string[] = [...new Set(Array.from({ length: Math.floor(between(rnd, 0, 3)) }, () => pick(rnd, PULSE_PROBLEM_CODES)))];
    const night = Math.round(Math.min(10, Math.max(1, between(rnd, 5, 9) - worry)));
    return {
      id: randomUUID(),
      buurt_code: buurt.code,
      wijk_code: buurt.parentCode,
      area_year: areaYear,
      period: periodOf(day),
      year: day.getUTCFullYear(),
      safe_day: Math.min(10, night + Math.floor(between(rnd, 0, 3))),
      safe_night: night,
      problems,
      age_band: rnd() < 0.2 ? null : pick(rnd, AGE_BANDS),
      device_hash: randomBytes(32).toString('hex'),
      submitted_on: day.toISOString().slice(0, 10),
      day,
    };
  });
}

/** Writes the demo answers and stories; the numbers written. */
export async function insertDemoPulse(
  ctx: ServiceContext,
  gemeente: string,
  now: Date,
): Promise<{ answers: number; stories: number; buurten: number }> {
  const vintages = await vintageYears(ctx, gemeente);
  if (vintages.length === 0) return { answers: 0, stories: 0, buurten: 0 };
  const areaYear = Math.max(...vintages);
  const buurten = (await areaHierarchy(ctx, gemeente, areaYear))
    .filter((a) => a.level === 'buurt')
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code))
    .slice(0, ANSWERS.length);
  const rows = buurten.flatMap((b, i) => answersOf(b, ANSWERS[i]!, areaYear, now));
  if (rows.length === 0) return { answers: 0, stories: 0, buurten: 0 };
  const withStory = rows.filter((r) => r.buurt_code !== rows[rows.length - 1]!.buurt_code).filter((_, i) => i % 5 === 0);
  const known = new Set((await listThemes(ctx, gemeente)).map((t) => t.slug));
  const stories = DEMO_STORIES.slice(0, withStory.length).map((s, i) => storyRow(gemeente, s, withStory[i]!, now, known));
  stories.forEach((s, i) => {
    const r = withStory[i]!;
    r.problems = [...new Set([...r.problems, ...s.problems])];
  });
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('pulse_responses')
      .values(
        rows.map(({ day: _day, ...r }) => ({ ...r, gemeente_code: gemeente, problems: JSON.stringify(r.problems) as never, demo: true })),
      )
      .execute();
    if (stories.length)
      await tx
        .insertInto('pulse_stories')
        .values(stories.map(({ row }) => row))
        .execute();
  });
  return { answers: rows.length, stories: stories.length, buurten: buurten.length };
}

function storyRow(gemeente: string, s: (typeof DEMO_STORIES)[number], r: DemoResponse, now: Date, themes: Set<string>) {
  const moderatedAt = new Date(Math.min(r.day.getTime() + 2 * DAY, now.getTime()));
  return {
    problems: s.problems,
    row: {
      gemeente_code: gemeente,
      id: randomUUID(),
      response_id: r.id,
      buurt_code: r.buurt_code,
      wijk_code: r.wijk_code,
      year: r.day.getUTCFullYear(),
      status: s.approved ? ('approved' as const) : ('pending' as const),
      text: s.text,
      shingles: JSON.stringify(shingles(s.text)) as never,
      flags: '[]' as never,
      themes: JSON.stringify(s.themes.filter((t) => themes.has(t))) as never,
      moderated_by: s.approved ? 'system:demo' : null,
      moderated_at: s.approved ? moderatedAt : null,
      submitted_on: r.day.toISOString().slice(0, 10),
      demo: true,
    },
  };
}
