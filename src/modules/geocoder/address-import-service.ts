/**
 * `importAddresses`: loads a BAG address file (address-header.ts: NLExtract `bagadres` or the
 * generic shape) as the address points of the municipality under one `source` name.
 *
 * All-or-nothing: one bad row rejects the file with every bad row listed (file:line column:
 * reason) and nothing changes. Idempotent: a re-import of a source replaces all of that source's
 * rows in one transaction (address-store.ts). Rows outside the municipality's buurten and rows
 * without a postcode are skipped and counted; an address twice in one file keeps its first line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { sniffDelimiter } from '../../core/import-report.ts';
import { checkTextFile, csvParseError } from '../../core/import-text.ts';
import { getAreaLocator } from '../areas/index.ts';
import { listVintages } from '../areas/index.ts';
import { addressKeyString } from './address-key.ts';
import { readAddressHeader, type AddressFileShape, type AddressHeader } from './address-header.ts';
import { addressImportRejected, type RowProblem } from './address-report.ts';
import { AddressRowChecker, type AddressRow, type InMunicipality, type RowOutcome } from './address-rows.ts';
import { replaceSourceAddresses } from './address-store.ts';

export const addressImportOptionsSchema = z.object({
  file: z.string().min(1),
  municipality: z.string().regex(/^GM\d{4}$/, 'must be a CBS gemeente code such as GM0505'),
  source: z.string().trim().min(1, 'must not be empty').max(100).optional(),
});
export type AddressImportOptions = z.input<typeof addressImportOptionsSchema>;

/** Rows and bytes read so far, reported every 1,000 rows while the file is read. */
export type AddressImportProgress = (p: { rows: number; bytes: number; totalBytes: number }) => void;

export interface AddressImportSummary {
  file: string;
  shape: AddressFileShape;
  source: string;
  municipality: string;
  rowsRead: number;
  stored: number;
  /** Rows of this source stored before this import (replaced by it). */
  replaced: number;
  outside: number;
  withoutPostcode: number;
  /** Later lines with an address already seen in the file (the first is kept); the first few line numbers. */
  duplicates: number;
  duplicateLines: number[];
  seconds: number;
}

function parseOptions(o: AddressImportOptions) {
  const parsed = addressImportOptionsSchema.safeParse(o);
  if (!parsed.success)
    throw invalidInput(parsed.error.issues.map((i) => ({ name: i.path.map(String).join('.') || '(options)', reason: i.message })));
  const file = path.basename(parsed.data.file);
  if (!fs.existsSync(parsed.data.file)) throw invalidInput([{ name: 'file', reason: `${parsed.data.file} does not exist` }]);
  return { ...parsed.data, name: file, source: parsed.data.source ?? file.replace(/\.[^.]+$/, '') };
}

/** Inside any loaded vintage's buurten of `gemeente`; 400 when no areas are loaded. */
async function municipalityTest(ctx: ServiceContext, gemeente: string): Promise<InMunicipality> {
  const vintages = await listVintages(ctx, gemeente);
  if (vintages.length === 0) throw invalidInput([{ name: 'municipality', reason: `no areas loaded for ${gemeente}; import areas first` }]);
  const locators = await Promise.all(vintages.map((v) => getAreaLocator(ctx, gemeente, v.year)));
  return (lon, lat) => locators.some((l) => l.locate(lon, lat) !== null);
}

interface ReadResult {
  shape: AddressFileShape;
  rows: AddressRow[];
  problems: RowProblem[];
  badRows: number;
  rowsRead: number;
  outside: number;
  withoutPostcode: number;
  duplicates: number;
  duplicateLines: number[];
}

async function readAddresses(file: string, name: string, inside: InMunicipality, onProgress?: AddressImportProgress): Promise<ReadResult> {
  const out: ReadResult = {
    shape: 'generic',
    rows: [],
    problems: [],
    badRows: 0,
    rowsRead: 0,
    outside: 0,
    withoutPostcode: 0,
    duplicates: 0,
    duplicateLines: [],
  };
  const seen = new Map<string, number>();
  let header: AddressHeader | undefined;
  let checker: AddressRowChecker | undefined;
  await checkTextFile(file, name);
  const stream = fs.createReadStream(file);
  const totalBytes = fs.statSync(file).size;
  const parser = stream.pipe(
    parse({ delimiter: await sniffDelimiter(file), bom: true, skip_empty_lines: true, relax_column_count: true, info: true }),
  );
  try {
    await eachRecord(parser, (record, line) => {
      if (!checker) {
        header = readAddressHeader(name, record);
        out.shape = header.shape;
        checker = new AddressRowChecker(header, inside);
        return;
      }
      tally(out, seen, checker.check(line, record, out.problems), line);
      if (onProgress && out.rowsRead % 1000 === 0) onProgress({ rows: out.rowsRead, bytes: stream.bytesRead, totalBytes });
    });
  } catch (err) {
    throw csvParseError(name, err) ?? err;
  }
  if (!header) throw invalidInput([{ name, reason: 'is empty (no header line)' }]);
  return out;
}

async function eachRecord(parser: AsyncIterable<unknown>, f: (record: string[], line: number) => void): Promise<void> {
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) f(record, info.lines);
}

/** Counts one row's outcome; keeps the first line of an address seen twice. */
function tally(out: ReadResult, seen: Map<string, number>, r: RowOutcome, line: number): void {
  out.rowsRead++;
  if (r.kind === 'bad') out.badRows++;
  else if (r.kind === 'outside') out.outside++;
  else if (r.kind === 'no-postcode') out.withoutPostcode++;
  else {
    const key = addressKeyString(r.row);
    if (seen.has(key)) {
      if (out.duplicates++ < 10) out.duplicateLines.push(line);
    } else {
      seen.set(key, line);
      out.rows.push(r.row);
    }
  }
}

export async function importAddresses(
  ctx: ServiceContext,
  options: AddressImportOptions,
  onProgress?: AddressImportProgress,
): Promise<AddressImportSummary> {
  authorize(ctx, 'areas:import');
  const o = parseOptions(options);
  const t0 = performance.now();
  const inside = await municipalityTest(ctx, o.municipality);
  const read = await readAddresses(o.file, o.name, inside, onProgress);
  if (read.badRows) throw addressImportRejected(o.name, read.problems, read.badRows);
  if (read.rows.length === 0) {
    throw invalidInput(
      [
        {
          name: o.name,
          reason: `holds no address of ${o.municipality} (${read.outside} rows outside it, ${read.withoutPostcode} without postcode)`,
        },
      ],
      `${o.name}: no address points of ${o.municipality}; nothing was stored and the address points loaded before are unchanged.`,
    );
  }
  const stored = await replaceSourceAddresses(ctx.db, o.municipality, o.source, read.rows);
  return {
    file: o.name,
    shape: read.shape,
    source: o.source,
    municipality: o.municipality,
    rowsRead: read.rowsRead,
    stored: stored.stored,
    replaced: stored.replaced,
    outside: read.outside,
    withoutPostcode: read.withoutPostcode,
    duplicates: read.duplicates,
    duplicateLines: read.duplicateLines,
    seconds: (performance.now() - t0) / 1000,
  };
}
