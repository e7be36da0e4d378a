/**
 * The GeoPackage geometry blob (OGC 12-128r18 §2.1.3 "GeoPackageBinary"):
 *
 *   bytes 0–1  magic "GP" (0x47 0x50)
 *   byte  2    version (0 = version 1)
 *   byte  3    flags: bit 0 byte order of the header (1 = little endian), bits 1–3 envelope
 *              indicator (0 none, 1 = 32 bytes [minx,maxx,miny,maxy], 2 and 3 = 48 bytes with Z or M,
 *              4 = 64 bytes with Z and M), bit 4 empty geometry, bit 5 extended (non-standard) type
 *   bytes 4–7  srs_id (int32)
 *   then the envelope (doubles), then standard WKB.
 */
import { parseWkb, WkbError, type ParsedWkb } from './wkb.ts';

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

export interface GpkgHeader {
  version: number;
  srsId: number;
  empty: boolean;
  envelope: number[];
  /** Offset of the WKB that follows the header. */
  wkbOffset: number;
}

export function parseGpkgHeader(blob: Uint8Array): GpkgHeader {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) {
    throw new WkbError('not a GeoPackage geometry blob (magic "GP" missing)');
  }
  const flags = blob[3]!;
  if (flags & 0x20) throw new WkbError('extended GeoPackage geometry types are not supported');
  const indicator = (flags >> 1) & 0x07;
  const envelopeBytes = ENVELOPE_BYTES[indicator];
  if (envelopeBytes === undefined) throw new WkbError(`invalid GeoPackage envelope indicator ${indicator}`);
  const little = (flags & 0x01) === 1;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length < 8 + envelopeBytes) throw new WkbError('GeoPackage geometry header ends early');
  const envelope: number[] = [];
  for (let o = 8; o < 8 + envelopeBytes; o += 8) envelope.push(view.getFloat64(o, little));
  return {
    version: blob[2]!,
    srsId: view.getInt32(4, little),
    empty: (flags & 0x10) !== 0,
    envelope,
    wkbOffset: 8 + envelopeBytes,
  };
}

/** Parses a GeoPackage geometry blob; returns null for an empty geometry. The SRID is the header's srs_id. */
export function parseGpkgGeometry(blob: Uint8Array): ParsedWkb | null {
  const header = parseGpkgHeader(blob);
  if (header.empty) return null;
  const parsed = parseWkb(blob.subarray(header.wkbOffset));
  return { geometry: parsed.geometry, srid: header.srsId > 0 ? header.srsId : parsed.srid };
}
