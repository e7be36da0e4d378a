import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext, type ServiceContext } from '../../../core/context.ts';
import type { DemoEnv } from '../../../core/module-contract.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { seedIncidentsIfEmpty } from '../../incidents/seed.ts';
import { networkDemo } from '../../network/demo.ts';
import { createPartner } from '../../network/partner-service.ts';
import { createMission } from '../mission-service.ts';
import { missionSettings } from '../settings.ts';
import { missionsDemo } from './demo.ts';

const GM = 'GM0505';
const SEED = path.join(projectRoot, 'data', 'gm0505');
// Long after the synthetic incidents end: the missions are anchored on the latest incident, not on now.
const NOW = new Date('2026-06-15T10:00:00Z');

describe('missions and network demo content: load and remove', () => {
  let t: TestApp;
  let ctx: ServiceContext;
  let env: DemoEnv;
  let analyst: TestSession;
  let realMission: string;
  let realPartner: string;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const c = systemContext(database.db, 'test');
        await seedAreasIfEmpty(c, SEED);
        await seedIncidentsIfEmpty(c, SEED, { synthetic: true });
      },
    });
    ctx = systemContext(t.database.db, 'demo');
    env = { config: t.config, gemeente: GM, now: NOW };
    analyst = await loginAs(t.app, t.database, 'analyst');
    realPartner = (await createPartner(ctx, GM, { name: 'Politie Zuid-Holland Zuid', kind: 'police' })).id;
    realMission = (
      await createMission(ctx, missionSettings(t.config), {
        title: 'Een echte opgave',
        problemStatement: '',
        scope: { kind: 'buurten', year: 2024, codes: ['BU05050101'] },
        crimeTypes: [],
        signalCategories: [],
        times: {},
        priority: 'low',
        evidence: [],
      })
    ).id;
  });
  after(() => t.close());

  const api: Api = (...args) => apiClient(t.app)(...args);
  const demoCounts = async () => {
    const ids = (await t.database.db.selectFrom('missions').select('id').where('demo', '=', true).execute()).map((r) => r.id);
    const n = async (table: 'mission_goals' | 'mission_measures' | 'mission_log' | 'mission_participants' | 'mission_evidence') =>
      ids.length ? (await t.database.db.selectFrom(table).select('id').where('mission_id', 'in', ids).execute()).length : 0;
    const partners = (await t.database.db.selectFrom('partners').select('id').where('demo', '=', true).execute()).length;
    return {
      missions: ids.length,
      goals: await n('mission_goals'),
      measures: await n('mission_measures'),
      log: await n('mission_log'),
      participants: await n('mission_participants'),
      evidence: await n('mission_evidence'),
      partners,
    };
  };

  it('loads the demo partners and two running missions built on the incidents', async () => {
    assert.deepEqual(await networkDemo.load(ctx, env), ['network: 12 demo partner organisations, 14 contact persons, 3 agreements']);
    const lines = await missionsDemo.load(ctx, env);
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0]!, /^missions: demo mission OPG-\d{4}-\d{4} "Woninginbraak in .+" \(start \d{4}-\d{2}-01\)$/);
    assert.match(lines[1]!, /"Overlast jongeren in .+"/);
    assert.match(lines[2]!, /^missions: demo trial over 10 buurten \((meldingen afval|vernielingen), seed 20260512\)$/);
    assert.deepEqual(await demoCounts(), { missions: 2, goals: 3, measures: 7, log: 6, participants: 6, evidence: 4, partners: 12 });
  });

  it('shows them as demo in the list, detail, portfolio and public pages, with an effect', async () => {
    const list = (await api('GET', '/missions', analyst)).json().missions as { id: string; title: string; demo: boolean; status: string }[];
    const demo = list.filter((m) => m.demo);
    assert.equal(demo.length, 2);
    assert.ok(demo.every((m) => m.status === 'running'));
    assert.equal(list.find((m) => m.id === realMission)!.demo, false);
    const burglary = demo.find((m) => m.title.startsWith('Woninginbraak'))!;
    const youth = demo.find((m) => m.title.startsWith('Overlast jongeren'))!;
    const detail = (await api('GET', `/missions/${burglary.id}`, analyst)).json();
    assert.equal(detail.demo, true);
    assert.ok(detail.problemStatement.includes('hotspots'));
    assert.equal(detail.scope.codes.length, 3, 'the three buurten with the most burglaries');
    assert.ok(detail.times.hoursOfWeek.length > 0);
    assert.ok(detail.evidence.every((e: { result: { events?: number; total?: number } }) => (e.result.events ?? e.result.total ?? 0) > 0));
    const measures = (await api('GET', `/missions/${youth.id}/measures`, analyst)).json().measures as {
      id: string;
      type: string;
      powerKind: string | null;
      legalBasis: string | null;
    }[];
    assert.match(measures.find((m) => m.powerKind === 'gebiedsverbod')!.legalBasis!, /172a Gemeentewet/);
    const trialMeasure = measures.find((m) => m.type === 'behavioural')!;
    const trialUrl = `/missions/${youth.id}/measures/${trialMeasure.id}/trial`;
    const trial = (await api('GET', trialUrl, analyst)).json();
    assert.equal(trial.seed, '20260512');
    assert.ok(trial.registeredAt);
    assert.equal(trial.allocation.filter((u: { arm: string }) => u.arm === 'treatment').length, 5);
    const analysis = (await api('GET', `${trialUrl}/analysis`, analyst)).json();
    assert.equal(analysis.final, true, 'the demo trial lies in the past');
    assert.equal(analysis.inferencePossible, true);
    assert.ok(analysis.ci.lower <= analysis.estimate && analysis.estimate <= analysis.ci.upper);
    assert.equal(analysis.pMethod, 'exact');
    assert.equal(analysis.allocationsCompared, 252);
    assert.match(analysis.method, /zaad \(seed\) 20260512/);
    for (const m of demo) {
      const effect = (await api('GET', `/missions/${m.id}/effect`, analyst)).json();
      assert.equal(effect.status, 'ok', JSON.stringify(effect.reasons));
    }
    const goals = (await api('GET', `/missions/${burglary.id}/goals`, analyst)).json().goals as {
      baseline: { frozenValue: number | null };
    }[];
    assert.ok(goals[0]!.baseline.frozenValue! > 0);
    const portfolio = (await api('GET', '/missions/portfolio', analyst)).json();
    assert.equal(portfolio.missions.filter((m: { demo: boolean }) => m.demo).length, 2);
    const pub = (await api('GET', '/public/missions', null)).json().missions as { id: string; demo: boolean }[];
    assert.deepEqual(
      pub.map((m) => [m.id, m.demo]),
      [[burglary.id, true]],
    );
  });

  it('loads nothing a second time', async () => {
    const before = await demoCounts();
    assert.deepEqual(await missionsDemo.load(ctx, env), []);
    assert.deepEqual(await networkDemo.load(ctx, env), []);
    assert.deepEqual(await demoCounts(), before);
  });

  it('removes exactly the demo missions and partners with everything hanging off them', async () => {
    const before = await demoCounts();
    const removed = await missionsDemo.remove(ctx, env);
    assert.equal(removed, before.missions + before.goals + before.measures + before.log + before.participants);
    assert.equal(await networkDemo.remove(ctx, env), 12);
    assert.deepEqual(await demoCounts(), { missions: 0, goals: 0, measures: 0, log: 0, participants: 0, evidence: 0, partners: 0 });
    for (const table of ['mission_goals', 'mission_measures', 'mission_log', 'mission_participants', 'mission_evidence'] as const)
      assert.equal((await t.database.db.selectFrom(table).select('id').execute()).length, 0, `${table}: nothing orphaned`);
    assert.deepEqual(
      (await t.database.db.selectFrom('missions').select('id').execute()).map((r) => r.id),
      [realMission],
    );
    assert.deepEqual(
      (await t.database.db.selectFrom('partners').select('id').execute()).map((r) => r.id),
      [realPartner],
    );
  });
});
