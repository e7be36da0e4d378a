import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { createUser } from '../../users/index.ts';
import { addDecision, createMeeting, saveItemNotes } from '../meetings/meeting-service.ts';
import { erasePlanAndMeetingTexts, goalOutcomesByDomain, planSubjectAccessPart } from './plan-content.ts';
import { type FixtureCase, insertFixtureCase } from '../fixtures/plan-fixture.ts';
import { addIntervention, getPlan, savePlan } from './plan-service.ts';

describe('plan and meeting content for retention, subject access and figures', () => {
  let database: Database;
  let c: FixtureCase;
  let other: FixtureCase;
  const env = { gemeente: 'GM0505' };
  before(async () => {
    database = await openTestDatabase();
    const ctx = systemContext(database.db, 'test');
    const director = (await createUser(ctx, { email: 'regie@example.test', role: 'caseworker', password: 'regie-Correct-Horse-42' })).user
      .id;
    c = await insertFixtureCase(database.db, { directorId: director });
    other = await insertFixtureCase(database.db, { directorId: director });
    await savePlan(ctx, c.id, {
      trajectory: 'zorg',
      goals: [
        { domain: 'housing', text: 'Woning vinden', status: 'behaald' },
        { domain: 'housing', text: 'Huur op tijd betalen', status: 'bezig' },
        { domain: 'care', text: 'Behandeling volgen', status: 'behaald' },
      ],
    });
    await savePlan(ctx, other.id, { trajectory: null, goals: [{ domain: 'housing', text: 'Kamer zoeken', status: 'behaald' }] });
    await addIntervention(ctx, c.id, { description: 'Begeleid wonen', outcome: 'Loopt goed', result: 'positief' });
    const meeting = await createMeeting(ctx, env, {
      title: 'Overleg',
      startsAt: '2026-05-01T09:00:00Z',
      attendees: [{ userId: director }],
      agenda: [c.id],
    });
    await saveItemNotes(ctx, env, meeting.id, c.id, 'Gesprek met de persoon ging goed');
    await addDecision(ctx, env, meeting.id, c.id, {
      text: 'Doorgaan',
      actions: [{ text: 'Bellen', ownerUserId: director, deadline: '2026-05-08' }],
    });
  });
  after(() => database.close());

  it('the subject access part holds the goals, interventions, milestones and the meeting notes, decisions and actions', async () => {
    const part = await planSubjectAccessPart(database.db, c.id);
    assert.equal(part.goals.length, 3);
    assert.equal(part.interventions[0]!.description, 'Begeleid wonen');
    assert.equal(part.milestones.length, 0);
    assert.equal(part.meetings.length, 1);
    assert.equal(part.meetings[0]!.notes, 'Gesprek met de persoon ging goed');
    assert.equal(part.meetings[0]!.decisions[0]!.text, 'Doorgaan');
    assert.deepEqual(
      part.meetings[0]!.decisions[0]!.actions.map((a) => [a.text, a.deadline]),
      [['Bellen', '2026-05-08']],
    );
  });

  it('goal outcomes per life domain count goals of the given cases only', async () => {
    assert.deepEqual(await goalOutcomesByDomain(database.db, [c.id]), [
      { domain: 'care', status: 'behaald', goals: 1 },
      { domain: 'housing', status: 'behaald', goals: 1 },
      { domain: 'housing', status: 'bezig', goals: 1 },
    ]);
    const both = await goalOutcomesByDomain(database.db, [c.id, other.id]);
    assert.equal(both.find((r) => r.domain === 'housing' && r.status === 'behaald')?.goals, 2);
    assert.deepEqual(await goalOutcomesByDomain(database.db, []), []);
  });

  it('retention erases every free text and keeps domains, statuses, results and dates; a rerun changes nothing', async () => {
    assert.equal(await erasePlanAndMeetingTexts(database.db, c.id), 3 + 1 + 1 + 1 + 1);
    const part = await planSubjectAccessPart(database.db, c.id);
    assert.ok(part.goals.every((g) => g.text === null));
    assert.deepEqual(part.goals.map((g) => g.status).sort(), ['behaald', 'behaald', 'bezig']);
    assert.equal(part.interventions[0]!.description, null);
    assert.equal(part.interventions[0]!.outcome, null);
    assert.equal(part.interventions[0]!.result, 'positief');
    assert.equal(part.meetings[0]!.notes, null);
    assert.equal(part.meetings[0]!.decisions[0]!.text, null);
    assert.deepEqual(
      part.meetings[0]!.decisions[0]!.actions.map((a) => [a.text, a.deadline]),
      [[null, '2026-05-08']],
    );
    assert.equal(await erasePlanAndMeetingTexts(database.db, c.id), 0);
    const plan = await getPlan(systemContext(database.db, 'test'), other.id);
    assert.equal(plan.goals[0]!.text, 'Kamer zoeken', 'another case keeps its texts');
  });
});
