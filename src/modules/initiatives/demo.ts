/**
 * The initiatives module's demo content: four residents' initiatives in Dordrecht buurten (one new
 * and unreviewed), marked `demo`, with made-up contacts (example.invalid addresses). Buurten the
 * loaded areas do not know (another municipality) are skipped. `remove` deletes them with their
 * contacts, history and support (ON DELETE CASCADE).
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../core/module-contract.ts';
import { isKnownArea } from '../areas/index.ts';
import { insertInitiative, type NewInitiative, updateInitiative } from './initiative-store.ts';
import { dayOf, yearAfter } from './present.ts';
import type { InitiativeStatus } from './tables.ts';

type DemoInitiative = Omit<NewInitiative, 'id' | 'gemeente' | 'demo' | 'point' | 'createdAt'> & {
  status: InitiativeStatus;
  daysAgo: number;
};

const DEMO_INITIATIVES: DemoInitiative[] = [
  {
    kind: 'buurtpreventie',
    title: 'Buurtpreventie Sterrenburg (demo)',
    description: 'Twee avonden per week lopen bewoners een ronde door de wijk en geven signalen door aan de wijkagent.',
    buurtCode: 'BU05050900',
    peopleEstimate: 14,
    supportAsked: ['materials', 'police-contact'],
    supportNote: 'Hesjes en zaklampen; een vast aanspreekpunt bij de politie.',
    publish: true,
    publishContactEmail: false,
    contact: { name: 'Demo Bewoner Sterrenburg', email: 'buurtpreventie-sterrenburg@example.invalid', phone: null },
    status: 'active',
    daysAgo: 300,
  },
  {
    kind: 'whatsapp-buurtpreventie',
    title: 'WhatsApp-buurtpreventie Crabbehof-Noord (demo)',
    description: 'Een WhatsApp-groep van buren die verdachte situaties melden volgens de SAAR-regels.',
    buurtCode: 'BU05050801',
    peopleEstimate: 85,
    supportAsked: ['training', 'materials'],
    supportNote: 'Borden "WhatsApp buurtpreventie" en een korte uitleg over melden.',
    publish: true,
    publishContactEmail: true,
    contact: { name: 'Demo Beheerder Crabbehof', email: 'wabp-crabbehof@example.invalid', phone: null },
    status: 'supported',
    daysAgo: 120,
  },
  {
    kind: 'clean-up',
    title: 'Opschoondag Wielwijk (demo)',
    description: 'Elke eerste zaterdag van de maand ruimen bewoners samen zwerfafval op rond het winkelcentrum.',
    buurtCode: 'BU05050702',
    peopleEstimate: 20,
    supportAsked: ['materials', 'municipality-contact'],
    supportNote: 'Grijpers, zakken en het ophalen van de zakken.',
    publish: true,
    publishContactEmail: false,
    contact: { name: 'Demo Bewoner Wielwijk', email: 'schoon-wielwijk@example.invalid', phone: '0612345678' },
    status: 'active',
    daysAgo: 400,
  },
  {
    kind: 'neighbourhood-event',
    title: 'Burendag Binnenstad (demo)',
    description: 'Een straatfeest om buren te leren kennen, met een kraam van de wijkagent en het jongerenwerk.',
    buurtCode: 'BU05050100',
    peopleEstimate: 60,
    supportAsked: ['budget', 'police-contact'],
    supportNote: 'Een bijdrage voor de huur van tafels en een springkussen.',
    publish: false,
    publishContactEmail: false,
    contact: { name: 'Demo Organisator Binnenstad', email: 'burendag-binnenstad@example.invalid', phone: null },
    status: 'new',
    daysAgo: 3,
  },
];

async function countDemo(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  const row = await ctx.db
    .selectFrom('initiatives')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', env.gemeente)
    .where('demo', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function loadDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if ((await countDemo(ctx, env)) > 0) return [];
  let loaded = 0;
  for (const d of DEMO_INITIATIVES) {
    if (!(await isKnownArea(ctx, env.gemeente, 'buurt', d.buurtCode))) continue;
    const id = randomUUID();
    const createdAt = new Date(env.now.getTime() - d.daysAgo * 86_400_000);
    const { status, daysAgo: _daysAgo, ...rest } = d;
    await insertInitiative(ctx.db, { ...rest, id, gemeente: env.gemeente, point: null, demo: true, createdAt }, randomUUID());
    if (status !== 'new') {
      const nextCheckIn = status === 'active' ? yearAfter(dayOf(createdAt)) : null;
      await updateInitiative(ctx.db, id, { status, published: d.publish, next_check_in: nextCheckIn }, env.now);
    }
    loaded++;
  }
  return loaded ? [`initiatives: ${loaded} demo residents' initiatives`] : [];
}

async function removeDemo(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  const res = await ctx.db.deleteFrom('initiatives').where('gemeente_code', '=', env.gemeente).where('demo', '=', true).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export const initiativesDemo: DemoContent = { load: loadDemo, remove: removeDemo, count: countDemo };
