import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amsterdamOffsetMinutes, aoristicHourOfWeek } from '../../analysis/index.ts';
import { aoristicProfile, type EventTimes } from './aoristic-fast.ts';

/** Event times as the incidents columns hold them: UTC minutes and Amsterdam wall-clock minutes. */
function times(start: Int32Array, end: Int32Array): EventTimes {
  const local = (m: number) => m + amsterdamOffsetMinutes(m);
  return { startMin: start, endMin: end, startLocal: start.map(local), endLocal: end.map(local) };
}

const all = (n: number) => Uint32Array.from({ length: n }, (_, k) => k);

describe('aoristicProfile (difference array) = analysis aoristicHourOfWeek', () => {
  it('agrees on random windows, zero-length, wrapping and week-long ones, over a year with both clock changes', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 5000;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const march31 = Date.UTC(2024, 2, 31, 1) / 60_000;
    const october27 = Date.UTC(2024, 9, 27, 1) / 60_000;
    for (let k = 0; k < n; k++) {
      // a third of the windows start within a day before one of the two changes
      const near = k % 3 === 0 ? march31 : k % 3 === 1 ? october27 : 0;
      start[k] = near ? near - Math.floor(rnd() * 1440) : 28_401_120 + Math.floor(rnd() * 525_600);
      const kind = rnd();
      end[k] = start[k]! + (kind < 0.2 ? 0 : kind < 0.25 ? 10_080 + Math.floor(rnd() * 5000) : Math.floor(rnd() * 4000));
    }
    const fast = aoristicProfile(times(start, end), all(n));
    const reference = aoristicHourOfWeek({ startUtc: start, endUtc: Float64Array.from(end, (e, k) => (e === start[k] ? NaN : e)) });
    for (let h = 0; h < 168; h++) assert.ok(Math.abs(fast[h]! - reference[h]!) < 1e-9, `hour ${h}: ${fast[h]} vs ${reference[h]}`);
  });

  it('Sunday 23:30 – Monday 00:30 splits over the wrap of the week', () => {
    const sunday = Date.UTC(2024, 2, 10, 22, 30) / 60_000; // 23:30 CET
    const p = aoristicProfile(times(Int32Array.of(sunday), Int32Array.of(sunday + 60)), all(1));
    assert.ok(Math.abs(p[167]! - 0.5) < 1e-12 && Math.abs(p[0]! - 0.5) < 1e-12);
  });

  it('hand computed across both clock changes (Sunday hours 144 + h)', () => {
    // spring: 00:30 UTC (01:30 CET) → 01:30 UTC (03:30 CEST): ½ to 01:00, ½ to 03:00, 02:00 empty
    const s = Date.UTC(2024, 2, 31, 0, 30) / 60_000;
    const spring = aoristicProfile(times(Int32Array.of(s), Int32Array.of(s + 60)), all(1));
    assert.deepEqual(
      [spring[145], spring[146], spring[147]].map((v) => Math.round(v! * 1e12) / 1e12),
      [0.5, 0, 0.5],
    );
    // autumn: 00:50 UTC (02:50 CEST) → 01:10 UTC (02:10 CET): 20 real minutes, all in 02:00
    const a = Date.UTC(2024, 9, 27, 0, 50) / 60_000;
    const autumn = aoristicProfile(times(Int32Array.of(a), Int32Array.of(a + 20)), all(1));
    assert.ok(Math.abs(autumn[146]! - 1) < 1e-12 && Math.abs(autumn.reduce((x, v) => x + v, 0) - 1) < 1e-12);
  });
});
