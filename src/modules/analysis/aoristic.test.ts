import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { amsterdamOffsetMinutes, parseAmsterdamTime, wallClockMinutes } from './amsterdam-time.ts';
import { aoristicHourOfWeek, hourOfWeek } from './aoristic.ts';

/** UTC minute of a time text (Amsterdam time unless it has an offset); throws on a problem. */
const t = (text: string): number => {
  const r = parseAmsterdamTime(text);
  if ('problem' in r) throw new Error(r.problem);
  return r.utcMinute;
};
const profile = (events: [string, string | null][]) =>
  aoristicHourOfWeek({ startUtc: events.map(([s]) => t(s)), endUtc: events.map(([, e]) => (e === null ? NaN : t(e))) });
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

test('hour-of-week of wall-clock minutes: Monday 00:00 is 0, Sunday 23:xx is 167 (2024-01-01 was a Monday)', () => {
  assert.equal(hourOfWeek(wallClockMinutes('2024-01-01T00:00')), 0);
  assert.equal(hourOfWeek(wallClockMinutes('2024-01-01T13:59')), 13);
  assert.equal(hourOfWeek(wallClockMinutes('2024-01-07 23:30')), 167);
  assert.equal(hourOfWeek(wallClockMinutes('1969-12-29T05:00')), 5); // a Monday before the epoch
  assert.equal(wallClockMinutes('2024-01-01T10:00Z'), wallClockMinutes('2024-01-01T11:00'), 'an offset is read into Amsterdam time');
  assert.ok(Number.isNaN(wallClockMinutes('2024-02-30T10:00')));
});

test('hand computed spreads (Ratcliffe aoristic, per minute), Amsterdam time in January', () => {
  const p = profile([
    ['2024-01-01T10:15', '2024-01-01T10:45'], // all in Mon 10
    ['2024-01-01T10:50', '2024-01-01T11:20'], // 10/30 Mon 10, 20/30 Mon 11
    ['2024-01-07T23:30', '2024-01-08T00:30'], // ½ Sun 23, ½ Mon 0 (wraps the week)
    ['2024-01-03T08:10', null], // missing end: 1 in Wed 8
    ['2024-01-04T09:00Z', '2024-01-04T09:30Z'], // UTC 09:00 = 10:00 CET: Thu 10
  ]);
  close(p[10]!, 1 + 1 / 3);
  close(p[11]!, 2 / 3);
  assert.equal(p[167], 0.5);
  assert.equal(p[0], 0.5);
  assert.equal(p[2 * 24 + 8], 1);
  assert.equal(p[3 * 24 + 10], 1);
  close(
    p.reduce((s, v) => s + v, 0),
    5,
  );
});

test('windows of a week or more spread 1/168 over every hour; end before start is an error', () => {
  const p = profile([['2024-01-01T10:00', '2024-01-08T10:00']]);
  assert.ok(p.every((v) => Math.abs(v - 1 / 168) < 1e-15));
  const almost = profile([['2024-01-01T10:00', '2024-01-08T09:59']]);
  assert.ok(Math.abs(almost[10]! - 60 / 10079) < 1e-15);
  assert.ok(Math.abs(almost[9]! - 59 / 10079) < 1e-15); // Mon 09:00–09:59 of the next week
  assert.throws(() => profile([['2024-01-01T10:00', '2024-01-01T09:00']]), /event 1: end before start/);
});

describe('clock changes: weight follows real elapsed time (Sunday 31 March and Sunday 27 October 2024)', () => {
  const SUN = 6 * 24;
  it('spring: 01:30 → 03:30 local is 60 real minutes, ½ to 01:00 and ½ to 03:00, nothing in the hour that did not exist', () => {
    const p = profile([['2024-03-31T01:30', '2024-03-31T03:30']]);
    assert.equal(t('2024-03-31T03:30') - t('2024-03-31T01:30'), 60);
    close(p[SUN + 1]!, 0.5);
    assert.equal(p[SUN + 2], 0);
    close(p[SUN + 3]!, 0.5);
  });

  it('spring: 00:00 → 04:00 local (3 real hours): 1/3 each to 00, 01 and 03', () => {
    const p = profile([['2024-03-31T00:00', '2024-03-31T04:00']]);
    for (const h of [0, 1, 3]) close(p[SUN + h]!, 1 / 3);
    assert.equal(p[SUN + 2], 0);
  });

  it('autumn: 01:30 (+02:00) → 03:30 (+01:00) is 180 real minutes: 1/6, 4/6 (the repeated hour, twice), 1/6', () => {
    const p = profile([['2024-10-27T01:30', '2024-10-27T03:30']]);
    assert.equal(t('2024-10-27T03:30') - t('2024-10-27T01:30'), 180);
    close(p[SUN + 1]!, 1 / 6);
    close(p[SUN + 2]!, 4 / 6);
    close(p[SUN + 3]!, 1 / 6);
  });

  it('autumn: 02:50+02:00 → 02:10+01:00 is a valid 20-minute window, wholly in the repeated hour', () => {
    const p = profile([['2024-10-27T02:50+02:00', '2024-10-27T02:10+01:00']]);
    assert.equal(t('2024-10-27T02:10+01:00') - t('2024-10-27T02:50+02:00'), 20);
    close(p[SUN + 2]!, 1);
    close(
      p.reduce((s, v) => s + v, 0),
      1,
    );
  });

  it('autumn: the second 02:00–03:00 alone (+01:00) and a point event in it count in hour 02', () => {
    const p = profile([
      ['2024-10-27T02:00+01:00', '2024-10-27T03:00+01:00'],
      ['2024-10-27T02:30+01:00', null],
    ]);
    close(p[SUN + 2]!, 2);
  });
});

describe('parseAmsterdamTime: offsets, the skipped and the repeated hour', () => {
  it('reads local time with the offset of the day, and explicit offsets as given', () => {
    assert.equal(t('2024-01-15T12:00'), Date.UTC(2024, 0, 15, 11) / 60_000);
    assert.equal(t('2024-07-15T12:00'), Date.UTC(2024, 6, 15, 10) / 60_000);
    assert.equal(t('2024-07-15T12:00+01:00'), Date.UTC(2024, 6, 15, 11) / 60_000);
    assert.equal(t('2024-07-15T12:00-0230'), Date.UTC(2024, 6, 15, 14, 30) / 60_000);
    assert.equal(t('2024-07-15'), Date.UTC(2024, 6, 14, 22) / 60_000);
  });
  it('the repeated hour without an offset is its first occurrence (+02:00)', () => {
    assert.equal(t('2024-10-27T02:30'), t('2024-10-27T02:30+02:00'));
    assert.equal(amsterdamOffsetMinutes(t('2024-10-27T02:30+01:00')), 60);
  });
  it('a time in the skipped hour does not exist; bad dates, offsets and overlong text are problems', () => {
    for (const [text, reason] of [
      ['2024-03-31T02:30', /does not exist in Amsterdam/],
      ['2024-02-30T10:00', /date does not exist/],
      ['2024-07-15T12:00+15:00', /not a time zone offset/],
      ['2024-07-15T25:00', /not an ISO 8601 time/],
      [`2024-07-15T12:00${' '.repeat(100)}x`, /not an ISO 8601 time/],
    ] as const) {
      const r = parseAmsterdamTime(text);
      assert.ok('problem' in r && reason.test(r.problem), `${text}: ${JSON.stringify(r)}`);
    }
    assert.ok('utcMinute' in parseAmsterdamTime('2024-03-31T02:30+01:00'), 'with an offset the instant exists');
  });
});
