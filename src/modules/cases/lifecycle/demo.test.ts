import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { testConfig } from '../../../../test/helpers/test-config.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { type ServiceContext, systemContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { accountSummary, createUser } from '../../users/index.ts';
import { caseAccessOrNull } from '../access/case-access.ts';
import { prepareDatabase } from '../../../server/first-start.ts';
import { casesDemo } from './demo.ts';
import { demoDirectorId } from './demo-store.ts';

const config = testConfig({ caseKey: 'c'.repeat(64) });
const env = { config, gemeente: config.municipality, now: new Date('2026-03-01T10:00:00Z') };
const TABLES = ['case_members', 'case_household', 'case_status_history'] as const;

describe('demo cases', () => {
  let database: Database;
  let sys: ServiceContext;
  let realCase: string;
  const rowCounts = async () => {
    const out: Record<string, number> = {};
    for (const table of ['cases', ...TABLES] as const) {
      const r = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[table] = Number(r.n);
    }
    return out;
  };
  before(async () => {
    database = await openTestDatabase();
    sys = systemContext(database.db, 'test');
    const worker = await createUser(sys, { email: 'regisseur@example.test', role: 'caseworker', password: 'pw-correct-horse-battery' });
    realCase = randomUUID();
    await database.db
      .insertInto('cases')
      .values({ gemeente_code: env.gemeente, id: realCase, reference: 'PGA-2026-0009', criteria: ['top-x'], legal_basis: 'Convenant' })
      .execute();
    await database.db.insertInto('case_members').values({ case_id: realCase, user_id: worker.user.id, member_role: 'director' }).execute();
    await database.db
      .insertInto('case_household')
      .values({ id: randomUUID(), case_id: realCase, name: 'X', relation: 'partner' })
      .execute();
  });
  after(() => database.close());

  it('loads three fictional demo cases once, directed by the demo procesregisseur, no BSN', async () => {
    const lines = await casesDemo.load(sys, env);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /3 demo cases/);
    assert.deepEqual(await casesDemo.load(sys, env), [], 'loading twice adds nothing');
    assert.equal(await casesDemo.count!(sys, env), 3);
    const demo = await database.db.selectFrom('cases').selectAll().where('demo', '=', true).orderBy('reference').execute();
    assert.deepEqual(
      demo.map((c) => c.person_name),
      ['Demo Persoon A', 'Demo Persoon B', 'Demo Persoon C'],
    );
    assert.ok(demo.every((c) => c.person_bsn_enc === null && c.search_hashes.length === 1));
    const directorId = await demoDirectorId(database.db, env.gemeente);
    assert.ok(demo.every((c) => c.director_id === directorId));
    const account = await accountSummary(database.db, directorId!);
    assert.deepEqual([account?.role, account?.name], ['caseworker', 'Procesregisseur (demo)']);
  });

  it('gives an administrator no access to the demo cases', async () => {
    const admin = await createUser(sys, { email: 'beheer@example.test', role: 'admin', password: 'pw-correct-horse-battery' });
    const adminCtx: ServiceContext = {
      ...sys,
      actor: { kind: 'user', userId: admin.user.id, email: 'beheer@example.test', role: 'admin' },
    };
    const demo = await database.db.selectFrom('cases').select('id').where('demo', '=', true).execute();
    for (const c of demo) assert.equal(await caseAccessOrNull(adminCtx, c.id), null);
  });

  it('removes every demo case row and nothing else; a reload reuses the demo account', async () => {
    const directorId = await demoDirectorId(database.db, env.gemeente);
    assert.equal(await casesDemo.remove(sys, env), 3);
    assert.equal(await casesDemo.count!(sys, env), 0);
    assert.deepEqual(await rowCounts(), { cases: 1, case_members: 1, case_household: 1, case_status_history: 0 });
    const left = await database.db.selectFrom('cases').select('id').execute();
    assert.deepEqual(
      left.map((c) => c.id),
      [realCase],
    );
    await casesDemo.load(sys, env);
    assert.equal(await demoDirectorId(database.db, env.gemeente), directorId);
    assert.equal(await casesDemo.count!(sys, env), 3);
  });
});

describe('demo cases on the first start', () => {
  it('still creates the first admin (the demo procesregisseur is no reason to skip it) and loads the demo cases', async () => {
    const database = await openTestDatabase();
    try {
      const report = await prepareDatabase(database, testConfig({ caseKey: 'c'.repeat(64), demo: true }), env.now);
      assert.equal(report.firstAdmin?.email, testConfig().adminEmail);
      assert.ok(
        report.seeded.some((line) => /^demo: cases: 3 demo cases/.test(line)),
        report.seeded.join('\n'),
      );
      const sys = systemContext(database.db, 'test');
      assert.equal(await casesDemo.count!(sys, env), 3);
    } finally {
      await database.close();
    }
  });
});
