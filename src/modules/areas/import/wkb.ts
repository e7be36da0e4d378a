/**
 * A small reader for (E)WKB polygon geometries: OGC Simple Features "Well-Known Binary"
 * (ISO/IEC 13249-3, OGC 06-103r4 §8.2) plus the PostGIS "extended" WKB flags.
 *
 * Layout of one geometry: byte order (0 = big endian, 1 = little endian), uint32 type, then
 * the body. EWKB sets 0x20000000 in the type when an int32 SRID follows, 0x80000000 for Z and
 * 0x40000000 for M; ISO WKB adds 1000 (Z), 2000 (M) or 3000 (ZM) to the type instead.
 * Polygon (3): uint32 ring count, per ring uint32 point count and the points.
 * MultiPolygon (6): uint32 polygon count, each a complete WKB Polygon with its own byte order.
 * Only areal types are read; Z and M ordinates are skipped.
 */
import type { Geometry, Position, Ring } from '../geometry/geometry-types.ts';

const EWKB_Z = 0x80000000;
const EWKB_M = 0x40000000;
const EWKB_SRID = 0x20000000;

export interface ParsedWkb {
  geometry: Geometry;
  /** SRID from an EWKB header, or null for plain WKB. */
  srid: number | null;
}

export class WkbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WkbError';
  }
}

interface Header {
  little: boolean;
  type: number;
  dims: number;
  srid: number | null;
}

class Reader {
  offset = 0;
  constructor(readonly view: DataView) {}

  need(bytes: number): void {
    if (this.offset + bytes > this.view.byteLength) {
      throw new WkbError(`WKB ends early: needs ${bytes} more bytes at offset ${this.offset} of ${this.view.byteLength}`);
    }
  }
  byte(): number {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }
  uint32(little: boolean): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, little);
    this.offset += 4;
    return v;
  }
  double(little: boolean): number {
    this.need(8);
    const v = this.view.getFloat64(this.offset, little);
    this.offset += 8;
    return v;
  }
}

function readHeader(r: Reader): Header {
  const order = r.byte();
  if (order !== 0 && order !== 1) throw new WkbError(`invalid WKB byte-order marker ${order} at offset ${r.offset - 1}`);
  const little = order === 1;
  const raw = r.uint32(little);
  let hasZ = (raw & EWKB_Z) !== 0;
  let hasM = (raw & EWKB_M) !== 0;
  const srid = (raw & EWKB_SRID) !== 0 ? r.uint32(little) : null;
  let type = raw & 0x1fffffff;
  if (type >= 1000 && type < 4000) {
    const iso = Math.floor(type / 1000);
    hasZ ||= iso === 1 || iso === 3;
    hasM ||= iso === 2 || iso === 3;
    type %= 1000;
  }
  return { little, type, dims: 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0), srid };
}

function readRing(r: Reader, h: Header): Ring {
  const n = r.uint32(h.little);
  r.need(n * h.dims * 8);
  const ring: Ring = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = r.double(h.little);
    const y = r.double(h.little);
    r.offset += (h.dims - 2) * 8;
    ring[i] = [x, y] as Position;
  }
  return ring;
}

function readPolygonBody(r: Reader, h: Header): Ring[] {
  const rings = r.uint32(h.little);
  r.need(rings * 4);
  const out: Ring[] = [];
  for (let i = 0; i < rings; i++) out.push(readRing(r, h));
  return out;
}

function readGeometry(r: Reader): ParsedWkb {
  const h = readHeader(r);
  if (h.type === 3) return { geometry: { type: 'Polygon', coordinates: readPolygonBody(r, h) }, srid: h.srid };
  if (h.type === 6) {
    const count = r.uint32(h.little);
    const polygons: Ring[][] = [];
    for (let i = 0; i < count; i++) {
      const part = readHeader(r);
      if (part.type !== 3) throw new WkbError(`MultiPolygon member ${i} has WKB type ${part.type}, expected 3 (Polygon)`);
      polygons.push(readPolygonBody(r, part));
    }
    return { geometry: { type: 'MultiPolygon', coordinates: polygons }, srid: h.srid };
  }
  throw new WkbError(`WKB geometry type ${h.type} is not a Polygon (3) or MultiPolygon (6)`);
}

/** Parses WKB or EWKB bytes holding a Polygon or MultiPolygon. */
export function parseWkb(bytes: Uint8Array): ParsedWkb {
  const r = new Reader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const parsed = readGeometry(r);
  if (r.offset !== bytes.byteLength) {
    throw new WkbError(`WKB has ${bytes.byteLength - r.offset} unread bytes after the geometry`);
  }
  return parsed;
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/** True when `value` looks like hex (E)WKB: an even number of hex digits starting with a byte-order marker. */
export function looksLikeWkbHex(value: string): boolean {
  return value.length >= 18 && (value.startsWith('00') || value.startsWith('01')) && HEX.test(value);
}

/** Parses hex-encoded WKB or EWKB (as PostGIS and `ogr2ogr -f CSV -lco GEOMETRY=AS_WKB` write it). */
export function parseWkbHex(hex: string): ParsedWkb {
  const trimmed = hex.trim().replace(/^\\x/, '');
  if (!HEX.test(trimmed)) throw new WkbError('geometry is not hexadecimal WKB');
  return parseWkb(Buffer.from(trimmed, 'hex'));
}
