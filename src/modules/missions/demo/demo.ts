/**
 * The missions module's demo content (`PlatformModule.demo`): two missions built like real ones
 * (plan.ts finds where and when; content.ts holds the words; the youth mission also runs a
 * registered compliance trial, trial.ts), created through the module's own services so evidence, goal baselines and the effect are computed as for any mission, then
 * marked `demo` (migration 0083). The demo partners come from the network module.
 * `remove` deletes the demo missions; goals, measurements, measures, log, participants, evidence
 * and status history go with them (ON DELETE CASCADE). Real missions are never touched.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../../core/module-contract.ts';
import { areaNames } from '../../areas/index.ts';
import { ensureDemoPartners } from '../../network/index.ts';
import { contentCounts } from '../mission-store.ts';
import { missionSettings, type MissionSettings } from '../settings.ts';
import { BURGLARY, YOUTH, type DemoMission } from './content.ts';
import { createDemoMission } from './create.ts';
import { createDemoTrial } from './trial.ts';
import { latestIncident, planMission } from './plan.ts';

const VANDALISM = ['2.2.1', '1.6.1'];

async function demoMissionIds(ctx: ServiceContext, gemeente: string): Promise<string[]> {
  const rows = await ctx.db.selectFrom('missions').select('id').where('gemeente_code', '=', gemeente).where('demo', '=', true).execute();
  return rows.map((r) => r.id);
}

async function loadMissionsDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if ((await demoMissionIds(ctx, env.gemeente)).length > 0) return [];
  const s: MissionSettings = { ...missionSettings(env.config), gemeente: env.gemeente };
  const anchor = Math.min((await latestIncident(ctx, env.gemeente)) ?? env.now.getTime(), env.now.getTime());
  const partners = await ensureDemoPartners(ctx, env.gemeente);
  const lines: string[] = [];
  const avoid: string[] = [];
  const missions: [DemoMission, string[], number][] = [
    [BURGLARY, ['1.1.1', '1.1.2'], 7],
    [YOUTH, VANDALISM, 9],
  ];
  for (const [m, crimeTypes, monthsBack] of missions) {
    const plan = await planMission(ctx, env.gemeente, { crimeTypes, anchor, monthsBack, avoid });
    if (!plan) {
      lines.push(`missions: no demo mission "${m.key}" (no registered crime of these types in the year before its start)`);
      continue;
    }
    avoid.push(plan.wijk);
    const names = await areaNames(ctx, env.gemeente, plan.areaYear, [plan.wijk, ...plan.buurten]);
    const { id, number } = await createDemoMission(ctx, s, m, plan, names, partners);
    lines.push(`missions: demo mission ${number} "${m.title(names.get(plan.wijk) ?? plan.wijk)}" (start ${plan.start})`);
    if (m.key === 'youth') lines.push(await createDemoTrial(ctx, env.gemeente, id, env.now, anchor));
  }
  return lines;
}

/** Deletes the demo missions and everything hanging off them; the number of rows removed. */
async function removeMissionsDemo(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  const ids = await demoMissionIds(ctx, env.gemeente);
  if (ids.length === 0) return 0;
  const counts = [...(await contentCounts(ctx.db, ids)).values()].reduce(
    (n, c) => n + c.goals + c.measures + c.participants + c.logEntries,
    0,
  );
  const res = await ctx.db.deleteFrom('missions').where('gemeente_code', '=', env.gemeente).where('demo', '=', true).executeTakeFirst();
  return Number(res.numDeletedRows) + counts;
}

/** Demo missions held now. */
async function countMissionsDemo(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  return (await demoMissionIds(ctx, env.gemeente)).length;
}

export const missionsDemo: DemoContent = { load: loadMissionsDemo, remove: removeMissionsDemo, count: countMissionsDemo };
