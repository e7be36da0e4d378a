import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressKeyString, describeAddress, parseAddress } from './address-key.ts';
import { AddressLookup } from './address-lookup.ts';

describe('address key', () => {
  it('normalises postcode, letter and addition: "3311 ab" is "3311AB"', () => {
    assert.deepEqual(parseAddress({ postcode: ' 3311 ab ', huisnummer: '12' }), {
      postcode: '3311AB',
      huisnummer: 12,
      huisletter: '',
      toevoeging: '',
    });
    assert.deepEqual(parseAddress({ postcode: '3311AB', huisnummer: ' 012 ', huisletter: 'a', toevoeging: '-2' }), {
      postcode: '3311AB',
      huisnummer: 12,
      huisletter: 'A',
      toevoeging: '2',
    });
    assert.deepEqual(parseAddress({ postcode: '3311ab', huisnummer: '7', toevoeging: 'bis' }), {
      postcode: '3311AB',
      huisnummer: 7,
      huisletter: '',
      toevoeging: 'BIS',
    });
  });

  it('names the field of the first problem', () => {
    const cases: [Parameters<typeof parseAddress>[0], string, RegExp][] = [
      [{ postcode: '', huisnummer: '1' }, 'postcode', /is empty/],
      [{ postcode: '0311AB', huisnummer: '1' }, 'postcode', /'0311AB' is not a postcode/],
      [{ postcode: '33111', huisnummer: '1' }, 'postcode', /not a postcode/],
      [{ postcode: '3311AB', huisnummer: '' }, 'huisnummer', /is empty/],
      [{ postcode: '3311AB', huisnummer: '12a' }, 'huisnummer', /'12a' is not a house number/],
      [{ postcode: '3311AB', huisnummer: '0' }, 'huisnummer', /not a house number/],
      [{ postcode: '3311AB', huisnummer: '12', huisletter: 'AB' }, 'huisletter', /not one letter/],
      [{ postcode: '3311AB', huisnummer: '12', toevoeging: 'hoog 3' }, 'toevoeging', /not a huisnummertoevoeging/],
    ];
    for (const [input, field, reason] of cases) {
      const p = parseAddress(input);
      assert.ok('field' in p, JSON.stringify(input));
      assert.equal(p.field, field);
      assert.match(p.reason, reason);
    }
  });

  it('finds the exact key, else the plain postcode + huisnummer, never another letter', () => {
    const plain = { postcode: '3311AB', huisnummer: 12, huisletter: '', toevoeging: '' };
    const withA = { ...plain, huisletter: 'A' };
    const only14b = { postcode: '3311AB', huisnummer: 14, huisletter: 'B', toevoeging: '' };
    const keys = [plain, withA, only14b].map(addressKeyString);
    const lookup = new AddressLookup(new Map(keys.map((k, i) => [k, i])), new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), [
      'bag',
    ]);
    assert.deepEqual(lookup.find(plain), { x: 1, y: 2, lat: 3, lon: 4 });
    assert.deepEqual(lookup.find(withA), { x: 5, y: 6, lat: 7, lon: 8 });
    assert.deepEqual(lookup.find({ ...plain, huisletter: 'C', toevoeging: '2' }), { x: 1, y: 2, lat: 3, lon: 4 });
    assert.equal(lookup.find({ ...only14b, huisletter: '' }), null);
    assert.equal(lookup.sourceLabel, 'source bag');
    assert.equal(describeAddress({ ...withA, toevoeging: '2' }), 'postcode 3311AB huisnummer 12 huisletter A toevoeging 2');
  });
});
