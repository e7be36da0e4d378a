/**
 * Demo cases: three made-up persons ("Demo Persoon A/B/C", born on 1 January, no BSN), marked
 * `demo`, loaded only with the demo content. Their procesregisseur is a demo caseworker account
 * (procesregisseur.demo@example.invalid) with a random password nobody is told: no one reads the
 * demo cases until an administrator sets that account's password (Beheer → Mensen) and logs in as
 * it — an administrator never sees them silently. `remove` deletes the demo cases and their rows;
 * the account stays (accounts are disabled, not deleted), and a later load reuses it.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import type { DemoContent, DemoEnv } from '../../../core/module-contract.ts';
import { accountSummary, createUser } from '../../users/index.ts';
import { countDemoCases, type DemoCaseRows, deleteDemoCases, demoDirectorId, insertDemoCase, saveDemoDirector } from './demo-store.ts';
import { encryptField, fieldKeyOf, searchHashes } from '../access/field-crypto.ts';
import type { CaseStatus, Trajectory } from '../tables.ts';

export const DEMO_DIRECTOR_EMAIL = 'procesregisseur.demo@example.invalid';
const LEGAL_BASIS = 'Convenant Zorg- en Veiligheidshuis (demo)';
const DAY = 86_400_000;

interface DemoPerson {
  letter: string;
  birthDate: string;
  criteria: string[];
  status: CaseStatus;
  trajectory: Trajectory;
  openedDaysAgo: number;
  planDaysAgo: number | null;
  closedDaysAgo: number | null;
  buurt: string;
  household: { name: string; birthDate: string | null; relation: string }[];
}

const PERSONS: DemoPerson[] = [
  {
    letter: 'A',
    birthDate: '2000-01-01',
    criteria: ['top-x'],
    status: 'plan-vastgesteld',
    trajectory: 'justitieel',
    openedDaysAgo: 60,
    planDaysAgo: 35,
    closedDaysAgo: null,
    buurt: 'BU05050801',
    household: [],
  },
  {
    letter: 'B',
    birthDate: '2008-01-01',
    criteria: ['young-at-risk'],
    status: 'in-behandeling',
    trajectory: 'zorg',
    openedDaysAgo: 20,
    planDaysAgo: null,
    closedDaysAgo: null,
    buurt: 'BU05050900',
    household: [{ name: 'Demo Ouder B', birthDate: '1980-01-01', relation: 'ouder' }],
  },
  {
    letter: 'C',
    birthDate: '1990-01-01',
    criteria: ['nazorg'],
    status: 'afgesloten',
    trajectory: 'nazorg',
    openedDaysAgo: 400,
    planDaysAgo: 380,
    closedDaysAgo: 200,
    buurt: 'BU05050702',
    household: [],
  },
];

const ago = (now: Date, days: number | null) => (days === null ? null : new Date(now.getTime() - days * DAY));

/** The demo procesregisseur's account id: the one on record, else a new caseworker account with an unknown password. */
async function ensureDemoDirector(ctx: ServiceContext, gemeente: string): Promise<string | null> {
  const known = await demoDirectorId(ctx.db, gemeente);
  if (known && (await accountSummary(ctx.db, known))) return known;
  try {
    const { user } = await createUser(ctx, { email: DEMO_DIRECTOR_EMAIL, role: 'caseworker', displayName: 'Procesregisseur (demo)' });
    await saveDemoDirector(ctx.db, gemeente, user.id);
    return user.id;
  } catch (err) {
    // the address is taken by an account not on record: load no cases rather than direct them by someone unknown
    if (err instanceof AppError && err.status === 409) return null;
    throw err;
  }
}

function demoRows(env: DemoEnv, p: DemoPerson, directorId: string): DemoCaseRows {
  const key = fieldKeyOf(env.config);
  const id = randomUUID();
  const name = `Demo Persoon ${p.letter}`;
  const opened = ago(env.now, p.openedDaysAgo)!;
  const steps: CaseStatus[] = ['aangemeld', 'in-behandeling', 'plan-vastgesteld', 'monitoring', 'afgesloten'];
  const path = steps.slice(0, steps.indexOf(p.status) + 1);
  return {
    case: {
      gemeente_code: env.gemeente,
      id,
      reference: `PGA-DEMO-${env.gemeente.slice(2)}-${p.letter}`,
      status: p.status,
      criteria: p.criteria,
      director_id: directorId,
      person_name: name,
      person_birth_date: p.birthDate,
      person_bsn_enc: null,
      person_address: `Demostraat ${p.letter === 'A' ? 1 : p.letter === 'B' ? 2 : 3}, Dordrecht (fictief)`,
      care_info_enc: encryptField(key, `Demo: fictieve zorginformatie van ${name}.`),
      search_hashes: searchHashes(key, { name, birthDate: p.birthDate }),
      area_code: env.gemeente === 'GM0505' ? p.buurt : null,
      trajectory: p.trajectory,
      legal_basis: LEGAL_BASIS,
      closing_reason: p.closedDaysAgo === null ? null : 'Demo: traject afgerond.',
      opened_at: opened,
      plan_set_at: ago(env.now, p.planDaysAgo),
      closed_at: ago(env.now, p.closedDaysAgo),
      demo: true,
    },
    members: [{ case_id: id, user_id: directorId, member_role: 'director', partner_id: null, added_by: null, added_at: opened }],
    household: p.household.map((h) => ({ id: randomUUID(), case_id: id, name: h.name, birth_date: h.birthDate, relation: h.relation })),
    history: path.map((to, i) => ({
      id: randomUUID(),
      case_id: id,
      from_status: i === 0 ? null : path[i - 1]!,
      to_status: to,
      reason: i === 0 ? 'Demo: aangemeld door het Zorg- en Veiligheidshuis.' : 'Demo: volgende stap.',
      actor_id: directorId,
      at: new Date(opened.getTime() + i * DAY),
    })),
  };
}

async function loadCaseDemo(ctx: ServiceContext, env: DemoEnv): Promise<string[]> {
  if ((await countDemoCases(ctx.db, env.gemeente)) > 0) return [];
  const directorId = await ensureDemoDirector(ctx, env.gemeente);
  if (!directorId) return [`cases: no demo cases (${DEMO_DIRECTOR_EMAIL} belongs to an account that is not the demo's)`];
  for (const p of PERSONS) await insertDemoCase(ctx.db, demoRows(env, p, directorId));
  return [`cases: ${PERSONS.length} demo cases, directed by ${DEMO_DIRECTOR_EMAIL} (set its password in Beheer → Mensen to open them)`];
}

export const casesDemo: DemoContent = {
  load: loadCaseDemo,
  remove: (ctx, env) => deleteDemoCases(ctx.db, env.gemeente),
  count: (ctx, env) => countDemoCases(ctx.db, env.gemeente),
};
