import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aoristicHourOfWeek, hourOfWeek, localMinutes } from './aoristic.ts';

const t = localMinutes;
const profile = (events: [string, string | null][]) =>
  aoristicHourOfWeek(events.map(([s]) => t(s)), events.map(([, e]) => (e === null ? NaN : t(e))));

test('hour-of-week: Monday 00:00 is 0, Sunday 23:xx is 167 (2024-01-01 was a Monday)', () => {
  assert.equal(hourOfWeek(t('2024-01-01T00:00')), 0);
  assert.equal(hourOfWeek(t('2024-01-01T13:59')), 13);
  assert.equal(hourOfWeek(t('2024-01-07 23:30')), 167);
  assert.equal(hourOfWeek(t('1969-12-29T05:00')), 5); // a Monday before the epoch
  assert.ok(Number.isNaN(t('2024-01-01T10:00Z')));
  assert.ok(Number.isNaN(t('2024-02-30T10:00')));
});

test('hand computed spreads (Ratcliffe aoristic, per minute)', () => {
  const p = profile([
    ['2024-01-01T10:15', '2024-01-01T10:45'], // all in Mon 10
    ['2024-01-01T10:50', '2024-01-01T11:20'], // 10/30 Mon 10, 20/30 Mon 11
    ['2024-01-07T23:30', '2024-01-08T00:30'], // ½ Sun 23, ½ Mon 0 (wraps the week)
    ['2024-01-03T08:10', null], // missing end: 1 in Wed 8
  ]);
  assert.ok(Math.abs(p[10]! - (1 + 1 / 3)) < 1e-12);
  assert.ok(Math.abs(p[11]! - 2 / 3) < 1e-12);
  assert.equal(p[167], 0.5);
  assert.equal(p[0], 0.5);
  assert.equal(p[2 * 24 + 8], 1);
  assert.ok(Math.abs(p.reduce((s, v) => s + v, 0) - 4) < 1e-12);
});

test('windows of a week or more spread 1/168 over every hour; end before start is an error', () => {
  const p = profile([['2024-01-01T10:00', '2024-01-08T10:00']]);
  assert.ok(p.every((v) => Math.abs(v - 1 / 168) < 1e-15));
  const almost = profile([['2024-01-01T10:00', '2024-01-08T09:59']]);
  assert.ok(Math.abs(almost[10]! - 60 / 10079) < 1e-15);
  assert.ok(Math.abs(almost[9]! - 59 / 10079) < 1e-15); // Mon 09:00–09:59 of the next week
  assert.throws(() => profile([['2024-01-01T10:00', '2024-01-01T09:00']]), /event 1: end before start/);
});
