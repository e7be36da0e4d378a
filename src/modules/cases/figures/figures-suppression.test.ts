/** Small-number suppression of the case figures: primary, complementary in a row, and in a year → quarters → months tree. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quarterOf } from './figures-compute.ts';
import { calendarTotal, suppressCalendar, suppressedMedian, suppressedShare, suppressRow } from './figures-suppression.ts';

const row = (cells: Record<string, number>) => new Map(Object.entries(cells));
const plain = (m: Map<string, number | null>) => Object.fromEntries(m);

describe('suppressing a row of counts under a total (threshold 5)', () => {
  it('hides a criterion with 3 cases and, as the only hidden cell, the next smallest too', () => {
    const r = suppressRow(20, row({ top: 3, hic: 8, jong: 9 }), 5);
    assert.equal(r.total, 20);
    assert.deepEqual(plain(r.cells), { top: null, hic: null, jong: 9 });
  });

  it('keeps a zero (it points at nobody) and hides nothing more when two hidden cells already reach 5', () => {
    const r = suppressRow(12, row({ top: 3, hic: 4, jong: 5, nazorg: 0 }), 5);
    assert.deepEqual(plain(r.cells), { top: null, hic: null, jong: 5, nazorg: 0 });
  });

  it('hides more than two cells when the hidden ones together stay below the threshold', () => {
    const r = suppressRow(16, row({ a: 1, b: 1, c: 6, d: 8 }), 5);
    assert.deepEqual(plain(r.cells), { a: null, b: null, c: null, d: 8 });
  });

  it('hides a small total and with it every non-zero cell', () => {
    const r = suppressRow(4, row({ a: 4, b: 0 }), 5);
    assert.equal(r.total, null);
    assert.deepEqual(plain(r.cells), { a: null, b: 0 });
  });

  it('publishes everything when no count is small', () => {
    const r = suppressRow(15, row({ a: 5, b: 10 }), 5);
    assert.deepEqual([r.total, plain(r.cells)], [15, { a: 5, b: 10 }]);
  });
});

describe('suppressing a calendar (year → quarters → months)', () => {
  const months = (counts: number[]) => new Map(counts.map((c, i) => [`2025-${String(i + 1).padStart(2, '0')}`, c]));

  it('never lets a hidden month follow from its quarter, the year and the shown months', () => {
    // April 3, June 3, July 1 (threshold 3): July is small; Q3 then equals it.
    const published = suppressCalendar(months([0, 0, 0, 3, 0, 3, 1, 0, 0, 0, 0, 0]), quarterOf, 3);
    assert.equal(calendarTotal(published), 7);
    assert.equal(published.get('2025-07'), null);
    assert.equal(published.get('2025-Q3'), null);
    // Q3 hidden alone under a shown year would be 7 − the other quarters: Q2 is hidden too …
    assert.equal(published.get('2025-Q2'), null);
    // … and Q2 may not be the sum of its shown months: one of them is hidden as well.
    const q2Months = ['2025-04', '2025-05', '2025-06'].map((m) => published.get(m));
    assert.ok(
      q2Months.some((v) => v === null),
      'a month of Q2 is hidden',
    );
    // Every equation has no single unknown: check by trying to solve each one.
    assertNoSingleUnknown(published);
  });

  it('shows every count of a busy year', () => {
    const published = suppressCalendar(months([5, 6, 7, 8, 9, 10, 5, 5, 5, 5, 5, 5]), quarterOf, 5);
    assert.equal(calendarTotal(published), 75);
    assert.equal(published.get('2025-Q1'), 18);
    assert.equal(published.get('2025-12'), 5);
  });
});

/** year = Σ quarters, quarter = Σ its months: in none of them exactly one value is hidden. */
function assertNoSingleUnknown(published: Map<string, number | null>): void {
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `2025-${q}`);
  const eqs: string[][] = [['#total', ...quarters]];
  for (let q = 0; q < 4; q++) eqs.push([quarters[q]!, ...[1, 2, 3].map((m) => `2025-${String(q * 3 + m).padStart(2, '0')}`)]);
  for (const eq of eqs) {
    const unknown = eq.filter((k) => published.get(k) === null);
    assert.notEqual(unknown.length, 1, `${eq.join(' = ')}: one unknown (${unknown})`);
  }
}

describe('shares and medians', () => {
  it('gives no share over fewer than n cases, nor when the part or the rest is small', () => {
    assert.equal(suppressedShare(3, 4, 5), null);
    assert.equal(suppressedShare(2, 10, 5), null, '2 of 10 would give the count 2');
    assert.equal(suppressedShare(8, 10, 5), null, 'the 2 without would follow');
    assert.equal(suppressedShare(5, 10, 5), 0.5);
    assert.equal(suppressedShare(0, 10, 5), 0);
    assert.equal(suppressedShare(12, 12, 5), 1);
  });

  it('gives no median over fewer than n cases, else whole days', () => {
    assert.equal(suppressedMedian(30, 4, 5), null);
    assert.equal(suppressedMedian(30.4, 5, 5), 30);
    assert.equal(suppressedMedian(null, 0, 5), null);
  });
});
