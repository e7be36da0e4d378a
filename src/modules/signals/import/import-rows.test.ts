/**
 * The created time of an imported report: a time without an offset is local time in
 * Europe/Amsterdam whatever the server's time zone (TZ is set to another zone below), and a time in
 * the skipped spring hour is refused with its reason.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { RowProblem } from '../../../core/import-report.ts';
import { SignalRowChecker } from './import-rows.ts';

const FIELDS = { id: 'nr', createdAt: 'datum', category: 'hoofd', lat: 'lat', lon: 'lon' };

function created(datum: string): { at?: string; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const row = new SignalRowChecker(FIELDS, Date.UTC(2026, 0, 1)).check(
    { line: 2, row: { nr: '1', datum, hoofd: 'Overlast', lat: '51.81', lon: '4.67' } },
    problems,
  );
  return { at: row?.created.toISOString(), problems };
}

describe('signal import: created time', () => {
  it('reads a time without an offset as Amsterdam time, in summer and in winter', () => {
    assert.equal(created('2025-07-01T10:15:00').at, '2025-07-01T08:15:00.000Z');
    assert.equal(created('2025-01-15 10:15').at, '2025-01-15T09:15:00.000Z');
    assert.equal(created('2025-07-01').at, '2025-06-30T22:00:00.000Z', 'a date is local midnight');
    assert.equal(created('2025-07-01T10:15:00Z').at, '2025-07-01T10:15:00.000Z');
    assert.equal(created('2025-07-01T10:15:00-04:00').at, '2025-07-01T14:15:00.000Z');
  });

  it('refuses a time in the skipped spring hour, naming why', () => {
    const { at, problems } = created('2025-03-30T02:30:00');
    assert.equal(at, undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.reason ?? '', /does not exist in Europe\/Amsterdam/);
    assert.equal(problems[0]?.column, 'datum');
  });

  it('gives the same times when the server runs in another time zone', () => {
    const probe = `import { SignalRowChecker } from './src/modules/signals/import/import-rows.ts';
      const c = new SignalRowChecker(${JSON.stringify(FIELDS)}, Date.UTC(2026, 0, 1));
      console.log(c.check({ line: 2, row: { nr: '1', datum: '2025-07-01T10:15:00', hoofd: 'x', lat: '51.81', lon: '4.67' } }, []).created.toISOString());`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/New_York' },
    });
    assert.equal(r.stdout.trim(), '2025-07-01T08:15:00.000Z', r.stderr);
  });
});
