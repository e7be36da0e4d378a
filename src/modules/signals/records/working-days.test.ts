import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWorkingDays, amsterdamDate, dutchHolidays, easterSunday, isWorkingDay, workingDaysBetween } from './working-days.ts';

describe('Dutch working days', () => {
  it('computes Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      2008: '3-23',
      2011: '4-24',
      2019: '4-21',
      2024: '3-31',
      2025: '4-20',
      2026: '4-5',
      2038: '4-25',
    };
    for (const [y, md] of Object.entries(known)) {
      const e = easterSunday(Number(y));
      assert.equal(`${e.month}-${e.day}`, md, `Easter ${y}`);
    }
  });

  it('lists the 2025 holidays including Liberation Day (lustrum year)', () => {
    const dates = dutchHolidays(2025).map((h) => `${h.date} ${h.name}`);
    assert.deepEqual(dates, [
      '2025-01-01 Nieuwjaarsdag',
      '2025-04-20 Eerste Paasdag',
      '2025-04-21 Tweede Paasdag',
      '2025-04-26 Koningsdag',
      '2025-05-05 Bevrijdingsdag',
      '2025-05-29 Hemelvaartsdag',
      '2025-06-08 Eerste Pinksterdag',
      '2025-06-09 Tweede Pinksterdag',
      '2025-12-25 Eerste Kerstdag',
      '2025-12-26 Tweede Kerstdag',
    ]);
  });

  it('applies the King’s Day rules: Sunday 27 April moves to Saturday 26; Queen’s Day before 2014', () => {
    assert.ok(
      dutchHolidays(2025).some((h) => h.date === '2025-04-26'),
      '27-04-2025 is a Sunday',
    );
    assert.ok(dutchHolidays(2026).some((h) => h.date === '2026-04-27'));
    assert.ok(dutchHolidays(2013).some((h) => h.date === '2013-04-30' && h.name === 'Koninginnedag'));
    assert.ok(dutchHolidays(2008).some((h) => h.date === '2008-04-30'));
    assert.ok(dutchHolidays(2012).some((h) => h.date === '2012-04-30'));
    assert.ok(
      dutchHolidays(2006).some((h) => h.date === '2006-04-29'),
      '30-04-2006 is a Sunday',
    );
  });

  it('counts Liberation Day only every five years', () => {
    assert.equal(isWorkingDay('2025-05-05'), false);
    assert.equal(isWorkingDay('2026-05-05'), true);
    assert.equal(isWorkingDay('2030-05-06'), true);
    assert.equal(
      dutchHolidays(2030).some((h) => h.date === '2030-05-05'),
      true,
    );
  });

  it('skips weekends and holidays when adding working days', () => {
    assert.equal(addWorkingDays('2026-04-03', 1), '2026-04-07', 'Good Friday counts? no: Fri 3 Apr → Mon 6 Apr is Easter Monday → Tue 7');
    assert.equal(addWorkingDays('2026-04-02', 1), '2026-04-03', 'Good Friday is a working day');
    assert.equal(addWorkingDays('2025-12-24', 1), '2025-12-29');
    assert.equal(addWorkingDays('2025-12-24', 3), '2025-12-31');
    assert.equal(addWorkingDays('2026-05-13', 1), '2026-05-15', 'Ascension Day 14 May 2026');
    assert.equal(addWorkingDays('2026-03-02', 5), '2026-03-09');
    assert.equal(addWorkingDays('2026-03-02', 0), '2026-03-02');
  });

  it('counts working days between dates and uses the Amsterdam calendar day', () => {
    assert.equal(workingDaysBetween('2026-03-02', '2026-03-09'), 5);
    assert.equal(workingDaysBetween('2026-03-09', '2026-03-02'), -5);
    assert.equal(amsterdamDate(new Date('2026-03-01T23:30:00Z')), '2026-03-02');
  });
});
