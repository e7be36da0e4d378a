/**
 * A batch of checked incident events held column-wise (one array per field) between parsing and
 * storing: a million events as a million objects would cost more memory and time. Also the writer
 * of the batch as a binary COPY into `incidents` (see pg-binary-copy.ts).
 */
import { BinaryCopyWriter } from './pg-binary-copy.ts';

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
  'line', 'sourceId', 'crimeType', 'localType', 'startMs', 'endMs', 'x', 'y', 'lat', 'lon',
  'areaYear', 'buurtCode', 'wijkCode', 'offenderRef', 'victimRef', 'addressRef',
];

/** The `incidents` columns a COPY fills, in order (`id` is an identity column). */
export const COPY_COLUMNS = [
  'gemeente_code', 'source', 'source_id', 'crime_type', 'local_type', 'start_time', 'end_time',
  'x', 'y', 'lat', 'lon', 'area_year', 'buurt_code', 'wijk_code',
  'offender_ref', 'victim_ref', 'address_ref', 'synthetic', 'batch_id',
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

/** Encodes the rows `rows` (indices into `batch`) as one binary COPY stream for `COPY_COLUMNS`. */
export function encodeBatch(batch: EventBatch, rows: ArrayLike<number>, ctx: CopyContext): Uint8Array[] {
  const w = new BinaryCopyWriter();
  const c = batch.c;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    w.beginRow(COPY_COLUMNS.length);
    w.text(ctx.gemeente);
    w.text(ctx.source);
    w.text(c.sourceId[i]!);
    w.text(c.crimeType[i]!);
    w.text(c.localType[i]!);
    w.timestamptz(c.startMs[i]!);
    w.timestamptz(c.endMs[i]!);
    w.float8(c.x[i]!);
    w.float8(c.y[i]!);
    w.float8(c.lat[i]!);
    w.float8(c.lon[i]!);
    w.int4(c.areaYear[i]!);
    w.text(c.buurtCode[i]!);
    w.text(c.wijkCode[i]!);
    w.text(c.offenderRef[i]!);
    w.text(c.victimRef[i]!);
    w.text(c.addressRef[i]!);
    w.bool(ctx.synthetic);
    w.int8(ctx.batchId);
  }
  return w.finish();
}
