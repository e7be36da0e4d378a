import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseGpkgGeometry, parseGpkgHeader } from './gpkg-geometry.ts';
import { looksLikeWkbHex, parseWkb, parseWkbHex } from './wkb.ts';

/** Hand-made WKB writer for the tests: numbers are written exactly as the OGC layout says. */
class Bytes {
  parts: number[] = [];
  constructor(readonly little: boolean) {}
  u8(v: number) {
    this.parts.push(v);
    return this;
  }
  u32(v: number) {
    const b = new DataView(new ArrayBuffer(4));
    b.setUint32(0, v, this.little);
    this.parts.push(...new Uint8Array(b.buffer));
    return this;
  }
  f64(v: number) {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, v, this.little);
    this.parts.push(...new Uint8Array(b.buffer));
    return this;
  }
  order() {
    return this.u8(this.little ? 1 : 0);
  }
  rings(rings: number[][][], dims = 2) {
    this.u32(rings.length);
    for (const r of rings) {
      this.u32(r.length);
      for (const p of r) for (let d = 0; d < dims; d++) this.f64(p[d] ?? 0);
    }
    return this;
  }
  get bytes() {
    return new Uint8Array(this.parts);
  }
}

const outer = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const hole = [
  [2, 2],
  [2, 4],
  [4, 4],
  [4, 2],
  [2, 2],
];

describe('WKB / EWKB', () => {
  for (const little of [true, false]) {
    it(`reads a Polygon with a hole (${little ? 'little' : 'big'} endian)`, () => {
      const wkb = new Bytes(little).order().u32(3).rings([outer, hole]).bytes;
      assert.equal(wkb[0], little ? 1 : 0);
      const { geometry, srid } = parseWkb(wkb);
      assert.equal(srid, null);
      assert.deepEqual(geometry, { type: 'Polygon', coordinates: [outer, hole] });
    });
  }

  it('reads a MultiPolygon whose members use different byte orders', () => {
    const b = new Bytes(false).order().u32(6).u32(2);
    const m1 = new Bytes(true).order().u32(3).rings([outer, hole]).parts;
    const m2 = new Bytes(false)
      .order()
      .u32(3)
      .rings([
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
      ]).parts;
    b.parts.push(...m1, ...m2);
    const { geometry } = parseWkb(b.bytes);
    assert.equal(geometry.type, 'MultiPolygon');
    assert.deepEqual(geometry.coordinates, [
      [outer, hole],
      [
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
      ],
    ]);
  });

  it('reads the EWKB SRID and skips Z ordinates (EWKB flag and ISO 1000+ type)', () => {
    const ewkb = new Bytes(true)
      .order()
      .u32(0x20000003 | 0x80000000)
      .u32(28992)
      .rings(
        [
          [
            [1, 2, 99],
            [3, 4, 99],
            [5, 6, 99],
            [1, 2, 99],
          ],
        ],
        3,
      ).bytes;
    const parsed = parseWkb(ewkb);
    assert.equal(parsed.srid, 28992);
    assert.deepEqual(parsed.geometry.coordinates, [
      [
        [1, 2],
        [3, 4],
        [5, 6],
        [1, 2],
      ],
    ]);
    const iso = new Bytes(false)
      .order()
      .u32(1003)
      .rings(
        [
          [
            [1, 2, 7],
            [3, 4, 7],
            [5, 6, 7],
            [1, 2, 7],
          ],
        ],
        3,
      ).bytes;
    assert.deepEqual(parseWkb(iso).geometry.coordinates, [
      [
        [1, 2],
        [3, 4],
        [5, 6],
        [1, 2],
      ],
    ]);
  });

  it('parses the PostGIS hex of the shipped CBS file header (MultiPolygon, SRID 28992)', () => {
    const hex = Buffer.from(new Bytes(true).order().u32(0x20000006).u32(28992).u32(1).order().u32(3).rings([outer]).bytes)
      .toString('hex')
      .toUpperCase();
    assert.ok(hex.startsWith('0106000020407100000100000001030000'));
    assert.ok(looksLikeWkbHex(hex));
    const parsed = parseWkbHex(hex);
    assert.equal(parsed.srid, 28992);
    assert.deepEqual(parsed.geometry, { type: 'MultiPolygon', coordinates: [[outer]] });
  });

  it('refuses truncated bytes, trailing bytes, a bad byte order and non-areal types with a clear message', () => {
    const full = new Bytes(true).order().u32(3).rings([outer]).bytes;
    assert.throws(() => parseWkb(full.subarray(0, full.length - 3)), /ends early/);
    assert.throws(() => parseWkb(new Uint8Array([...full, 0])), /1 unread bytes/);
    assert.throws(() => parseWkb(new Uint8Array([7, ...full.subarray(1)])), /byte-order marker 7/);
    assert.throws(() => parseWkb(new Bytes(true).order().u32(1).f64(1).f64(2).bytes), /type 1 is not a Polygon/);
    assert.throws(() => parseWkbHex('01zz'), /not hexadecimal/);
    assert.equal(looksLikeWkbHex('BU05050100'), false);
  });
});

function gpkgBlob(little: boolean, flags: number, srsId: number, envelope: number[], wkb: Uint8Array): Uint8Array {
  const b = new Bytes(little).u8(0x47).u8(0x50).u8(0).u8(flags);
  const dv = new DataView(new ArrayBuffer(4));
  dv.setInt32(0, srsId, little);
  b.parts.push(...new Uint8Array(dv.buffer));
  for (const e of envelope) b.f64(e);
  b.parts.push(...wkb);
  return b.bytes;
}

describe('GeoPackage geometry blob', () => {
  const wkb = new Bytes(true).order().u32(3).rings([outer, hole]).bytes;

  it('reads the header (little-endian, 32-byte envelope) and the WKB after it', () => {
    const blob = gpkgBlob(true, 0b0000_0011, 28992, [0, 10, 0, 10], wkb);
    const header = parseGpkgHeader(blob);
    assert.deepEqual(header, { version: 0, srsId: 28992, empty: false, envelope: [0, 10, 0, 10], wkbOffset: 40 });
    assert.deepEqual(parseGpkgGeometry(blob), { geometry: { type: 'Polygon', coordinates: [outer, hole] }, srid: 28992 });
  });

  it('reads a big-endian header without envelope and an empty geometry', () => {
    const blob = gpkgBlob(false, 0b0000_0000, 4326, [], wkb);
    assert.equal(parseGpkgHeader(blob).srsId, 4326);
    assert.equal(parseGpkgHeader(blob).wkbOffset, 8);
    assert.equal(parseGpkgGeometry(gpkgBlob(true, 0b0001_0001, 4326, [], wkb)), null);
  });

  it('refuses a blob without the GP magic or with an invalid envelope indicator', () => {
    assert.throws(() => parseGpkgHeader(wkb), /magic "GP"/);
    assert.throws(() => parseGpkgHeader(gpkgBlob(true, 0b0000_1011, 1, [], wkb)), /envelope indicator 5/);
  });
});
