/**
 * Demo content: one youth group in Crabbehof-Noord (Dordrecht) with a hangplek, an approach with
 * the demo partners (network) and two shortlist assessments — hinderlijk, then overlastgevend —
 * marked `demo`; `remove` deletes it (its assessments go with it). Made up: no persons, no cases.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../core/module-contract.ts';
import { ensureDemoPartners } from '../network/index.ts';
import { countDemoGroups, deleteDemoGroups, insertAssessment, insertGroup } from './group-store.ts';
import { classify } from './shortlist.ts';

const DEMO_BUURT = 'BU05050801';
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

const FIRST = { rondhangen: 2, geluid: 2, vervuiling: 1, middelengebruik: 1, vernielingen: 1 };
const SECOND = { rondhangen: 2, geluid: 2, vervuiling: 1, middelengebruik: 1, intimideren: 2, vernielingen: 1, provoceren: 1 };

async function loadYouthGroupDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if (env.gemeente !== 'GM0505' || (await countDemoGroups(ctx.db, env.gemeente)) > 0) return [];
  const partners = await ensureDemoPartners(ctx, env.gemeente);
  const id = randomUUID();
  await insertGroup(
    ctx.db,
    env.gemeente,
    id,
    {
      name: 'Groep speeltuin Crabbehof (demo)',
      area_code: DEMO_BUURT,
      description:
        'Groep jongeren die ’s avonds rond de speeltuin hangt; geluidsoverlast, afval en sinds kort intimiderend gedrag naar bewoners.',
      size_estimate: 12,
      age_min: 14,
      age_max: 19,
      hangplekken: [{ name: 'Speeltuin Crabbehof (demo)', geometry: { type: 'Point', coordinates: [4.6672, 51.7968] } }],
      measures: [
        'Ambulant jongerenwerk op vrijdag- en zaterdagavond',
        'Extra verlichting bij de speeltuin',
        'Gesprek met ouders via het wijkteam',
      ],
      partner_ids: ['youth', 'police', 'social'].flatMap((k) => (partners.has(k) ? [partners.get(k)!] : [])),
      mission_id: null,
      owner_id: null,
      review_date: daysFrom(env.now, 30),
    },
    true,
  );
  for (const [days, answers] of [
    [-270, FIRST],
    [-60, SECOND],
  ] as const) {
    const computed = classify(answers);
    await insertAssessment(ctx.db, {
      id: randomUUID(),
      group_id: id,
      assessed_on: daysFrom(env.now, days),
      assessor_id: null,
      answers,
      computed,
      classification: computed,
      deviation_reason: null,
    });
  }
  return ['youth-groups: 1 demo youth group with 2 assessments'];
}

export const youthGroupsDemo: DemoContent = {
  load: loadYouthGroupDemo,
  remove: (ctx, env) => deleteDemoGroups(ctx.db, env.gemeente),
  count: (ctx, env) => countDemoGroups(ctx.db, env.gemeente),
};
