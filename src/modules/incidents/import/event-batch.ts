/**
 * A batch of checked incident events held column-wise (one array per field) between parsing and
 * storing: a million events as a million objects would cost more memory and time. Also the writer
 * of the batch as a binary COPY into `incidents` (see pg-binary-copy.ts).
 */
import { BinaryCopyWriter } from '../pg-binary-copy.ts';

export interface EventRecord {
  line: number;
  sourceId: string;
  crimeType: string;
  localType: string | null;
  /** UTC milliseconds; end NaN when the source gives none. */
  startMs: number;
  endMs: number;
  x: number;
  y: number;
  lat: number;
  lon: number;
  areaYear: number;
  buurtCode: string | null;
  wijkCode: string | null;
  offenderRef: string | null;
  victimRef: string | null;
  addressRef: string | null;
}

type Columns = { [K in keyof EventRecord]: EventRecord[K][] };

const FIELDS: (keyof EventRecord)[] = [
  'line',
  'sourceId',
  'crimeType',
  'localType',
  'startMs',
  'endMs',
  'x',
  'y',
  'lat',
  'lon',
  'areaYear',
  'buurtCode',
  'wijkCode',
  'offenderRef',
  'victimRef',
  'addressRef',
];

/** The `incidents` columns a COPY fills, in order (`id` is an identity column). */
export const COPY_COLUMNS = [
  'gemeente_code',
  'source',
  'source_id',
  'crime_type',
  'local_type',
  'start_time',
  'end_time',
  'x',
  'y',
  'lat',
  'lon',
  'area_year',
  'buurt_code',
  'wijk_code',
  'offender_ref',
  'victim_ref',
  'address_ref',
  'synthetic',
  'batch_id',
];

export class EventBatch {
  readonly c: Columns = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as Columns;

  get length(): number {
    return this.c.line.length;
  }

  push(r: EventRecord): void {
    const c = this.c;
    c.line.push(r.line);
    c.sourceId.push(r.sourceId);
    c.crimeType.push(r.crimeType);
    c.localType.push(r.localType);
    c.startMs.push(r.startMs);
    c.endMs.push(r.endMs);
    c.x.push(r.x);
    c.y.push(r.y);
    c.lat.push(r.lat);
    c.lon.push(r.lon);
    c.areaYear.push(r.areaYear);
    c.buurtCode.push(r.buurtCode);
    c.wijkCode.push(r.wijkCode);
    c.offenderRef.push(r.offenderRef);
    c.victimRef.push(r.victimRef);
    c.addressRef.push(r.addressRef);
  }

  /** Row `i` as a record (for tests and small consumers). */
  at(i: number): EventRecord {
    return Object.fromEntries(FIELDS.map((f) => [f, this.c[f][i]])) as unknown as EventRecord;
  }
}

export interface CopyContext {
  gemeente: string;
  source: string;
  synthetic: boolean;
  batchId: number;
}

/** Writes one event as a row of `COPY_COLUMNS` (the order there). */
export function writeEventRow(w: BinaryCopyWriter, ctx: EncodedContext, r: EventRecord): void {
  w.beginRow(COPY_COLUMNS.length);
  w.bytes(ctx.gemeente);
  w.bytes(ctx.source);
  w.text(r.sourceId);
  w.text(r.crimeType);
  w.text(r.localType);
  w.timestamptz(r.startMs);
  w.timestamptz(r.endMs);
  w.float8(r.x);
  w.float8(r.y);
  w.float8(r.lat);
  w.float8(r.lon);
  w.int4(r.areaYear);
  w.text(r.buurtCode);
  w.text(r.wijkCode);
  w.text(r.offenderRef);
  w.text(r.victimRef);
  w.text(r.addressRef);
  w.bool(ctx.synthetic);
  w.int8(ctx.batchId);
}

/** The per-import values of every row, the strings pre-encoded once. */
export interface EncodedContext {
  gemeente: Uint8Array;
  source: Uint8Array;
  synthetic: boolean;
  batchId: number;
}

export function encodeContext(ctx: CopyContext): EncodedContext {
  return {
    gemeente: Buffer.from(ctx.gemeente, 'utf8'),
    source: Buffer.from(ctx.source, 'utf8'),
    synthetic: ctx.synthetic,
    batchId: ctx.batchId,
  };
}

/** Encodes the rows `rows` (indices into `batch`; null = all, in order) as one binary COPY stream for `COPY_COLUMNS`. */
export function encodeBatch(batch: EventBatch, rows: ArrayLike<number> | null, ctx: CopyContext): Uint8Array[] {
  const w = new BinaryCopyWriter();
  const encoded = encodeContext(ctx);
  const n = rows ? rows.length : batch.length;
  const r = {} as EventRecord;
  const c = batch.c as unknown as Record<keyof EventRecord, unknown[]>;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    for (const f of FIELDS) (r as unknown as Record<string, unknown>)[f] = c[f][i];
    writeEventRow(w, encoded, r);
  }
  return w.finish();
}
