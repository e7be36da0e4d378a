import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownValue } from './own-value.ts';

test('ownValue finds only the record’s own keys, never Object.prototype’s', () => {
  const mapping = JSON.parse('{"woning":"1.1.1","__proto__":"x"}') as Record<string, string>;
  assert.equal(ownValue(mapping, 'woning'), '1.1.1');
  assert.equal(ownValue(mapping, '__proto__'), 'x', 'an own key named __proto__ (JSON.parse makes one) is found');
  for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) assert.equal(ownValue(mapping, key), undefined, key);
  assert.equal(ownValue(undefined, 'woning'), undefined);
});
