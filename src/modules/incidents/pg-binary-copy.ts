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
  #pos = 0;
  readonly #chunks: Uint8Array[] = [];
  readonly #chunkSize: number;
  rows = 0;

  constructor(chunkSize = 4 << 20) {
    this.#chunkSize = chunkSize;
    this.#buf = Buffer.allocUnsafe(chunkSize);
    for (const b of SIGNATURE) this.#buf[this.#pos++] = b;
    this.#pos = this.#buf.writeInt32BE(0, this.#pos);
    this.#pos = this.#buf.writeInt32BE(0, this.#pos);
  }

  /** Makes room for `n` more bytes, starting a new chunk when the current one is full. */
  #room(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    this.#chunks.push(this.#buf.subarray(0, this.#pos));
    this.#buf = Buffer.allocUnsafe(Math.max(this.#chunkSize, n));
    this.#pos = 0;
  }

  beginRow(fields: number): void {
    this.#room(2);
    this.#pos = this.#buf.writeInt16BE(fields, this.#pos);
    this.rows++;
  }

  null(): void {
    this.#room(4);
    this.#pos = this.#buf.writeInt32BE(-1, this.#pos);
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
    buf.writeInt32BE(len, this.#pos);
    this.#pos = start + len;
  }

  /** A value given as its bytes already (e.g. text encoded once for every row). */
  bytes(value: Uint8Array): void {
    this.#room(4 + value.length);
    this.#pos = this.#buf.writeInt32BE(value.length, this.#pos);
    this.#buf.set(value, this.#pos);
    this.#pos += value.length;
  }

  int4(value: number): void {
    this.#room(8);
    this.#pos = this.#buf.writeInt32BE(4, this.#pos);
    this.#pos = this.#buf.writeInt32BE(value, this.#pos);
  }

  /** int8 from a safe integer (|v| < 2^53). */
  int8(value: number | null): void {
    if (value === null) {
      this.null();
      return;
    }
    this.#room(12);
    this.#pos = this.#buf.writeInt32BE(8, this.#pos);
    const hi = Math.floor(value / TWO_32);
    this.#pos = this.#buf.writeInt32BE(hi, this.#pos);
    this.#pos = this.#buf.writeUInt32BE(value - hi * TWO_32, this.#pos);
  }

  float8(value: number): void {
    this.#room(12);
    this.#pos = this.#buf.writeInt32BE(8, this.#pos);
    this.#pos = this.#buf.writeDoubleBE(value, this.#pos);
  }

  bool(value: boolean): void {
    this.#room(5);
    this.#pos = this.#buf.writeInt32BE(1, this.#pos);
    this.#buf[this.#pos++] = value ? 1 : 0;
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
    this.#pos = this.#buf.writeInt16BE(-1, this.#pos);
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
