/**
 * The fast path of the parallel import's chunk parser (chunk-parse.ts) for a quote-free CSV chunk:
 * lines and fields found as byte offsets, and a plainly good row written straight from its bytes
 * into the COPY stream — no string per field, no record object, no copy of the line.
 *
 * "Plainly good" is deliberately narrow: ASCII only and no spaces around a value in the columns the
 * checker reads (other columns are not looked at, as by the checker), RD New
 * x,y as plain decimals (`-`, digits, one `.`; at most 15 digits, so `m / 10^k` is the correctly
 * rounded value `Number()` gives), a known crime type, a valid time, references of the allowed
 * characters, a place inside a buurt. Any doubt and the row is handed over as text (`other`) to
 * the checker (../check-row.ts), which gives the same record or names the problems. The values
 * written are computed by the same functions as the checker's (time, RD→WGS84 and rounding, area
 * placement), so both paths write the same bytes for every row (byte-rows.test.ts).
 */
import { isInRdBounds } from '../../../areas/index.ts';
import { amsterdamYear, parseEventTimeBytes } from '../../event-time.ts';
import type { BinaryCopyWriter } from '../../pg-binary-copy.ts';
import { crimeTypeOf, latestEventMs, MIN_EVENT_MS, type RowCheckerOptions } from '../check-row.ts';
import type { EventField } from '../column-mapping.ts';
import type { EncodedContext } from '../event-batch.ts';
import { COPY_COLUMNS } from '../event-batch.ts';
import { rdToWgs84Into } from '../rd-wgs84.ts';

const NL = 10;
const CR = 13;
const MAX_ID = 200;
const MAX_DIGITS = 15;
const POW10 = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);
/** Per ASCII code: 1 = letter or digit, 2 = `_ . : -` (the other characters of a reference). */
const REF_CHAR = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : '_.:-'.includes(String.fromCharCode(c)) ? 2 : 0,
);

/** A bit per column for the first 31 columns; the columns after share the last bit. */
const fieldBit = (k: number) => (k < 31 ? 1 << k : 1 << 31);

interface TypeEntry {
  raw: Uint8Array;
  code: Uint8Array;
  local: Uint8Array | null;
}

/** A plain decimal of `b[s, e)` as `Number()` reads it, or NaN for anything else (the checker then reads it). */
export function plainDecimal(b: Uint8Array, s: number, e: number): number {
  let i = s;
  const negative = b[i] === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let dot = -1;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && dot < 0) dot = i;
    else return Number.NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || dot === (negative ? s + 1 : s) || dot === e - 1) return Number.NaN;
  const v = dot < 0 ? m : m / POW10[e - dot - 1]!;
  return negative ? -v : v;
}

/** Whether `b[s, e)` is a pseudonymous reference (the checker's rule: 1–64 of letters, digits, `_ . : -`, a letter or digit first). */
function isReference(b: Uint8Array, s: number, e: number): boolean {
  if (e - s < 1 || e - s > 64 || REF_CHAR[b[s]!] !== 1) return false;
  for (let i = s + 1; i < e; i++) if (!REF_CHAR[b[i]!]) return false;
  return true;
}

export class ByteRows {
  readonly #o: RowCheckerOptions;
  readonly #copy: EncodedContext;
  readonly #width: number;
  readonly #delimiter: number;
  readonly #latest: number;
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #types = new Map<number, TypeEntry[]>();
  readonly #lonLat = new Float64Array(2);
  readonly #field: Record<'id' | 'type' | 'start' | 'end' | 'x' | 'y' | 'offender' | 'victim' | 'address', number>;
  /** The columns the checker reads, and their bits (`fieldBit`). */
  readonly #usedFields: number[];
  readonly #used: number;
  /** The file has the columns of a plain row (id, type, start, x, y); without them every row goes to the checker. */
  readonly #plain: boolean;

