/**
 * The perception module's demo content (`PlatformModule.demo`): survey results per wijk and buurt
 * (survey-demo.ts), pulse answers and stories (pulse-demo.ts), all marked `demo` (migration 0082).
 * `remove` deletes exactly those rows; real imported figures, answers and stories stay.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../../core/module-contract.ts';
import { insertDemoPulse } from './pulse-demo.ts';
import { demoSurveyRows, insertDemoSurvey } from './survey-demo.ts';

/** Whether the municipality has demo perception rows already. */
export async function hasPerceptionDemo(ctx: ServiceContext, gemeente: string): Promise<boolean> {
  const [survey, pulse] = await Promise.all([
    ctx.db
      .selectFrom('survey_results')
      .select('year')
      .where('gemeente_code', '=', gemeente)
      .where('demo', '=', true)
      .limit(1)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('pulse_responses')
      .select('id')
      .where('gemeente_code', '=', gemeente)
      .where('demo', '=', true)
      .limit(1)
      .executeTakeFirst(),
  ]);
  return survey !== undefined || pulse !== undefined;
}

export async function loadPerceptionDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if (await hasPerceptionDemo(ctx, env.gemeente)) return [];
  const rows = await demoSurveyRows(ctx, env.gemeente, env.now);
  const written = await insertDemoSurvey(ctx, env.gemeente, rows);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const areas = new Set(rows.map((r) => r.area_code)).size;
  const pulse = await insertDemoPulse(ctx, env.gemeente, env.now);
  return [
    `perception: ${written} demo survey results (${years.join(', ') || 'no indeling'}, ${areas} areas)`,
    `perception: ${pulse.answers} demo pulse answers in ${pulse.buurten} buurten, ${pulse.stories} demo stories`,
  ];
}

export async function removePerceptionDemo(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  return ctx.db.transaction().execute(async (tx) => {
    const stories = await tx
      .deleteFrom('pulse_stories')
      .where('gemeente_code', '=', env.gemeente)
      .where('demo', '=', true)
      .executeTakeFirst();
    const answers = await tx
      .deleteFrom('pulse_responses')
      .where('gemeente_code', '=', env.gemeente)
      .where('demo', '=', true)
      .executeTakeFirst();
    const survey = await tx
      .deleteFrom('survey_results')
      .where('gemeente_code', '=', env.gemeente)
      .where('demo', '=', true)
      .executeTakeFirst();
    return [stories, answers, survey].reduce((n, r) => n + Number(r.numDeletedRows), 0);
  });
}

/** Demo survey results, pulse answers and stories held now. */
async function countPerceptionDemo(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  let n = 0;
  for (const table of ['pulse_stories', 'pulse_responses', 'survey_results'] as const) {
    const row = await ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('gemeente_code', '=', env.gemeente)
      .where('demo', '=', true)
      .executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  return n;
}

export const perceptionDemo: DemoContent = { load: loadPerceptionDemo, remove: removePerceptionDemo, count: countPerceptionDemo };
