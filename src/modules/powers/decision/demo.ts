/**
 * Demo content of the register: two fictional decisions in Dordrecht, marked `demo`, dated relative
 * to `now`; `remove` deletes them (their transitions and reminders go with them).
 * - a 13b closure of a fictional dwelling in the city centre (no real address: a point with a demo
 *   label), bekendgemaakt, a bezwaar pending, the closure in force;
 * - a 151c camera area around Statenplein and Visstraat, decided about a year ago and in force.
 * No case, no person.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../../core/module-contract.ts';
import { getAreaLocator } from '../../areas/index.ts';
import { seedPowerBasesIfEmpty } from './bases.ts';
import { addDays, todayOf } from './calendar.ts';
import {
  countDemoDecisions,
  type DecisionRecord,
  deleteDemoDecisions,
  insertDecision,
  insertTransition,
  nextDecisionNumber,
} from './decision-store.ts';
import { emptyAwbRecord } from './terms.ts';

const CLOSURE_POINT = { lon: 4.6676, lat: 51.8128 };
const CAMERA_AREA = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [4.6662, 51.8105],
      [4.6722, 51.8105],
      [4.6722, 51.8138],
      [4.6662, 51.8138],
      [4.6662, 51.8105],
    ],
  ],
};

type Step = [action: string, from: string, to: string, on: string, reason: string | null];

async function buurtAt(ctx: ServiceContext, gemeente: string, lon: number, lat: number): Promise<string | null> {
  try {
    return (await getAreaLocator(ctx, gemeente)).locate(lon, lat)?.buurt.code ?? null;
  } catch {
    return null;
  }
}

async function insertDemo(
  ctx: ServiceContext,
  env: DemoEnv,
  d: Partial<DecisionRecord> & { baseCode: string; title: string },
  steps: Step[],
) {
  const id = randomUUID();
  const number = await nextDecisionNumber(ctx.db, todayOf(env.now).slice(0, 4));
  await insertDecision(ctx.db, env.gemeente, { ...d, id, number, demo: true, createdBy: null });
  for (const [action, fromState, toState, effectiveOn, reason] of steps)
    await insertTransition(ctx.db, id, {
      id: randomUUID(),
      action,
      fromState,
      toState,
      effectiveOn,
      reason,
      details: { demo: true },
      actorId: null,
    });
}

async function loadClosure(ctx: ServiceContext, env: DemoEnv, day: (n: number) => string): Promise<void> {
  const record = emptyAwbRecord({
    state: 'bezwaar',
    hearingInvitedOn: day(-70),
    hearingDue: day(-56),
    decidedOn: day(-52),
    announcedOn: day(-50),
    objectionReceivedOn: day(-20),
    measureStart: day(-45),
    measureEnd: day(45),
    publicText: 'De burgemeester heeft een woning in de binnenstad voor drie maanden gesloten op grond van art. 13b Opiumwet (demo).',
    publishedOn: day(-50),
  });
  await insertDemo(
    ctx,
    env,
    {
      ...record,
      baseCode: 'opiumwet-13b',
      title: 'Sluiting woning binnenstad na vondst hennepkwekerij (demo)',
      summary: 'Fictief voorbeeld: bij een doorzoeking is een hennepkwekerij aangetroffen. Sluiting voor drie maanden.',
      addressLabel: 'Demo: fictieve woning, binnenstad',
      ...CLOSURE_POINT,
      buurtCode: await buurtAt(ctx, env.gemeente, CLOSURE_POINT.lon, CLOSURE_POINT.lat),
      facts: [{ kind: 'incident', reference: 'DEMO-2026-0001', note: 'Bestuurlijke rapportage politie (fictief)' }],
      documents: [{ title: 'Bestuurlijke rapportage (demo)', reference: 'DMS-DEMO-13B-1', date: day(-75) }],
    },
    [
      ['invite-hearing', 'voornemen', 'zienswijze', day(-70), null],
      ['decide', 'zienswijze', 'besluit', day(-52), null],
      ['announce', 'besluit', 'bekendgemaakt', day(-50), null],
      ['object', 'bekendgemaakt', 'bezwaar', day(-20), null],
    ],
  );
}

async function loadCameraArea(ctx: ServiceContext, env: DemoEnv, day: (n: number) => string): Promise<void> {
  const buurt = await buurtAt(ctx, env.gemeente, 4.6692, 51.8121);
  const record = emptyAwbRecord({
    state: 'bekendgemaakt',
    decidedOn: day(-372),
    announcedOn: day(-370),
    measureStart: day(-365),
    measureEnd: day(365),
    publicText: 'Cameratoezicht op het Statenplein en in de Visstraat (art. 151c Gemeentewet), twee jaar (demo).',
    publishedOn: day(-370),
  });
  await insertDemo(
    ctx,
    env,
    {
      ...record,
      baseCode: 'gemeentewet-151c',
      title: 'Cameratoezicht Statenplein en Visstraat (demo)',
      summary: 'Fictief voorbeeld: cameratoezicht in het uitgaansgebied, jaarlijks te evalueren.',
      areaCodes: buurt ? [buurt] : [],
      geometry: CAMERA_AREA,
    },
    [
      ['decide', 'voornemen', 'besluit', day(-372), 'Aanwijzing na overleg in de driehoek; geen belanghebbende om te horen (demo)'],
      ['announce', 'besluit', 'bekendgemaakt', day(-370), null],
    ],
  );
}

async function loadDecisionsDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if (env.gemeente !== 'GM0505' || (await countDemoDecisions(ctx.db, env.gemeente)) > 0) return [];
  await seedPowerBasesIfEmpty(ctx.db, env.gemeente);
  const today = todayOf(env.now);
  const day = (n: number) => addDays(today, n);
  await loadClosure(ctx, env, day);
  await loadCameraArea(ctx, env, day);
  return ['powers: 2 demo decisions (a 13b closure with a bezwaar pending, a 151c camera area)'];
}

export const decisionsDemo: DemoContent = {
  load: loadDecisionsDemo,
  remove: (ctx, env) => deleteDemoDecisions(ctx.db, env.gemeente),
  count: (ctx, env) => countDemoDecisions(ctx.db, env.gemeente),
};
