import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidatesFromAlerts } from './candidates.ts';
import { prioritise, quadrantOf } from './prioritisation.ts';

describe('prioritisation (impact × feasibility)', () => {
  it('scores, places in quadrants and orders by score, then priority, then number', () => {
    const r = prioritise([
      { id: 'a', number: 'OPG-1', priority: 'low', impactScore: 5, feasibilityScore: 4 },
      { id: 'b', number: 'OPG-2', priority: 'urgent', impactScore: 4, feasibilityScore: 5 },
      { id: 'c', number: 'OPG-3', priority: 'high', impactScore: 2, feasibilityScore: 2 },
      { id: 'd', number: 'OPG-4', priority: 'urgent', impactScore: null, feasibilityScore: 5 },
      { id: 'e', number: 'OPG-5', priority: 'medium', impactScore: 5, feasibilityScore: 2 },
    ]);
    assert.deepEqual(
      r.map((x) => [x.id, x.score, x.quadrant, x.rank]),
      [
        ['b', 20, 'do-first', 1],
        ['a', 20, 'do-first', 2],
        ['e', 10, 'invest', 3],
        ['c', 4, 'reconsider', 4],
        ['d', null, 'unscored', 5],
      ],
    );
    assert.equal(quadrantOf(2, 3), 'quick-win');
  });
});

describe('candidate missions from early-warning alerts', () => {
  it('groups alerts per buurt and crime type, computes the excess, and marks what an open mission covers', () => {
    const alerts = [
      { areaCode: 'BU1', areaName: 'Centrum', crimeType: '1.1.1', weekStart: '2025-03-10', count: 9, expected: 3, upper: 7 },
      { areaCode: 'BU1', areaName: 'Centrum', crimeType: '1.1.1', weekStart: '2025-03-03', count: 8, expected: 3.5, upper: 7.5 },
      { areaCode: 'BU2', crimeType: '1.2.3', weekStart: '2025-03-10', count: 12, expected: 4, upper: 9 },
      { areaCode: 'BU3', crimeType: '1.4.5', weekStart: '2025-03-10', count: 6, expected: 2, upper: 5 },
    ];
    const missions = [
      { id: 'm1', number: 'OPG-2025-0001', status: 'running', buurten: ['BU2'], crimeTypes: ['1.2.*'] },
      { id: 'm2', number: 'OPG-2024-0009', status: 'closed', buurten: ['BU3'], crimeTypes: [] },
    ];
    const c = candidatesFromAlerts(alerts, missions);
    // BU1: 17 − 6.5 = 10.5; BU2: 12 − 4 = 8; BU3: 6 − 2 = 4
    assert.deepEqual(
      c.map((x) => [x.areaCode, x.excess, x.weeks.length]),
      [
        ['BU1', 10.5, 2],
        ['BU2', 8, 1],
        ['BU3', 4, 1],
      ],
    );
    assert.equal(c[0]!.ratio, 17 / 6.5);
    assert.deepEqual(c[0]!.weeks, ['2025-03-03', '2025-03-10']);
    assert.equal(c[0]!.suggestedTitle, 'Stijging 1.1.1 in Centrum');
    assert.deepEqual(c[1]!.coveredBy, { id: 'm1', number: 'OPG-2025-0001' }, '1.2.* covers 1.2.3');
    assert.equal(c[2]!.coveredBy, null, 'a closed mission covers nothing');
  });
});
