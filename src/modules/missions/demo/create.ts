/**
 * Creates one demo mission through the missions services (as a user of the web app would): the
 * mission with evidence from the analysis, marked demo at once (so a failure half-way still
 * leaves it removable), goals, measures, participants, log, the status up to "running", and for
 * the burglary mission an approved public summary.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { addParticipant } from '../../network/index.ts';
import { requireMissionAccess } from '../access.ts';
import { addMeasurement, createGoal } from '../goals/goal-service.ts';
import { addLogEntry } from '../log/log-service.ts';
import { createMeasure } from '../measures/measure-service.ts';
import { LEGAL_BASIS } from '../measures/schema.ts';
import { createMission, transitionMission } from '../mission-service.ts';
import { approvePublicSummary, savePublicSummary } from '../public/public-service.ts';
import type { MissionSettings } from '../settings.ts';
import { addMonths, type DemoMission } from './content.ts';
import type { MissionPlan } from './plan.ts';

const listText = (names: string[]) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

async function createMarked(ctx: ServiceContext, s: MissionSettings, m: DemoMission, plan: MissionPlan, names: Map<string, string>) {
  const wijk = names.get(plan.wijk) ?? plan.wijk;
  const baselineFrom = addMonths(plan.start, -12);
  const mission = await createMission(ctx, s, {
    title: m.title(wijk),
    problemStatement: m.problem(wijk, listText(plan.buurten.map((c) => names.get(c) ?? c)), plan),
    scope: { kind: 'buurten', year: plan.areaYear, codes: plan.buurten },
    crimeTypes: plan.crimeTypes,
    signalCategories: [],
    times: { description: m.times, hoursOfWeek: plan.hoursOfWeek },
    priority: m.priority,
    startDate: plan.start,
    reviewIntervalDays: 90,
    nextReview: addMonths(plan.start, 12),
    impactScore: m.impact[0],
    impactRationale: m.impact[1],
    feasibilityScore: m.feasibility[0],
    feasibilityRationale: m.feasibility[1],
    evidence: [
      { kind: 'hottimes', title: 'Hottimes in het gebied (12 maanden vóór de start)', query: { from: baselineFrom, to: plan.start } },
      {
        kind: 'hotcrimes',
        title: 'Hotcrimes: het jaar vóór de start tegen het jaar daarvoor',
        query: { from: baselineFrom, to: plan.start, baselineFrom: addMonths(plan.start, -24), baselineTo: baselineFrom },
      },
    ],
  });
  await ctx.db.updateTable('missions').set({ demo: true }).where('id', '=', mission.id).execute();
  return mission;
}

async function addGoals(ctx: ServiceContext, s: MissionSettings, id: string, m: DemoMission, plan: MissionPlan) {
  const baselineFrom = addMonths(plan.start, -12);
  await createGoal(ctx, s, id, {
    title: m.goalTitle,
    indicator: { source: 'registered-crime', crimeTypes: plan.crimeTypes },
    direction: 'decrease',
    baselineFrom,
    baselineTo: plan.start,
    target: Math.round(plan.baseline * m.reduction),
    deadline: addMonths(plan.start, 12),
  });
  if (m.key !== 'youth') return;
  const goal = await createGoal(ctx, s, id, {
    title: 'Meer jongeren uit de groep in contact met het jongerenwerk',
    indicator: { source: 'custom', name: 'jongeren in contact met het jongerenwerk', unit: 'aantal' },
    direction: 'increase',
    baselineFrom,
    baselineTo: plan.start,
    target: 20,
    deadline: addMonths(plan.start, 12),
  });
  for (const [months, value] of [
    [-1, 4],
    [2, 9],
    [5, 14],
  ] as const)
    await addMeasurement(ctx, s, id, goal.id, { measuredOn: addMonths(plan.start, months, 15), value, source: 'registratie jongerenwerk' });
}

/** The demo mission, filled and running; its id and number. */
export async function createDemoMission(
  ctx: ServiceContext,
  s: MissionSettings,
  m: DemoMission,
  plan: MissionPlan,
  names: Map<string, string>,
  partners: Map<string, string>,
): Promise<{ id: string; number: string }> {
  const mission = await createMarked(ctx, s, m, plan, names);
  const id = mission.id;
  await addGoals(ctx, s, id, m, plan);
  for (const x of m.measures) {
    await createMeasure(ctx, s.gemeente, id, {
      title: x.title,
      description: x.description,
      type: x.type,
      powerKind: x.powerKind ?? null,
      legalBasis: x.powerKind ? LEGAL_BASIS[x.powerKind].basis : null,
      ownerPartnerId: x.partner ? (partners.get(x.partner) ?? null) : null,
      startDate: addMonths(plan.start, x.startMonths),
      status: 'running',
      design: x.design ?? null,
      hypothesis: x.hypothesis ?? null,
    });
  }
  for (const p of m.participants) {
    const partnerId = partners.get(p.partner);
    if (partnerId)
      await addParticipant(ctx, requireMissionAccess, s.gemeente, id, {
        kind: 'partner',
        partnerId,
        role: p.role,
        joinedOn: addMonths(plan.start, -1),
      });
  }
  for (const l of m.log)
    await addLogEntry(ctx, s.gemeente, id, { kind: l.kind, occurredOn: addMonths(plan.start, l.months, 10), title: l.title, body: l.body });
  for (const to of ['analysis', 'approach', 'running'] as const) await transitionMission(ctx, s, id, to);
  if (m.key === 'burglary') {
    await savePublicSummary(ctx, s.gemeente, id, {
      title: m.title(names.get(plan.wijk) ?? plan.wijk),
      summary:
        'Gemeente, politie, corporatie en bewoners werken samen om inbraken te voorkomen: betere sloten, extra rondes op de drukste uren en buurtpreventie.',
      join: 'Doe mee met de buurtpreventie of vraag een gratis check van uw sloten aan bij het wijkteam.',
    });
    await approvePublicSummary(ctx, s.gemeente, id, true);
  }
  return { id, number: mission.number };
}
