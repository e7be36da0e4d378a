import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTransition, transitionsFrom } from './workflow.ts';

const full = { goals: 1, measures: 1, hasStartDate: true };

describe('mission workflow', () => {
  it('goes forward one step at a time and refuses jumps', () => {
    assert.equal(checkTransition('idea', 'analysis', null, full), null);
    assert.match(
      checkTransition('idea', 'running', null, full)!,
      /kan niet van 'idee' naar 'uitvoering'\. Wel mogelijk: analyse, afgesloten\./,
    );
  });

  it('needs a reason to go back, stop early or reopen', () => {
    assert.equal(checkTransition('approach', 'analysis', '', full), "Voor de stap van 'aanpak' naar 'analyse' is een reden nodig.");
    assert.equal(checkTransition('approach', 'analysis', 'new data', full), null);
    assert.match(checkTransition('running', 'closed', null, full)!, /is een reden nodig/);
    assert.equal(checkTransition('evaluation', 'closed', null, full), null);
    assert.equal(checkTransition('closed', 'analysis', 'problem is back', full), null);
  });

  it('checks content: goals before an approach, goal + measure + start date before running', () => {
    assert.match(checkTransition('analysis', 'approach', null, { goals: 0, measures: 0, hasStartDate: false })!, /minstens één doel/);
    assert.match(checkTransition('approach', 'running', null, { goals: 1, measures: 0, hasStartDate: true })!, /één maatregel/);
    assert.match(checkTransition('approach', 'running', null, { goals: 1, measures: 1, hasStartDate: false })!, /startdatum/);
    const options = transitionsFrom('approach', { goals: 1, measures: 0, hasStartDate: false });
    assert.deepEqual(
      options.map((o) => [o.to, o.requiresReason, o.blockedBy !== null]),
      [
        ['running', false, true],
        ['analysis', true, false],
        ['closed', true, false],
      ],
    );
  });
});