  constructor(o: RowCheckerOptions & { width: number; delimiter: ',' | ';' }, copy: EncodedContext) {
    this.#o = o;
    this.#copy = copy;
    this.#width = o.width;
    this.#delimiter = o.delimiter.charCodeAt(0);
    this.#latest = latestEventMs(o.now ?? Date.now());
    this.#starts = new Int32Array(o.width);
    this.#ends = new Int32Array(o.width);
    const at = (f: EventField) => o.index[f] ?? -1;
    this.#field = {
      id: at('id'),
      type: at('type'),
      start: at('start'),
      end: at('end'),
      x: at('x'),
      y: at('y'),
      offender: at('offender_ref'),
      victim: at('victim_ref'),
      address: at('address_ref'),
    };
    this.#usedFields = Object.values(this.#field).filter((k) => k >= 0);
    const f = this.#field;
    this.#plain = f.id >= 0 && f.type >= 0 && f.start >= 0 && f.x >= 0 && f.y >= 0;
    this.#used = this.#usedFields.reduce((bits, k) => bits | fieldBit(k), 0);
  }

  /**
   * Every line of `b` (whole lines; the last may lack its newline) as plain-lines.ts reads them:
   * CR before LF dropped, empty lines skipped, line numbers from `firstLine`. A plainly good row is
   * written to `w` and `good` gets its area year; any other line goes to `other` as text.
   */
  read(
    b: Buffer,
    firstLine: number,
    w: BinaryCopyWriter,
    good: (areaYear: number) => void,
    other: (line: number, text: string) => void,
  ): void {
    const starts = this.#starts;
    const ends = this.#ends;
    const width = this.#width;
    const delimiter = this.#delimiter;
    let line = firstLine;
    let s = 0;
    while (s < b.length) {
      let n = 0;
      let high = 0;
      let i = s;
      starts[0] = s;
      for (; i < b.length; i++) {
        const c = b[i]!;
        if (c === NL) break;
        if (c > 0x7f) high |= fieldBit(n);
        if (c === delimiter) {
          if (n < width) ends[n] = i;
          n++;
          if (n < width) starts[n] = i + 1;
        }
      }
      const e = i > s && b[i - 1] === CR ? i - 1 : i;
      if (n + 1 === width) ends[n] = e;
      if (e > s) {
        const areaYear = this.#plain && n + 1 === width && (high & this.#used) === 0 ? this.#row(b, w) : -1;
        if (areaYear >= 0) good(areaYear);
        else other(line, b.toString('utf8', s, e));
      }
      line++;
      s = i + 1;
    }
  }

  /** Writes the row whose fields are at `#starts`/`#ends` and returns its area year, or -1 (nothing written) on any doubt. */
  #row(b: Buffer, w: BinaryCopyWriter): number {
    const f = this.#field;
    const starts = this.#starts;
    const ends = this.#ends;
    for (const k of this.#usedFields) if (ends[k]! > starts[k]! && (b[starts[k]!]! <= 0x20 || b[ends[k]! - 1]! <= 0x20)) return -1;
    const idLength = ends[f.id]! - starts[f.id]!;
    if (idLength === 0 || idLength > MAX_ID) return -1;
    const type = this.#type(b, starts[f.type]!, ends[f.type]!);
    if (!type) return -1;
    const startMs = this.#time(b, f.start);
    if (!(startMs >= MIN_EVENT_MS && startMs <= this.#latest)) return -1;
    const endMs = f.end < 0 || ends[f.end] === starts[f.end] ? Number.NaN : this.#time(b, f.end);
    if (endMs < startMs || (Number.isNaN(endMs) && f.end >= 0 && ends[f.end] !== starts[f.end])) return -1;
    const x = plainDecimal(b, starts[f.x]!, ends[f.x]!);
    const y = plainDecimal(b, starts[f.y]!, ends[f.y]!);
    if (!isInRdBounds(x, y) || !this.#reference(b, f.offender) || !this.#reference(b, f.victim) || !this.#reference(b, f.address))
      return -1;
    const ll = this.#lonLat;
    rdToWgs84Into(x, y, ll);
    const lat = Math.round(ll[1]! * 1e7) / 1e7;
    const lon = Math.round(ll[0]! * 1e7) / 1e7;
    const placer = this.#o.placer;
    const areaYear = placer.vintageFor(amsterdamYear(startMs));
    const area = placer.locateIn(areaYear, lon, lat);
    if (!area) return -1;
    const c = this.#copy;
    w.beginRow(COPY_COLUMNS.length);
    w.bytes(c.gemeente);
    w.bytes(c.source);
    w.textBytes(b, starts[f.id]!, ends[f.id]!);
    w.bytes(type.code);
    if (type.local) w.bytes(type.local);
    else w.null();
    w.timestamptz(startMs);
    w.timestamptz(endMs);
    w.float8(Math.round(x * 100) / 100);
    w.float8(Math.round(y * 100) / 100);
    w.float8(lat);
    w.float8(lon);
    w.int4(areaYear);
    w.text(area.buurt.code);
    w.text(area.wijk?.code ?? null);
    this.#writeReference(w, b, f.offender);
    this.#writeReference(w, b, f.victim);
    this.#writeReference(w, b, f.address);
    w.bool(c.synthetic);
    w.int8(c.batchId);
    return areaYear;
  }

  #time(b: Buffer, field: number): number {
    return parseEventTimeBytes(b, this.#starts[field]!, this.#ends[field]!);
  }

  #reference(b: Uint8Array, field: number): boolean {
    return field < 0 || this.#ends[field] === this.#starts[field] || isReference(b, this.#starts[field]!, this.#ends[field]!);
  }

  #writeReference(w: BinaryCopyWriter, b: Uint8Array, field: number): void {
    if (field < 0 || this.#ends[field] === this.#starts[field]) w.null();
    else w.textBytes(b, this.#starts[field]!, this.#ends[field]!);
  }

  /** The crime type of the bytes `b[s, e)` by the checker's rule, looked up once per distinct text; null when not a good one. */
  #type(b: Buffer, s: number, e: number): TypeEntry | null {
    let h = e - s;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    const list = this.#types.get(h);
    if (list)
      outer: for (const t of list) {
        if (t.raw.length !== e - s) continue;
        for (let k = 0; k < t.raw.length; k++) if (t.raw[k] !== b[s + k]) continue outer;
        return t.code.length ? t : null;
      }
    const raw = b.toString('latin1', s, e);
    const r = crimeTypeOf(raw, this.#o.localTypes, this.#o.crimeTypes);
    const entry: TypeEntry =
      'problem' in r
        ? { raw: Buffer.from(raw, 'latin1'), code: new Uint8Array(), local: null }
        : {
            raw: Buffer.from(raw, 'latin1'),
            code: Buffer.from(r.code, 'utf8'),
            local: r.local === null ? null : Buffer.from(r.local, 'utf8'),
          };
    this.#types.set(h, [...(list ?? []), entry]);
    return entry.code.length ? entry : null;
  }
}
