/**
 * Parses, checks and encodes one chunk of a CSV file (csv-chunks.ts) on its own: what a worker
 * thread of the parallel import (parallel-read.ts) does with each chunk it is given. The rules are
 * those of the sequential import (../check-row.ts); good rows come back as a binary COPY stream for
 * `incidents` (../event-batch.ts), ready to be stored, bad rows with their problems. A quote-free
 * chunk is read from its bytes (byte-rows.ts), plainly good rows written without strings; every
 * other row goes through the checker as text. Imports nothing of the database layer (worker
 * start-up time is mostly module loading).
 *
 * Duplicate ids within the file are left to the database: its UNIQUE constraint refuses the
 * import, and parallel-import.ts then reads the file again sequentially, which reports every
 * duplicate by line (a million-entry map per worker cost more than parsing the ids).
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { VintageAreas } from '../../../areas/index.ts';
import type { CsvChunk } from './csv-chunks.ts';
import { placerOf } from '../vintage-placer.ts';
import { encodeContext, writeEventRow, type CopyContext, type EncodedContext } from '../event-batch.ts';
import { BinaryCopyWriter } from '../../pg-binary-copy.ts';
import type { EventField } from '../column-mapping.ts';
import { EventRowChecker, type BadRow } from '../check-row.ts';
import { ByteRows } from './byte-rows.ts';
import type { RowProblem } from '../../import-report.ts';
import { csvParseProblem } from '../../../../core/import-text.ts';

export interface ChunkSetup {
  file: string;
  delimiter: ',' | ';';
  quoted: boolean;
  header: string[];
  index: Partial<Record<EventField, number>>;
  names: Partial<Record<EventField, string>>;
  crimeTypes: string[];
  localTypes: Record<string, string>;
  /** Checker clock (ms), the same for every parser of one import. */
  now: number;
  vintages: VintageAreas[];
  copy: CopyContext;
}

export interface ChunkResult {
  rowsRead: number;
  good: number;
  /** Binary COPY stream of the good rows (empty when none). */
  copy: Uint8Array[];
  problems: RowProblem[];
  bad: BadRow[];
  byAreaYear: Record<string, number>;
  /** A chunk that is not valid CSV (a quote not closed, …): nothing of it is parsed. */
  fatal?: { line: number; reason: string };
}

export class ChunkParser {
  readonly #setup: ChunkSetup;
  readonly #checker: EventRowChecker;
  readonly #copy: EncodedContext;

  readonly #bytes: ByteRows;

  constructor(setup: ChunkSetup) {
    this.#setup = setup;
    this.#copy = encodeContext(setup.copy);
    const options = {
      index: setup.index,
      names: setup.names,
      crimeTypes: new Set(setup.crimeTypes),
      localTypes: setup.localTypes,
      placer: placerOf(setup.vintages),
      now: setup.now,
      duplicates: false,
    };
    this.#checker = new EventRowChecker(options);
    this.#bytes = new ByteRows({ ...options, width: setup.header.length, delimiter: setup.delimiter }, this.#copy);
  }

  #read(chunk: CsvChunk): Buffer {
    const buf = Buffer.allocUnsafe(chunk.end - chunk.start);
    const fd = fs.openSync(this.#setup.file, 'r');
    try {
      let read = 0;
      while (read < buf.length) {
        const n = fs.readSync(fd, buf, read, buf.length - read, chunk.start + read);
        if (n === 0) throw new Error(`${this.#setup.file} shrank while being imported`);
        read += n;
      }
    } finally {
      fs.closeSync(fd);
    }
    return buf;
  }

  parse(chunk: CsvChunk): ChunkResult {
    const { header, delimiter } = this.#setup;
    const out: ChunkResult = { rowsRead: 0, good: 0, copy: [], problems: [], bad: [], byAreaYear: {} };
    const w = new BinaryCopyWriter();
    const byYear = new Map<number, number>();
    const row = (line: number, values: string[]) => {
      out.rowsRead++;
      const before = out.problems.length;
      const r = this.#checker.check(line, values, header.length, out.problems);
      if (!r) {
        out.bad.push({ line, raw: Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])), problems: out.problems.slice(before) });
        return;
      }
      writeEventRow(w, this.#copy, r);
      byYear.set(r.areaYear, (byYear.get(r.areaYear) ?? 0) + 1);
    };
    const bytes = this.#read(chunk);
    const good = (areaYear: number) => {
      out.rowsRead++;
      byYear.set(areaYear, (byYear.get(areaYear) ?? 0) + 1);
    };
    if (!this.#setup.quoted) this.#bytes.read(bytes, chunk.firstLine, w, good, (line, text) => row(line, text.split(delimiter)));
    else {
      let records: { record: string[]; info: { lines: number } }[];
      try {
        records = parse(bytes, { delimiter, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
      } catch (err) {
        const p = csvParseProblem(err);
        if (!p) throw err;
        out.fatal = { line: chunk.firstLine - 1 + (p.line ?? 1), reason: p.reason };
        return out;
      }
      for (const r of records) row(chunk.firstLine - 1 + r.info.lines, r.record);
    }
    out.good = w.rows;
    if (w.rows) out.copy = w.finish();
    for (const [y, n] of byYear) out.byAreaYear[y] = n;
    return out;
  }
}
