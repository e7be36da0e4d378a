import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext, type ServiceContext } from '../../../core/context.ts';
import type { DemoEnv } from '../../../core/module-contract.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { findOffensive, findPersonalData } from '../moderation/text-checks.ts';
import { pulseQuestionnaire } from '../pulse/pulse-service.ts';
import { seedIndicatorCatalogue } from '../survey/catalogue.ts';
import { perceptionDemo } from './demo.ts';
import { DEMO_STORIES } from './stories.ts';

const GM = 'GM0505';
const NOW = new Date('2026-06-15T10:00:00Z');

describe('perception demo content: load and remove', () => {
  let t: TestApp;
  let ctx: ServiceContext;
  let env: DemoEnv;
  const realAnswer = randomUUID();
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        const c = systemContext(database.db, 'test');
        await seedAreasIfEmpty(c, path.join(projectRoot, 'data', 'gm0505'));
        await seedIndicatorCatalogue(database.db);
      },
    });
    ctx = systemContext(t.database.db, 'demo');
    env = { config: t.config, gemeente: GM, now: NOW };
    // Real rows the demo must leave alone: an imported figure and a resident's answer.
    await t.database.db
      .insertInto('survey_results')
      .values({
        gemeente_code: GM,
        indicator_code: 'feels-unsafe-buurt',
        area_code: 'WK050501',
        year: 2025,
        value: 44.4,
        respondents: 300,
        margin: 5,
        source: 'echt',
        batch_id: null,
      })
      .execute();
    await t.database.db
      .insertInto('pulse_responses')
      .values({
        gemeente_code: GM,
        id: realAnswer,
        buurt_code: 'BU05050101',
        wijk_code: 'WK050501',
        area_year: 2024,
        period: '2026-Q2',
        year: 2026,
        safe_day: 8,
        safe_night: 7,
        problems: '[]' as never,
        age_band: null,
        device_hash: 'real',
        submitted_on: '2026-05-01',
      })
      .execute();
  });
  after(() => t.close());

  const demoRows = async () => {
    const count = (table: 'survey_results' | 'pulse_responses' | 'pulse_stories') =>
      t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('demo', '=', true)
        .executeTakeFirstOrThrow();
    return {
      survey: Number((await count('survey_results')).n),
      answers: Number((await count('pulse_responses')).n),
      stories: Number((await count('pulse_stories')).n),
    };
  };

  it('loads survey results for the two years before now, per wijk and buurt, some below the threshold', async () => {
    const lines = await perceptionDemo.load(ctx, env);
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /demo survey results \(2024, 2025,/);
    const rows = await t.database.db.selectFrom('survey_results').selectAll().where('demo', '=', true).execute();
    assert.deepEqual([...new Set(rows.map((r) => Number(r.year)))].sort(), [2024, 2025]);
    const wijkRows = rows.filter((r) => r.area_code === 'WK050502' && Number(r.year) === 2025);
    assert.equal(wijkRows.length, 24, 'every catalogue indicator per wijk');
    assert.ok(
      rows.some((r) => r.area_code.startsWith('BU')),
      'key indicators per buurt',
    );
    assert.ok(
      rows.some((r) => r.area_code === GM),
      'the city itself',
    );
    const n = rows.map((r) => Number(r.respondents));
    assert.ok(n.some((v) => v < 50) && n.some((v) => v >= 50), 'some areas fall below the suppression threshold');
    for (const r of rows) {
      assert.ok(Number(r.value) >= 0 && Number(r.value) <= 100, `${r.indicator_code} ${r.value}`);
      assert.ok(Number(r.margin) > 0);
    }
    const real = await t.database.db
      .selectFrom('survey_results')
      .selectAll()
      .where('area_code', '=', 'WK050501')
      .where('indicator_code', '=', 'feels-unsafe-buurt')
      .where('year', '=', 2025)
      .execute();
    assert.equal(real.length, 1);
    assert.deepEqual([real[0]!.demo, Number(real[0]!.value)], [false, 44.4], 'a real figure wins over a demo one');
  });

  it('loads pulse answers passing the threshold in some buurten and not in others, and moderated stories', async () => {
    const answers = await t.database.db
      .selectFrom('pulse_responses')
      .select(['buurt_code', 'submitted_on', 'safe_night'])
      .where('demo', '=', true)
      .execute();
    const perBuurt = new Map<string, number>();
    for (const a of answers) perBuurt.set(a.buurt_code, (perBuurt.get(a.buurt_code) ?? 0) + 1);
    assert.equal(perBuurt.size, 8);
    assert.equal([...perBuurt.values()].filter((v) => v >= 10).length, 4);
    assert.equal([...perBuurt.values()].filter((v) => v < 10).length, 4);
    for (const a of answers) assert.ok(a.submitted_on < '2026-06-15' && a.submitted_on >= '2026-02-15', a.submitted_on);
    const stories = await t.database.db.selectFrom('pulse_stories').selectAll().where('demo', '=', true).execute();
    assert.equal(stories.length, DEMO_STORIES.length);
    assert.equal(stories.filter((s) => s.status === 'approved').length, 7);
    assert.equal(stories.filter((s) => s.status === 'pending').length, 5);
    for (const s of DEMO_STORIES) assert.deepEqual([...findPersonalData(s.text), ...findOffensive(s.text)], [], s.text);
    assert.ok(
      stories.every((s) => (s.themes as string[]).length === 1),
      'each story tagged with a default theme',
    );
    const busiest = [...perBuurt].sort((a, b) => b[1] - a[1])[0]![0];
    const q = await pulseQuestionnaire(ctx, { gemeente: GM, now: NOW }, busiest, 'some-device');
    assert.equal(q.demo, true, 'the pulse page says demo answers are counted');
    assert.ok(q.answersThisPeriod > 0);
  });

  it('marks the API replies as demo: survey results, safety profile, public page, moderation queue', async () => {
    const survey = (await t.app.inject({ url: '/api/v1/perception/survey-results?area=WK050502&year=2025' })).json();
    assert.ok(survey.figures.length > 0 && survey.figures.every((f: { demo: boolean }) => f.demo));
    const real = (
      await t.app.inject({ url: '/api/v1/perception/survey-results?area=WK050501&year=2025&indicator=feels-unsafe-buurt' })
    ).json();
    assert.deepEqual(
      real.figures.map((f: { demo: boolean }) => f.demo),
      [false],
    );
    const profile = (await t.app.inject({ url: '/api/v1/areas/WK050502/safety-profile' })).json();
    assert.equal(profile.year, 2025, 'the latest survey year is the default');
    assert.equal(profile.demo, true);
    assert.ok(profile.indices.perceived.index !== null);
    const pub = (await t.app.inject({ url: '/api/v1/public/areas/WK050502/safety' })).json();
    assert.equal(pub.demo, true);
    const moderator = await loginAs(t.app, t.database, 'admin');
    const disc = await t.app.inject({ url: '/api/v1/perception/discrepancies?level=wijk', headers: { cookie: moderator.cookie } });
    assert.equal(disc.json().demo, true, disc.body);
    const report = await t.app.inject({ url: '/api/v1/areas/WK050502/report.html', headers: { cookie: moderator.cookie } });
    assert.equal(report.statusCode, 200);
    assert.match(report.body, /<p class="demo"><strong>Demo<\/strong>/, 'the wijk report says so under its title');
    const queue = await t.app.inject({ url: '/api/v1/perception/stories?status=pending', headers: { cookie: moderator.cookie } });
    assert.equal(queue.statusCode, 200, queue.body);
    assert.equal(queue.json().stories.length, 5);
  });

  it('loads nothing a second time', async () => {
    const before = await demoRows();
    assert.deepEqual(await perceptionDemo.load(ctx, env), []);
    assert.deepEqual(await demoRows(), before);
  });

  it('removes exactly the demo rows and leaves the real ones', async () => {
    const before = await demoRows();
    const removed = await perceptionDemo.remove(ctx, env);
    assert.equal(removed, before.survey + before.answers + before.stories);
    assert.deepEqual(await demoRows(), { survey: 0, answers: 0, stories: 0 });
    assert.equal((await t.database.db.selectFrom('survey_results').select('value').execute()).length, 1, 'the real figure stays');
    assert.deepEqual(
      (await t.database.db.selectFrom('pulse_responses').select('id').execute()).map((r) => r.id),
      [realAnswer],
    );
    const profile = (await t.app.inject({ url: '/api/v1/areas/WK050501/safety-profile?year=2025' })).json();
    assert.equal(profile.demo, false);
  });
});
