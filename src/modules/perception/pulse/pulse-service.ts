/**
 * The residents' pulse: a short anonymous questionnaire per buurt (safe by day and by night 1–10,
 * problems from a list, optional story, optional age band). One answer per device per buurt per
 * quarter (see pulse-device.ts). Stories enter the moderation queue with automatic findings.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import { alreadyAnswered, invalidInput, notFound } from '../../../core/errors.ts';
import { getArea } from '../../areas/index.ts';
import { deviceHash, periodEnd, periodKey, periodOf } from './device.ts';
import { AGE_BANDS, PRIVACY_NOTE, PULSE_PROBLEMS, STORY_MAX_LENGTH, type AgeBand, type PulseProblem } from './questions.ts';
import { DUPLICATE_THRESHOLD, findOffensive, findPersonalData, jaccard, shingles } from '../moderation/text-checks.ts';

export interface PulseEnv {
  gemeente: string;
  now?: Date;
}

/** The buurt (newest vintage) with its wijk; 404 for unknown codes and for wijken. */
export async function pulseBuurt(ctx: ServiceContext, gemeente: string, code: string) {
  const area = await getArea(ctx, gemeente, code).catch(() => null);
  if (area?.properties.level !== 'buurt') throw notFound('Buurt', code);
  return {
    code,
    name: area.properties.name,
    year: area.properties.year,
    wijk: area.parent ? { code: area.parent.code, name: area.parent.name } : null,
  };
}

async function answersInPeriod(ctx: ServiceContext, gemeente: string, buurt: string, period: string): Promise<number> {
  return (await answerCounts(ctx, gemeente, buurt, period)).n;
}

/** Answers of a buurt in a period, and how many of them are demo answers. */
async function answerCounts(ctx: ServiceContext, gemeente: string, buurt: string, period: string): Promise<{ n: number; demo: number }> {
  const r = await ctx.db
    .selectFrom('pulse_responses')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.countAll().filterWhere('demo', '=', true).as('demo')])
    .where('gemeente_code', '=', gemeente)
    .where('buurt_code', '=', buurt)
    .where('period', '=', period)
    .executeTakeFirstOrThrow();
  return { n: Number(r.n), demo: Number(r.demo) };
}

async function hasAnswered(ctx: ServiceContext, gemeente: string, period: string, hash: string): Promise<boolean> {
  const r = await ctx.db
    .selectFrom('pulse_responses')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where('period', '=', period)
    .where('device_hash', '=', hash)
    .executeTakeFirst();
  return Boolean(r);
}

/** The questionnaire of a buurt for the current period, and whether this device already answered. */
export async function pulseQuestionnaire(ctx: ServiceContext, env: PulseEnv, buurtCode: string, deviceToken: string) {
  const now = env.now ?? new Date();
  const buurt = await pulseBuurt(ctx, env.gemeente, buurtCode);
  const period = periodOf(now);
  const hash = deviceHash(await periodKey(ctx.db, env.gemeente, period), deviceToken, buurtCode);
  const answers = await answerCounts(ctx, env.gemeente, buurtCode, period);
  return {
    buurt: { code: buurt.code, name: buurt.name },
    wijk: buurt.wijk,
    period,
    periodEnds: periodEnd(period).toISOString(),
    alreadyAnswered: await hasAnswered(ctx, env.gemeente, period, hash),
    answersThisPeriod: answers.n,
    demo: answers.demo > 0,
    problems: PULSE_PROBLEMS.map((p) => ({ ...p })),
    ageBands: [...AGE_BANDS],
    storyMaxLength: STORY_MAX_LENGTH,
    privacyNote: PRIVACY_NOTE,
  };
}

export interface PulseAnswer {
  safeDay: number;
  safeNight: number;
  problems: PulseProblem[];
  story?: string | undefined;
  ageBand?: AgeBand | undefined;
}

async function nearDuplicateOf(ctx: ServiceContext, gemeente: string, year: number, fp: number[]): Promise<string | null> {
  const earlier = await ctx.db
    .selectFrom('pulse_stories')
    .select(['id', 'shingles'])
    .where('gemeente_code', '=', gemeente)
    .where('year', '>=', year - 1)
    .execute();
  return earlier.find((s) => jaccard(fp, (s.shingles as number[]).map(Number)) >= DUPLICATE_THRESHOLD)?.id ?? null;
}

export async function submitPulse(ctx: ServiceContext, env: PulseEnv, buurtCode: string, deviceToken: string, a: PulseAnswer) {
  const now = env.now ?? new Date();
  const buurt = await pulseBuurt(ctx, env.gemeente, buurtCode);
  const period = periodOf(now);
  const hash = deviceHash(await periodKey(ctx.db, env.gemeente, period), deviceToken, buurtCode);
  if (new Set(a.problems).size !== a.problems.length) throw invalidInput([{ name: 'body.problems', reason: 'each problem at most once' }]);
  const story = a.story?.trim() || null;
  const id = randomUUID();
  const day = now.toISOString().slice(0, 10);
  const year = now.getUTCFullYear();
  const fp = story ? shingles(story) : [];
  const duplicateOf = story ? await nearDuplicateOf(ctx, env.gemeente, year, fp) : null;
  try {
    await ctx.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('pulse_responses')
        .values({
          gemeente_code: env.gemeente,
          id,
          buurt_code: buurt.code,
          wijk_code: buurt.wijk?.code ?? null,
          area_year: buurt.year,
          period,
          year,
          safe_day: a.safeDay,
          safe_night: a.safeNight,
          problems: JSON.stringify(a.problems) as never,
          age_band: a.ageBand ?? null,
          device_hash: hash,
          submitted_on: day,
        })
        .execute();
      if (!story) return;
      const flags = [
        ...findPersonalData(story),
        ...findOffensive(story),
        ...(duplicateOf ? [{ kind: 'duplicate' as const, match: duplicateOf, start: 0, end: 0 }] : []),
      ];
      await tx
        .insertInto('pulse_stories')
        .values({
          gemeente_code: env.gemeente,
          id: randomUUID(),
          response_id: id,
          buurt_code: buurt.code,
          wijk_code: buurt.wijk?.code ?? null,
          year,
          text: story,
          shingles: JSON.stringify(fp) as never,
          duplicate_of: duplicateOf,
          flags: JSON.stringify(flags) as never,
          submitted_on: day,
        })
        .execute();
    });
  } catch (err) {
    if (await hasAnswered(ctx, env.gemeente, period, hash)) {
      throw alreadyAnswered(
        `This device already answered for ${buurt.name} in ${period}. You can answer again from ${periodEnd(period).toISOString().slice(0, 10)}.`,
      );
    }
    throw err;
  }
  return {
    period,
    answersThisPeriod: await answersInPeriod(ctx, env.gemeente, buurt.code, period),
    storyStatus: story ? ('pending' as const) : null,
  };
}
