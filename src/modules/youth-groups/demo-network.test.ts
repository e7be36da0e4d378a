import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext, type ServiceContext } from '../../core/context.ts';
import type { AreaScope, DemoEnv } from '../../core/module-contract.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { SEED_DIR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs } from '../../../test/helpers/sessions.ts';
import { youthGroupsSection } from './area-network.ts';
import { youthGroupsDemo } from './demo.ts';
import { sendReviewReminders } from './reminders.ts';

const NOW = new Date('2026-06-15T10:00:00Z');
const scope = (code: string, codes: string[]): AreaScope => ({ gemeente: 'GM0505', code, codes, today: '2026-08-01', minCellCount: 5 });
const asRole = (ctx: ServiceContext, role: 'analyst' | 'partner' | 'viewer', userId: string): ServiceContext => ({
  ...ctx,
  actor: { kind: 'user', userId, email: `${role}@example.test`, role },
});

describe('youth groups demo content and the area network section', () => {
  let t: TestApp;
  let ctx: ServiceContext;
  let env: DemoEnv;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    ctx = systemContext(t.database.db, 'demo');
    env = { config: t.config, gemeente: 'GM0505', now: NOW };
  });
  after(() => t.close());

  it('loads one group in Crabbehof with two assessments (hinderlijk → overlastgevend), once', async () => {
    assert.deepEqual(await youthGroupsDemo.load(ctx, env), ['youth-groups: 1 demo youth group with 2 assessments']);
    assert.deepEqual(await youthGroupsDemo.load(ctx, env), [], 'loading twice adds nothing');
    assert.equal(await youthGroupsDemo.count!(ctx, env), 1);
    const rows = await t.database.db.selectFrom('youth_group_assessments').select(['classification']).orderBy('assessed_on').execute();
    assert.deepEqual(
      rows.map((r) => r.classification),
      ['hinderlijk', 'overlastgevend'],
    );
  });

  it('lists the group in its buurt and wijk with its classification, hangplek and a due review; null without youthgroups:read', async () => {
    const analyst = await loginAs(t.app, t.database, 'analyst');
    const inWijk = await youthGroupsSection.load(
      asRole(ctx, 'analyst', analyst.userId),
      scope('WK050508', ['WK050508', 'GM0505', 'BU05050801']),
    );
    assert.equal(inWijk?.length, 1);
    const row = inWijk![0]!;
    assert.equal(row.kind, 'overlastgevend');
    assert.equal(row.geometry?.type, 'Point');
    assert.match(String(row.detail), /2026-04-16/);
    assert.match(String(row.warning), /herbeoordeling/, 'the review (NOW + 30 days) is due on 2026-08-01');
    assert.deepEqual(
      await youthGroupsSection.load(asRole(ctx, 'analyst', analyst.userId), scope('BU05050700', ['BU05050700', 'WK050507', 'GM0505'])),
      [],
    );
    assert.equal(await youthGroupsSection.load(asRole(ctx, 'partner', analyst.userId), scope('WK050508', ['WK050508'])), null);
    assert.equal(await youthGroupsSection.load(asRole(ctx, 'viewer', analyst.userId), scope('WK050508', ['WK050508'])), null);
  });

  it('mails nobody about the demo group; a real group without an owner to every account that may edit youth groups', async () => {
    const coordinator = await loginAs(t.app, t.database, 'coordinator');
    const analyst = await loginAs(t.app, t.database, 'analyst');
    const reviewDay = { config: t.config, now: new Date('2026-07-15T08:00:00Z') };
    assert.equal(await sendReviewReminders(ctx, reviewDay), 0, 'a demo group shows its due review on the page only');
    // The same group as a real one (no owner): the reminder goes out on its review day, not before.
    await t.database.db.updateTable('youth_groups').set({ demo: false }).execute();
    assert.equal(await sendReviewReminders(ctx, { ...reviewDay, now: new Date('2026-07-14T08:00:00Z') }), 0, 'not the day before');
    assert.equal(await sendReviewReminders(ctx, reviewDay), 1);
    await t.database.db.updateTable('youth_groups').set({ demo: true }).execute();
    const to = (
      await t.database.db.selectFrom('mail_outbox').select('to_address').where('subject', 'like', '%Groep speeltuin Crabbehof%').execute()
    ).map((m) => m.to_address);
    assert.ok(to.includes(coordinator.email), JSON.stringify(to));
    assert.ok(!to.includes(analyst.email), 'an analyst may not edit youth groups');
  });

  it('removes the demo group and its assessments', async () => {
    assert.equal(await youthGroupsDemo.remove(ctx, env), 1);
    assert.equal(await youthGroupsDemo.count!(ctx, env), 0);
    assert.equal((await t.database.db.selectFrom('youth_group_assessments').select('id').execute()).length, 0);
  });
});
