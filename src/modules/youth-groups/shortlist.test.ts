import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, scoresOf } from './shortlist.ts';

describe('Beke shortlist classification rule (hand-computed cases)', () => {
  it('no behaviour, or only nuisance-free hinderlijk items: hinderlijk', () => {
    assert.equal(classify({}), 'hinderlijk');
    assert.equal(classify({ rondhangen: 2, geluid: 2, vervuiling: 2 }), 'hinderlijk');
  });

  it('overlastgevend: one nuisance item regularly, or nuisance items summing to 3', () => {
    assert.equal(classify({ rondhangen: 2, vernielingen: 2 }), 'overlastgevend');
    assert.equal(classify({ provoceren: 1, intimideren: 1 }), 'hinderlijk', 'sum 2 stays below the threshold');
    assert.equal(classify({ provoceren: 1, intimideren: 1, geweld: 1 }), 'overlastgevend', 'sum 3 reaches it');
  });

  it('crimineel outranks overlastgevend: one criminal item regularly, or criminal items summing to 3', () => {
    assert.equal(classify({ vernielingen: 2, drugshandel: 2 }), 'crimineel');
    assert.equal(classify({ vernielingen: 2, drugshandel: 1, wapens: 1 }), 'overlastgevend', 'criminal sum 2: not yet');
    assert.equal(classify({ drugshandel: 1, wapens: 1, georganiseerd: 1 }), 'crimineel');
  });

  it('sums the answers per typing, ignoring unknown codes', () => {
    assert.deepEqual(scoresOf({ rondhangen: 2, geluid: 1, vernielingen: 2, wapens: 1, onbekend: 2 }), {
      hinderlijk: 3,
      overlastgevend: 2,
      crimineel: 1,
    });
  });
});
