/** The goal form, baseline first: wrong-way targets, the change from the baseline, and the body sent. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  changeFromBaseline,
  checkBaselineStep,
  checkGoalForm,
  emptyGoalForm,
  goalBody,
  wrongDirection,
} from '../../web/src/pages/missions/goal-form.ts';

const filled = {
  ...emptyGoalForm(),
  title: 'Minder inbraken',
  baselineFrom: '2023-01-01',
  baselineTo: '2024-01-01',
  deadline: '2025-01-01',
};

describe('goal form: baseline first', () => {
  it('reads the baseline once indicator and period are complete', () => {
    assert.deepEqual(Object.keys(checkBaselineStep(emptyGoalForm())).sort(), ['baselineFrom', 'baselineTo']);
    assert.deepEqual(checkBaselineStep(filled), {});
    assert.deepEqual(Object.keys(checkBaselineStep({ ...filled, source: 'custom' })).sort(), ['name', 'unit']);
  });

  it('a target of 60 for lower-is-better with baseline 13 points the wrong way; 10 does not', () => {
    assert.equal(wrongDirection('decrease', 13, 60), true);
    assert.equal(wrongDirection('decrease', 13, 13), true, 'equal is not lower');
    assert.equal(wrongDirection('decrease', 13, 10), false);
    assert.equal(wrongDirection('decrease', 0, 0), false, 'keeping a count at zero');
    assert.equal(wrongDirection('increase', 13, 10), true);
    assert.equal(wrongDirection('increase', 13, 13), true);
    assert.equal(wrongDirection('increase', 13, 20), false);
    assert.equal(wrongDirection('decrease', null, 60), false, 'no baseline, nothing to compare');
  });

  it('says the change from the baseline in per cent', () => {
    assert.equal(changeFromBaseline(100, 80), -20);
    assert.equal(changeFromBaseline(13, 60), 361.5);
    assert.equal(changeFromBaseline(0, 5), null);
    assert.equal(changeFromBaseline(null, 5), null);
  });

  it('will not send a wrong-way target until it is confirmed, and then says so', () => {
    const wrong = { ...filled, target: '60' };
    assert.deepEqual(checkGoalForm(wrong, 13), { allowWrongDirection: 'confirmWrongDirection' });
    assert.equal(goalBody(wrong, 13), null);
    const body = goalBody({ ...wrong, allowWrongDirection: true }, 13);
    assert.equal(body?.target, 60);
    assert.equal(body?.allowWrongDirection, true);
    const right = goalBody({ ...filled, target: '10', allowWrongDirection: true }, 13);
    assert.equal(right?.allowWrongDirection, undefined, 'only sent when the target really points the wrong way');
  });
});
