/**
 * The binary COPY writer against its reader: every value kind, with chunks so small that a value
 * starts a new chunk at every possible place (the writer's buffer and view change there).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BinaryCopyReader, BinaryCopyWriter } from './pg-binary-copy.ts';

const ROWS = 500;

function write(chunkSize: number): Buffer {
  const w = new BinaryCopyWriter(chunkSize);
  const code = Buffer.from('GM0505');
  const line = Buffer.from('x,ÉÉN-42,y');
  for (let i = 0; i < ROWS; i++) {
    w.beginRow(9);
    w.bytes(code);
    w.text(i % 7 === 0 ? null : `tekst ${i} é`);
    w.textBytes(line, 2, 10);
    w.int4(i * 1000 - 7);
    w.int8(i % 5 === 0 ? null : 2 ** 40 + i);
    w.float8(i / 3);
    w.bool(i % 2 === 0);
    w.timestamptz(i % 3 === 0 ? Number.NaN : Date.UTC(2024, 0, 1) + i * 60_000);
    w.null();
  }
  assert.equal(w.rows, ROWS);
  return Buffer.concat(w.finish());
}

describe('binary COPY writer', () => {
  it('writes the same stream whatever its chunk size, and the reader reads every value back', () => {
    const whole = write(1 << 20);
    for (const size of [1, 3, 7, 16, 33]) assert.ok(write(size).equals(whole), `chunk size ${size}`);
    const r = new BinaryCopyReader(whole);
    for (let i = 0; i < ROWS; i++) {
      assert.ok(r.nextRow());
      assert.equal(r.text(), 'GM0505');
      assert.equal(r.text(), i % 7 === 0 ? null : `tekst ${i} é`);
      assert.equal(r.text(), 'ÉÉN-42');
      assert.equal(r.int4(), i * 1000 - 7);
      assert.equal(r.int8(), i % 5 === 0 ? null : 2 ** 40 + i);
      assert.equal(r.float8(), i / 3);
      assert.equal(r.bool(), i % 2 === 0);
      const micros = r.int8(); // timestamptz: microseconds since 2000-01-01 UTC
      assert.equal(micros === null ? null : micros / 1000 + Date.UTC(2000, 0, 1), i % 3 === 0 ? null : Date.UTC(2024, 0, 1) + i * 60_000);
      assert.equal(r.text(), null);
    }
    assert.equal(r.nextRow(), false);
  });
});
