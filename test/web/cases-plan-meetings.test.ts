/**
 * The plan and case meeting pages' pure parts: their code lists equal the API's (src/modules/cases/tables.ts),
 * every code has a name in both languages (the same keys, different words), upcoming/past meetings, and the
 * date-time of a new meeting.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as api from '../../src/modules/cases/tables.ts';
import en from '../../web/src/pages/cases/en.json' with { type: 'json' };
import nl from '../../web/src/pages/cases/nl.json' with { type: 'json' };
import type { MeetingSummary } from '../../web/src/pages/cases/api-meetings.ts';
import { localInputToIso, splitMeetings } from '../../web/src/pages/cases/meeting-format.ts';
import * as web from '../../web/src/pages/cases/plan-codes.ts';

const keysOf = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('plan and meeting codes in the web app', () => {
  it('equal the API’s code lists', () => {
    assert.deepEqual(web.TRAJECTORIES, api.TRAJECTORIES);
    assert.deepEqual(web.LIFE_DOMAINS, api.LIFE_DOMAINS);
    assert.deepEqual(web.GOAL_STATUSES, api.GOAL_STATUSES);
    assert.deepEqual(web.INTERVENTION_RESULTS, api.INTERVENTION_RESULTS);
    assert.deepEqual(web.MILESTONE_KINDS, api.MILESTONE_KINDS);
    assert.deepEqual(web.MILESTONE_STATUSES, api.MILESTONE_STATUSES);
    assert.deepEqual(web.MEETING_STATUSES, api.MEETING_STATUSES);
  });

  it('have a name for every code in Dutch and English, with the same keys and different words', () => {
    assert.deepEqual(keysOf(en.plan).sort(), keysOf(nl.plan).sort());
    assert.deepEqual(keysOf(en.meetings).sort(), keysOf(nl.meetings).sort());
    const named = (texts: Record<string, string>, codes: readonly string[]) =>
      codes.every((c) => typeof texts[c] === 'string' && texts[c] !== '');
    for (const lang of [nl, en]) {
      assert.ok(named(lang.plan.domains, web.LIFE_DOMAINS));
      assert.ok(named(lang.plan.goalStatuses, web.GOAL_STATUSES));
      assert.ok(named(lang.plan.results, web.INTERVENTION_RESULTS));
      assert.ok(named(lang.plan.milestoneKinds, web.MILESTONE_KINDS));
      assert.ok(named(lang.plan.milestoneStatuses, web.MILESTONE_STATUSES));
      assert.ok(named(lang.meetings.statuses, web.MEETING_STATUSES));
      assert.ok(named(lang.trajectory, web.TRAJECTORIES));
    }
    assert.notEqual(nl.meetings.hiddenItem, en.meetings.hiddenItem);
  });
});

describe('case meeting helpers', () => {
  const m = (id: string, startsAt: string, status: 'gepland' | 'gehouden'): MeetingSummary => ({
    id,
    title: id,
    startsAt,
    location: null,
    status,
    items: 1,
    myItems: 1,
  });
  it('splits planned meetings to come (soonest first) from past and held ones (newest first)', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const split = splitMeetings(
      [
        m('later', '2026-07-01T09:00:00Z', 'gepland'),
        m('soon', '2026-06-11T09:00:00Z', 'gepland'),
        m('held', '2026-06-01T09:00:00Z', 'gehouden'),
        m('old', '2026-05-01T09:00:00Z', 'gepland'),
        m('heldEarly', '2026-06-20T09:00:00Z', 'gehouden'),
      ],
      now,
    );
    assert.deepEqual(
      split.upcoming.map((x) => x.id),
      ['soon', 'later'],
    );
    assert.deepEqual(
      split.past.map((x) => x.id),
      ['heldEarly', 'held', 'old'],
    );
  });
  it('turns a datetime-local value into an ISO date-time, and nothing else', () => {
    const iso = localInputToIso('2030-09-02T09:30');
    assert.ok(iso && !Number.isNaN(Date.parse(iso)));
    assert.equal(new Date(iso).getMinutes(), 30);
    assert.equal(localInputToIso(''), null);
    assert.equal(localInputToIso('2030-09-02'), null);
  });
});
