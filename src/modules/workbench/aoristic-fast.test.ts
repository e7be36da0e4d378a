import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aoristicHourOfWeek } from '../analysis/service.ts';
import { aoristicProfile } from './aoristic-fast.ts';

describe('aoristicProfile (difference array) = analysis aoristicHourOfWeek', () => {
  it('agrees on random windows, zero-length, wrapping and week-long ones', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const n = 5000;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      start[k] = 27_000_000 + Math.floor(rnd() * 600_000);
      const kind = rnd();
      end[k] = start[k]! + (kind < 0.2 ? 0 : kind < 0.25 ? 10_080 + Math.floor(rnd() * 5000) : Math.floor(rnd() * 4000));
    }
    const idx = Uint32Array.from({ length: n }, (_, k) => k);
    const fast = aoristicProfile(start, end, idx);
    const reference = aoristicHourOfWeek(start, Float64Array.from(end, (e, k) => (e === start[k] ? NaN : e)));
    for (let h = 0; h < 168; h++) assert.ok(Math.abs(fast[h]! - reference[h]!) < 1e-9, `hour ${h}: ${fast[h]} vs ${reference[h]}`);
  });

  it('Sunday 23:30 – Monday 00:30 splits over the wrap of the week', () => {
    const sunday = Date.UTC(2024, 2, 10, 23, 30) / 60_000;
    const p = aoristicProfile(Int32Array.of(sunday), Int32Array.of(sunday + 60), Uint32Array.of(0));
    assert.ok(Math.abs(p[167]! - 0.5) < 1e-12 && Math.abs(p[0]! - 0.5) < 1e-12);
  });
});
