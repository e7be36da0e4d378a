/**
 * The network module's demo content (demo-content.ts): partner organisations marked `demo`
 * (migration 0083) with their made-up contact persons and agreements. `remove` deletes the demo
 * partners and what hangs off them (contacts, agreements, mission participations and member links,
 * by ON DELETE CASCADE; measures they owned keep no owner). A real partner with the same name is
 * left alone and not used.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import type { DemoContent, DemoEnv } from '../../core/module-contract.ts';
import { addDays, todayOf } from './agreement-status.ts';
import { DEMO_AGREEMENTS, DEMO_PARTNERS, type DemoPartner, MORE_DEMO_PARTNERS } from './demo-content.ts';

export { DEMO_PARTNERS, type DemoPartnerKey } from './demo-content.ts';

const DORDRECHT = 'GM0505';

/** Inserts these demo partners (a name taken is skipped); name → id of the demo partners now held. */
async function insertDemoPartners(ctx: ServiceContext, gemeente: string, partners: readonly DemoPartner[]): Promise<Map<string, string>> {
  await ctx.db
    .insertInto('partners')
    .values(
      partners.map((p) => ({
        gemeente_code: gemeente,
        id: randomUUID(),
        name: p.name,
        kind: p.kind,
        contact_role: p.contactRole,
        description: p.description,
        area_codes: gemeente === DORDRECHT ? p.areas : [],
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
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** The demo partners of the municipality (creating those not there yet): key → partner id. */
export async function ensureDemoPartners(ctx: ServiceContext, gemeente: string): Promise<Map<string, string>> {
  const byName = await insertDemoPartners(ctx, gemeente, Object.values(DEMO_PARTNERS));
  return new Map(Object.entries(DEMO_PARTNERS).flatMap(([key, p]) => (byName.has(p.name) ? [[key, byName.get(p.name)!] as const] : [])));
}

async function insertDemoContacts(ctx: ServiceContext, partners: readonly DemoPartner[], ids: Map<string, string>): Promise<number> {
  const rows = partners.flatMap((p) =>
    ids.has(p.name)
      ? p.contacts.map((c) => ({
          id: randomUUID(),
          partner_id: ids.get(p.name)!,
          name: c.name,
          job_title: c.jobTitle,
          work_email: c.email,
          work_phone: c.phone,
        }))
      : [],
  );
  if (rows.length) await ctx.db.insertInto('partner_contacts').values(rows).execute();
  return rows.length;
}

async function insertDemoAgreements(ctx: ServiceContext, env: DemoEnv, ids: Map<string, string>): Promise<number> {
  const today = todayOf(env.now);
  let n = 0;
  for (const a of DEMO_AGREEMENTS) {
    const owner = ids.get(a.under);
    if (!owner) continue;
    const id = randomUUID();
    await ctx.db
      .insertInto('partner_agreements')
      .values({
        gemeente_code: env.gemeente,
        id,
        partner_id: owner,
        kind: a.kind,
        title: a.title,
        legal_basis: a.legalBasis,
        starts_on: addDays(today, a.startDays),
        ends_on: a.endDays === null ? null : addDays(today, a.endDays),
        data_covered: a.dataCovered,
        area_codes: env.gemeente === DORDRECHT ? a.areas : [],
      })
      .execute();
    const parties = [owner, ...a.others.flatMap((name) => (ids.has(name) ? [ids.get(name)!] : []))];
    await ctx.db
      .insertInto('partner_agreement_parties')
      .values([...new Set(parties)].map((partner_id) => ({ agreement_id: id, partner_id })))
      .execute();
    n++;
  }
  return n;
}

async function loadNetworkDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  const had = await ctx.db.selectFrom('partners').select('id').where('gemeente_code', '=', env.gemeente).where('demo', '=', true).execute();
  if (had.length > 0) return [];
  const all = [...Object.values(DEMO_PARTNERS), ...MORE_DEMO_PARTNERS];
  const ids = await insertDemoPartners(ctx, env.gemeente, all);
  const contacts = await insertDemoContacts(ctx, all, ids);
  const agreements = await insertDemoAgreements(ctx, env, ids);
  return [`network: ${ids.size} demo partner organisations, ${contacts} contact persons, ${agreements} agreements`];
}

/** Deletes the demo partners (their contacts, agreements, participations and member links go with them); the number deleted. */
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
