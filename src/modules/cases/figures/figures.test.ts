/**
 * The aggregate figures on hand-computed cases: 12 cases opened in 2025 (4 in January, 3 in
 * February, 5 in March), 7 of them closed (3 after 90 days, 3 after 120, 1 after 122: median 120),
 * 8 of the 12 with a plan within 4 weeks (one at exactly 28 days), one anonymised, one opened in
 * 2024 and still open, one opened after the year. Small numbers suppressed with threshold 3 or 5.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../core/context.ts';
import { systemContext } from '../../../core/context.ts';
import type { AreaScope } from '../../../core/module-contract.ts';
import type { Database } from '../../../db/database.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { casesSection } from './area-network.ts';
import { caseFigures, type FiguresEnv } from './figures-service.ts';
import type { Trajectory } from '../tables.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-03-01T12:00:00Z');
const WIJK1 = 'BU05050101';
const WIJK1B = 'BU05050102';
const WIJK2 = 'BU05050201';

interface Spec {
  opened: string;
  planDays?: number;
  closed?: string;
  criteria: string[];
  trajectory?: Trajectory;
  area: string;
  anonymised?: boolean;
}

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const SPECS: Spec[] = [
  { opened: '2025-01-10', planDays: 10, closed: '2025-04-10', criteria: ['top-x', 'jong'], area: WIJK1 },
  { opened: '2025-01-10', planDays: 28, closed: '2025-04-10', criteria: ['top-x'], area: WIJK1 },
  { opened: '2025-01-10', planDays: 29, closed: '2025-04-10', criteria: ['top-x'], area: WIJK1, anonymised: true },
  { opened: '2025-01-10', criteria: ['top-x'], trajectory: 'zorg', area: WIJK1 },
  { opened: '2025-02-10', planDays: 5, closed: '2025-06-10', criteria: ['top-x'], area: WIJK1 },
  { opened: '2025-02-10', planDays: 40, closed: '2025-06-10', criteria: ['top-x'], area: WIJK1 },
  { opened: '2025-02-10', closed: '2025-06-10', criteria: ['hic'], area: WIJK1 },
  { opened: '2025-03-10', planDays: 14, closed: '2025-07-10', criteria: ['hic'], area: WIJK1 },
  { opened: '2025-03-10', planDays: 14, criteria: ['hic'], trajectory: 'justitieel', area: WIJK2 },
  { opened: '2025-03-10', planDays: 14, criteria: ['hic'], trajectory: 'justitieel', area: WIJK2 },
  { opened: '2025-03-10', planDays: 14, criteria: ['hic'], trajectory: 'combinatie', area: WIJK2 },
  { opened: '2025-03-10', planDays: 14, criteria: ['hic'], trajectory: 'combinatie', area: WIJK2 },
  // opened before the year and still open; opened after it (counts nowhere in 2025)
  { opened: '2024-11-01', criteria: ['nazorg'], trajectory: 'nazorg', area: WIJK1B },
  { opened: '2026-01-05', planDays: 3, criteria: ['top-x'], area: WIJK1 },
];

async function insertCases(database: Database): Promise<void> {
  await database.db
    .insertInto('case_criteria')
    .values(
      ['top-x', 'hic', 'jong', 'nazorg'].map((code, sort) => ({
        gemeente_code: 'GM0505',
        code,
        name_nl: `NL ${code}`,
        name_en: `EN ${code}`,
        sort,
      })),
    )
    .execute();
  await database.db
    .insertInto('cases')
    .values(
      SPECS.map((s, k) => ({
        gemeente_code: 'GM0505',
        id: randomUUID(),
        reference: `PGA-TEST-${String(k + 1).padStart(4, '0')}`,
        status: s.closed ? ('afgesloten' as const) : ('in-behandeling' as const),
        criteria: s.criteria,
        person_name: s.anonymised ? null : `Testpersoon ${k + 1}`,
        area_code: s.area,
        trajectory: s.trajectory ?? null,
        legal_basis: 'Convenant Zorg- en Veiligheidshuis',
        opened_at: at(s.opened),
        plan_set_at: s.planDays === undefined ? null : new Date(at(s.opened).getTime() + s.planDays * DAY),
        closed_at: s.closed ? at(s.closed) : null,
        anonymised_at: s.anonymised ? NOW : null,
      })),
    )
    .execute();
}

const analyst: Pick<ServiceContext, 'actor'> = { actor: { kind: 'user', userId: randomUUID(), email: 'a@example.test', role: 'analyst' } };

describe('case figures', () => {
  let database: Database;
  let ctx: ServiceContext;
  const env = (minCellCount: number, extra: Partial<FiguresEnv> = {}): FiguresEnv => ({
    gemeente: 'GM0505',
    minCellCount,
    now: NOW,
    ...extra,
  });
  before(async () => {
    database = await openTestDatabase();
    await insertCases(database);
    ctx = { ...systemContext(database.db, 'test'), ...analyst };
  });
  after(async () => database.close());

  it('counts inflow per month, the median duration and the plans within 4 weeks (threshold 3)', async () => {
    const f = await caseFigures(ctx, env(3), { year: 2025 });
    assert.equal(f.year, 2025);
    assert.equal(f.flow.months.length, 12);
    assert.deepEqual(
      f.flow.months.slice(0, 4).map((m) => m.inflow),
      [4, 3, 5, 0],
    );
    assert.deepEqual(f.flow.quarters[0], { quarter: '2025-Q1', inflow: 12, outflow: 0 });
    assert.equal(f.flow.inflow, 12);
    assert.equal(f.flow.outflow, 7);
    assert.equal(f.flow.months[3]!.outflow, null, 'April (3) is hidden to protect July (1) through Q2 and Q3');
    assert.equal(f.flow.months[6]!.outflow, null, 'July: 1 case');
    assert.deepEqual(f.duration, { closed: 7, medianDays: 120 });
    assert.deepEqual(f.planWithin4Weeks, { opened: 12, withinDays: 28, share: 0.667 });
  });

  it('counts the cases open at the end of the year per criterion and trajectory, suppressed', async () => {
    const f = await caseFigures(ctx, env(3), { year: 2025 });
    assert.equal(f.openAtEnd, 6);
    // top-x 1 and nazorg 1 are small; together 2 < 3, so hic (4) is hidden too; jong 0 is shown
    assert.deepEqual(
      f.perCriterion.map((c) => [c.code, c.nameNl, c.count]),
      [
        ['top-x', 'NL top-x', null],
        ['hic', 'NL hic', null],
        ['jong', 'NL jong', 0],
        ['nazorg', 'NL nazorg', null],
      ],
    );
    assert.deepEqual(
      f.perTrajectory.map((t) => [t.trajectory, t.count]),
      [
        ['zorg', null],
        ['justitieel', null],
        ['combinatie', null],
        ['nazorg', null],
        ['geen', 0],
      ],
    );
    const unsuppressed = await caseFigures(ctx, env(1), { year: 2025 });
    assert.deepEqual(
      unsuppressed.perCriterion.map((c) => c.count),
      [1, 4, 0, 1],
    );
    assert.deepEqual(
      unsuppressed.perTrajectory.map((t) => t.count),
      [1, 2, 2, 1, 0],
    );
  });

  it('with threshold 5: a criterion with 4 cases is null, a share whose rest is 4 is null, the median over 7 stays', async () => {
    const f = await caseFigures(ctx, env(5), { year: 2025 });
    assert.equal(f.perCriterion.find((c) => c.code === 'hic')!.count, null);
    assert.equal(f.planWithin4Weeks.share, null);
    assert.equal(f.duration.medianDays, 120);
    assert.equal(f.flow.months[1]!.inflow, null, 'February: 3');
  });

  it('narrows to a wijk and suppresses within it', async () => {
    const f = await caseFigures(ctx, env(3), { year: 2025, area: 'WK050501' });
    assert.equal(f.area, 'WK050501');
    assert.equal(f.flow.inflow, 8);
    assert.deepEqual(
      f.flow.months.slice(0, 3).map((m) => m.inflow),
      [4, null, null],
      'March 1 is hidden, and February with it',
    );
    const buurt = await caseFigures(ctx, env(1), { year: 2025, area: WIJK2 });
    assert.equal(buurt.flow.inflow, 4);
  });

  it('contains no person, reference or id', async () => {
    const text = JSON.stringify(await caseFigures(ctx, env(1), { year: 2025 }));
    assert.doesNotMatch(text, /Testpersoon|PGA-TEST|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('merges the outcome sources per life domain and suppresses them', async () => {
    const none = await caseFigures(ctx, env(3, { outcomeSources: [] }), { year: 2025 });
    assert.deepEqual([none.outcomesAvailable, none.outcomes], [false, []]);
    const planGoals = await caseFigures(ctx, env(3), { year: 2025 });
    assert.deepEqual([planGoals.outcomesAvailable, planGoals.outcomes], [true, []], 'the plans are a source; these cases have no goals');
    const source = async () => [
      { domain: 'wonen', outcome: 'behaald', count: 6 },
      { domain: 'wonen', outcome: 'niet-behaald', count: 2 },
      { domain: 'zorg', outcome: 'behaald', count: 7 },
    ];
    const f = await caseFigures(ctx, env(3, { outcomeSources: [source] }), { year: 2025 });
    assert.equal(f.outcomesAvailable, true);
    assert.deepEqual(f.outcomes, [
      {
        domain: 'wonen',
        total: 8,
        outcomes: [
          { outcome: 'behaald', count: null },
          { outcome: 'niet-behaald', count: null },
        ],
      },
      { domain: 'zorg', total: 7, outcomes: [{ outcome: 'behaald', count: 7 }] },
    ]);
  });

  it('refuses a year not begun, an area of another municipality, and roles without cases:figures', async () => {
    await assert.rejects(
      caseFigures(ctx, env(3), { year: 2027 }),
      (e: { status: number; message: string }) => e.status === 400 && /2027/.test(e.message),
    );
    await assert.rejects(caseFigures(ctx, env(3), { area: 'WK059901' }), { status: 400 });
    const partner = { ...ctx, actor: { ...analyst.actor, role: 'partner' } } as ServiceContext;
    await assert.rejects(caseFigures(partner, env(3), {}), { status: 403 });
  });

  it('gives the area network one row of suppressed figures, and nothing to partners and anonymous visitors', async () => {
    const scope: AreaScope = {
      gemeente: 'GM0505',
      code: 'WK050501',
      codes: ['WK050501', 'GM0505', WIJK1, WIJK1B],
      today: '2025-12-31',
      minCellCount: 1,
    };
    const rows = await casesSection.load(ctx, scope);
    assert.equal(rows?.length, 1);
    assert.deepEqual(
      rows![0]!.figures!.map((f) => [f.label, f.value]),
      [
        ['Casussen open', 2],
        ['NL top-x', 1],
        ['NL hic', 0],
        ['NL jong', 0],
        ['NL nazorg', 1],
      ],
    );
    const suppressed = await casesSection.load(ctx, { ...scope, minCellCount: 3 });
    assert.ok(suppressed![0]!.figures!.every((f) => f.value === null || f.value === 0));
    assert.equal(await casesSection.load({ ...ctx, actor: { ...analyst.actor, role: 'partner' } } as ServiceContext, scope), null);
    assert.equal(await casesSection.load({ ...ctx, actor: { kind: 'anonymous' } }, scope), null);
  });
});
