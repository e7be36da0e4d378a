/**
 * The network module's demo content: the partner organisations the demo missions work with,
 * marked `demo` (migration 0083). `remove` deletes them and what hangs off them (their mission
 * participations and member links, by ON DELETE CASCADE; measures they owned keep no owner).
 * Names carry no person; a real partner with the same name is left alone and not used.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../core/module-contract.ts';
import type { PartnerKind } from './tables.ts';

/** The demo partners, by a short key the missions demo uses. */
export const DEMO_PARTNERS: Record<string, { name: string; kind: PartnerKind; contactRole: string; description: string }> = {
  police: {
    name: 'Politie basisteam (demo)',
    kind: 'police',
    contactRole: 'wijkagent',
    description: 'Surveillance, aanhoudingen en informatie uit de politiesystemen.',
  },
  housing: {
    name: 'Woningcorporatie (demo)',
    kind: 'housing-corporation',
    contactRole: 'wijkconsulent',
    description: 'Hang- en sluitwerk, verlichting in portieken en gesprekken met huurders.',
  },
  youth: {
    name: 'Jongerenwerk (demo)',
    kind: 'youth-work',
    contactRole: 'ambulant jongerenwerker',
    description: 'Contact met jongeren op straat en activiteiten in de avonduren.',
  },
  social: {
    name: 'Sociaal wijkteam (demo)',
    kind: 'social-team',
    contactRole: 'coördinator',
    description: 'Hulp aan gezinnen en jongeren achter de overlast.',
  },
  residents: {
    name: 'Buurtpreventie (demo)',
    kind: 'residents',
    contactRole: 'contactpersoon van het team',
    description: 'Bewoners die samen rondes lopen en signalen doorgeven.',
  },
};
export type DemoPartnerKey = keyof typeof DEMO_PARTNERS;

/** The demo partners of the municipality (creating those not there yet): key → partner id. */
export async function ensureDemoPartners(ctx: ServiceContext, gemeente: string): Promise<Map<string, string>> {
  await ctx.db
    .insertInto('partners')
    .values(
      Object.values(DEMO_PARTNERS).map((p) => ({
        gemeente_code: gemeente,
        id: randomUUID(),
        name: p.name,
        kind: p.kind,
        contact_role: p.contactRole,
        description: p.description,
        demo: true,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  const rows = await ctx.db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .execute();
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return new Map(Object.entries(DEMO_PARTNERS).flatMap(([key, p]) => (byName.has(p.name) ? [[key, byName.get(p.name)!] as const] : [])));
}

async function loadNetworkDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  const had = await ctx.db.selectFrom('partners').select('id').where('gemeente_code', '=', env.gemeente).where('demo', '=', true).execute();
  if (had.length > 0) return [];
  const partners = await ensureDemoPartners(ctx, env.gemeente);
  return [`network: ${partners.size} demo partner organisations`];
}

/** Deletes the demo partners (their participations and member links go with them); the number deleted. */
export async function removeDemoPartners(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  const res = await ctx.db.deleteFrom('partners').where('gemeente_code', '=', env.gemeente).where('demo', '=', true).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Demo partner organisations held now. */
async function countDemoPartners(ctx: ServiceContext, env: DemoEnv): Promise<number> {
  const row = await ctx.db
    .selectFrom('partners')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_code', '=', env.gemeente)
    .where('demo', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const networkDemo: DemoContent = { load: loadNetworkDemo, remove: removeDemoPartners, count: countDemoPartners };
