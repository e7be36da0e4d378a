import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppError } from '../../../core/errors.ts';
import { SIGNAL_STATUSES } from '../tables.ts';
import {
  ACTION_STATUSES,
  CLOSED_STATUSES,
  OPEN_STATUSES,
  STATUS_LABELS,
  TRANSITIONS,
  allowedTransitions,
  checkTransition,
  isClosed,
} from './workflow.ts';

describe('signal workflow state machine', () => {
  it('defines transitions and a Dutch label for every status, and targets only known statuses', () => {
    for (const s of SIGNAL_STATUSES) {
      assert.ok(TRANSITIONS[s], s);
      assert.ok(STATUS_LABELS[s].nl.length > 0);
      for (const tr of TRANSITIONS[s]) assert.ok(SIGNAL_STATUSES.includes(tr.to));
    }
    assert.ok(!OPEN_STATUSES.includes('done') && OPEN_STATUSES.includes('reopen_requested'));
  });

  it('every status is reachable from new (the action statuses by their action)', () => {
    const seen = new Set<string>(['new', ...ACTION_STATUSES]);
    const queue = ['new'] as (typeof SIGNAL_STATUSES)[number][];
    while (queue.length) {
      for (const tr of TRANSITIONS[queue.shift()!]) {
        if (!seen.has(tr.to)) {
          seen.add(tr.to);
          queue.push(tr.to);
        }
      }
    }
    assert.equal(seen.size, SIGNAL_STATUSES.length);
  });

  it('refuses transitions outside the machine with 409 and missing texts with 400', () => {
    assert.throws(
      () => checkTransition('new', 'reopened', 'x'),
      (e: AppError) => e.status === 409,
    );
    assert.throws(
      () => checkTransition('new', 'done', ''),
      (e: AppError) => e.status === 400 && e.errors[0]?.name === 'body.text',
    );
    assert.equal(checkTransition('new', 'done', 'Opgeruimd').to, 'done');
    assert.equal(checkTransition('new', 'accepted', undefined).to, 'accepted');
  });

  it('closes a split report for good: no transition leaves it, none leads to it', () => {
    assert.ok(isClosed('split') && CLOSED_STATUSES.includes('split') && !OPEN_STATUSES.includes('split'));
    assert.deepEqual(allowedTransitions('split', true), []);
    for (const s of SIGNAL_STATUSES) assert.ok(!TRANSITIONS[s].some((tr) => tr.to === 'split'), s);
    assert.throws(
      () => checkTransition('split', 'reopened', 'opnieuw bekijken'),
      (e: AppError) => e.status === 409 && /Allowed: none/.test(e.message),
    );
  });

  it('keeps reopen_requested for the system (reporter feedback) only', () => {
    assert.ok(!allowedTransitions('done').some((x) => x.to === 'reopen_requested'));
    assert.ok(allowedTransitions('done', true).some((x) => x.to === 'reopen_requested'));
    assert.throws(
      () => checkTransition('done', 'reopen_requested', 'te vroeg'),
      (e: AppError) => e.status === 409,
    );
  });
});
