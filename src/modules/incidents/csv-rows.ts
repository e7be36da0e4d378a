/**
 * Streams a CSV file as header-keyed records with their line numbers, so imports can report
 * "file:line column: reason" and large files never sit in memory whole. `,` or `;` is taken from
 * the header line; a UTF-8 BOM is dropped. The file must be UTF-8 text, and a record must have as
 * many fields as the header (src/core/import-text.ts: one `invalid-file` line naming file and line).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { sniffDelimiter } from '../../core/import-report.ts';
import { checkTextFile, csvParseError } from '../../core/import-text.ts';

export interface CsvRow {
  /** 1-based line number in the file where the record starts (the header is line 1). */
  line: number;
  record: Record<string, string>;
}

export async function* readCsvRows(file: string, options: { columns?: string[] } = {}): AsyncGenerator<CsvRow> {
  const name = path.basename(file);
  await checkTextFile(file, name);
  const delimiter = await sniffDelimiter(file);
  const parser = fs.createReadStream(file).pipe(
    parse({
      columns: options.columns ?? ((header: string[]) => header.map((h) => h.trim())),
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
    }),
  );
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: item.info.lines, record: item.record };
    }
  } catch (err) {
    throw csvParseError(name, err) ?? err;
  }
}
