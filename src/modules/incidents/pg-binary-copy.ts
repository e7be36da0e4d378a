/**
 * Writer for the PostgreSQL binary COPY format (PostgreSQL docs, "COPY — Binary Format"):
 * signature `PGCOPY\n\377\r\n\0`, flags int32 0, header extension length int32 0; per tuple an
 * int16 field count, then per field an int32 byte length (−1 = NULL) and the value in the type's
 * binary "send" form, big-endian; trailer int16 −1.
 *
 * Why binary: on embedded PGlite (PostgreSQL compiled to WebAssembly) parsing text input of
 * timestamptz and float8 costs about as much as storing the row; binary COPY halves the load time
 * (measured in bench/RESULTS.md). Value forms used here: text = UTF-8 bytes; int4 = 4 bytes;
 * int8 = 8 bytes; float8 = IEEE 754 double; bool = 1 byte; timestamptz = int8 microseconds since
 * 2000-01-01 00:00 UTC (integer datetimes, the only form since PostgreSQL 10).
 */
const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;

export class BinaryCopyWriter {
  #buf: Buffer;
  #view: DataView;
  #pos = 0;
  readonly #chunks: Uint8Array[] = [];
  readonly #chunkSize: number;
  rows = 0;

  constructor(chunkSize = 4 << 20) {
    this.#chunkSize = chunkSize;
    this.#buf = Buffer.allocUnsafe(Math.max(chunkSize, SIGNATURE.length + 8));
    this.#view = new DataView(this.#buf.buffer, this.#buf.byteOffset, this.#buf.byteLength);
    for (const b of SIGNATURE) this.#buf[this.#pos++] = b;
    this.#view.setInt32(this.#pos, 0);
    this.#view.setInt32(this.#pos + 4, 0);
    this.#pos += 8;
  }

  /** Makes room for `n` more bytes, starting a new chunk when the current one is full. */
  #room(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    this.#chunks.push(this.#buf.subarray(0, this.#pos));
    this.#buf = Buffer.allocUnsafe(Math.max(this.#chunkSize, n));
    this.#view = new DataView(this.#buf.buffer, this.#buf.byteOffset, this.#buf.byteLength);
    this.#pos = 0;
  }

  /** The field's length word (room for `n` value bytes made), then the position of its value. */
  #field(length: number, n = length): number {
    this.#room(4 + n);
    this.#view.setInt32(this.#pos, length);
    return (this.#pos += 4);
  }

  beginRow(fields: number): void {
    this.#room(2);
    this.#view.setInt16(this.#pos, fields);
    this.#pos += 2;
    this.rows++;
  }

  null(): void {
    this.#field(-1, 0);
  }

  text(value: string | null): void {
    if (value === null) {
      this.null();
      return;
    }
    this.#room(4 + value.length * 3);
    const buf = this.#buf;
    const start = this.#pos + 4;
    let len = -1;
    if (value.length <= 32) {
      // Short ASCII (codes, ids, refs): a byte loop beats Buffer#write's call overhead.
      let k = 0;
      for (; k < value.length; k++) {
        const ch = value.charCodeAt(k);
        if (ch > 0x7f) break;
        buf[start + k] = ch;
      }
      if (k === value.length) len = k;
    }
    if (len < 0) len = buf.write(value, start, 'utf8');
    this.#view.setInt32(this.#pos, len);
    this.#pos = start + len;
  }

  /** A text value given as the UTF-8 bytes `src[start, end)` (e.g. a field of the input file). */
  textBytes(src: Uint8Array, start: number, end: number): void {
    const len = end - start;
    const at = this.#field(len);
    const buf = this.#buf;
    if (len <= 32) for (let k = 0; k < len; k++) buf[at + k] = src[start + k]!;
    else buf.set(src.subarray(start, end), at);
    this.#pos += len;
  }

  /** A value given as its bytes already (e.g. text encoded once for every row). */
  bytes(value: Uint8Array): void {
    const at = this.#field(value.length);
    this.#buf.set(value, at);
    this.#pos += value.length;
  }

  // Each writer asks #field first: it may start a new chunk, and with it a new #buf and #view.
  int4(value: number): void {
    const at = this.#field(4);
    this.#view.setInt32(at, value);
    this.#pos += 4;
  }

  /** int8 from a safe integer (|v| < 2^53). */
  int8(value: number | null): void {
    if (value === null) {
      this.null();
      return;
    }
    const at = this.#field(8);
    const hi = Math.floor(value / TWO_32);
    this.#view.setInt32(at, hi);
    this.#view.setUint32(at + 4, value - hi * TWO_32);
    this.#pos += 8;
  }

  float8(value: number): void {
    const at = this.#field(8);
    this.#view.setFloat64(at, value);
    this.#pos += 8;
  }

  bool(value: boolean): void {
    const at = this.#field(1);
    this.#buf[at] = value ? 1 : 0;
    this.#pos += 1;
  }

  /** timestamptz from milliseconds since 1970-01-01 UTC (NaN = NULL). */
  timestamptz(epochMs: number): void {
    if (Number.isNaN(epochMs)) {
      this.null();
      return;
    }
    this.int8(Math.round((epochMs - PG_EPOCH_MS) * 1000));
  }

  /** Ends the stream (trailer) and returns its chunks; the writer is spent afterwards. */
  finish(): Uint8Array[] {
    this.#room(2);
    this.#view.setInt16(this.#pos, -1);
    this.#pos += 2;
    this.#chunks.push(this.#buf.subarray(0, this.#pos));
    return this.#chunks;
  }
}

/**
 * Reader of a binary COPY stream (see above) held in memory: `nextRow()` moves to the next tuple
 * (false at the trailer), then the fields are read in order. Numbers and timestamps as above; text
 * as UTF-8, or as Latin-1 with `ascii` (faster, for codes known to be ASCII).
 */
export class BinaryCopyReader {
  readonly #buf: Buffer;
  #pos: number;

  constructor(bytes: Uint8Array) {
    this.#buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.#buf.length === 0) {
      this.#pos = 0;
      return;
    }
    for (let i = 0; i < SIGNATURE.length; i++) if (this.#buf[i] !== SIGNATURE[i]) throw new Error('not a binary COPY stream');
    this.#pos = SIGNATURE.length + 4;
    this.#pos += 4 + this.#buf.readInt32BE(this.#pos); // header extension
  }

  nextRow(): boolean {
    if (this.#pos + 2 > this.#buf.length) return false;
    const fields = this.#buf.readInt16BE(this.#pos);
    this.#pos += 2;
    return fields !== -1;
  }

  #len(): number {
    const len = this.#buf.readInt32BE(this.#pos);
    this.#pos += 4;
    return len;
  }

  text(ascii = false): string | null {
    const len = this.#len();
    if (len < 0) return null;
    const s = this.#buf.toString(ascii ? 'latin1' : 'utf8', this.#pos, this.#pos + len);
    this.#pos += len;
    return s;
  }

  int4(): number {
    this.#len();
    const v = this.#buf.readInt32BE(this.#pos);
    this.#pos += 4;
    return v;
  }

  int8(): number | null {
    if (this.#len() < 0) return null;
    const v = this.#buf.readInt32BE(this.#pos) * TWO_32 + this.#buf.readUInt32BE(this.#pos + 4);
    this.#pos += 8;
    return v;
  }

  float8(): number {
    this.#len();
    const v = this.#buf.readDoubleBE(this.#pos);
    this.#pos += 8;
    return v;
  }

  bool(): boolean {
    this.#len();
    return this.#buf[this.#pos++] === 1;
  }
}
