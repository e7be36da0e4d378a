import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { radixOrder } from './radix-order.ts';

describe('radixOrder', () => {
  it('sorts ascending and keeps equal keys in index order', () => {
    const keys = Int32Array.from([5, -3, 5, 0, -3, 2_000_000_000, -2_000_000_000, 5]);
    assert.deepEqual(Array.from(radixOrder(keys, keys.length)), [6, 1, 4, 3, 0, 2, 7, 5]);
  });

  it('agrees with a comparison sort on random minutes, and looks only at the first n keys', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const keys = Int32Array.from({ length: 20_000 }, () => 26_000_000 + Math.floor(rnd() * 4 * 525_600));
    const n = 19_000;
    const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
    assert.deepEqual(Array.from(radixOrder(keys, n)), expected);
    assert.deepEqual(Array.from(radixOrder(new Int32Array([4]), 1)), [0]);
    assert.equal(radixOrder(new Int32Array(0), 0).length, 0);
  });
});
