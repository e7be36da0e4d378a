/** Small-number suppression of a count tree: primary cells, complementary cells, and the same answer at every level. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CountNode, suppressedCodes } from './suppression.ts';

const leaf = (code: string, count: number): CountNode => ({ code, count, children: [] });
const node = (code: string, children: CountNode[]): CountNode => ({ code, count: children.reduce((s, c) => s + c.count, 0), children });

describe('target groups: suppressedCodes', () => {
  it('hides counts 1 … threshold − 1 and shows 0 and counts from the threshold', () => {
    const tree = node('GM', [node('W1', [leaf('B1', 5), leaf('B2', 0), leaf('B3', 6)]), node('W2', [leaf('B4', 4)])]);
    // W2 = 4 is small; its sibling W1 (11) is hidden with it so GM − W1 cannot reveal W2.
    assert.deepEqual([...suppressedCodes(tree, 5)].sort(), ['B4', 'W1', 'W2']);
  });

  it('hides a complementary buurt when a wijk total equals one shown buurt plus one hidden one', () => {
    // Wijk 9 = 7 + 2 + 0: showing 9 and 7 would reveal the 2; the 7 is hidden too, the 0 stays.
    const tree = node('GM', [node('W1', [leaf('B1', 7), leaf('B2', 2), leaf('B3', 0)]), node('W2', [leaf('B4', 20)])]);
    const hidden = suppressedCodes(tree, 5);
    assert.deepEqual([...hidden].sort(), ['B1', 'B2']);
  });

  it('keeps hiding the smallest non-zero buurten until the hidden sum reaches the threshold', () => {
    const tree = node('GM', [node('W1', [leaf('B1', 1), leaf('B2', 1), leaf('B3', 2), leaf('B4', 30), leaf('B5', 0)])]);
    // 1 + 1 = 2 < 5 → the 2 (B3) is added: 4 < 5 → the 30 (B4) too; the 0 stays shown.
    assert.deepEqual([...suppressedCodes(tree, 5)].sort(), ['B1', 'B2', 'B3', 'B4']);
  });

  it('decides a wijk at the city level first, so its total is the same in the city and the wijk view', () => {
    const w1 = node('W1', [leaf('B1', 7), leaf('B2', 2)]);
    const tree = node('GM', [w1, node('W2', [leaf('B3', 3)])]);
    const hidden = suppressedCodes(tree, 5);
    // W2 (3) is small, W1 is its complement; inside the hidden W1 the 2 is hidden and the 7 may show.
    assert.ok(hidden.has('W1') && hidden.has('W2') && hidden.has('B2') && hidden.has('B3'));
    assert.equal(hidden.has('B1'), false);
    assert.equal(hidden.has('GM'), false);
  });

  it('hides the whole tree of a small city total and shows a tree of zeros', () => {
    assert.deepEqual([...suppressedCodes(node('GM', [node('W1', [leaf('B1', 3)])]), 5)].sort(), ['B1', 'GM', 'W1']);
    assert.equal(suppressedCodes(node('GM', [node('W1', [leaf('B1', 0)])]), 5).size, 0);
  });
});
