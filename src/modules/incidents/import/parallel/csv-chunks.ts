/**
 * Plans the parallel read of a large CSV file: its header, its delimiter and a cut into chunks of
 * about `targetBytes`, each starting at a record boundary, with the 1-based line number it starts
 * on — so worker threads can parse the chunks independently and still report file lines.
 *
 * One streaming pass over the file (16 MB blocks, `indexOf` for newlines and double quotes): a
 * newline ends a record unless it lies inside a quoted field, i.e. after an odd number of `"` since
 * the last boundary (RFC 4180: an escaped quote `""` toggles twice, so the parity rule holds).
 * The header is the first non-empty line (a UTF-8 BOM dropped); the delimiter is `;` when that line
 * holds more `;` than `,` (`delimiterOf`, shared by every import).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { delimiterOf } from '../../../../core/import-report.ts';
import { csvParseProblem, invalidFile } from '../../../../core/import-text.ts';

export interface CsvChunk {
  start: number;
  end: number;
  /** Line number of the byte at `start` (the header is on line `headerLine`). */
  firstLine: number;
}

export interface CsvPlan {
  delimiter: ',' | ';';
  header: string[];
  headerLine: number;
  /** Any double quote in the file (chunks are then parsed with csv-parse). */
  quoted: boolean;
  chunks: CsvChunk[];
  /** Physical lines after the header: an upper bound of the rows (empty lines count). */
  lines: number;
  bytes: number;
}

const NL = 0x0a;
const QUOTE = 0x22;
const BLOCK = 16 << 20;

function headerOf(fd: number): { text: string; end: number; line: number } | null {
  const buf = Buffer.alloc(1 << 20);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  let start = 0;
  for (let line = 1; start < n; line++) {
    const nl = buf.indexOf(NL, start);
    const end = nl === -1 || nl >= n ? n : nl;
    const text = buf
      .toString('utf8', start, end)
      .replace(/^\uFEFF/, '')
      .replace(/\r$/, '');
    if (text.trim() !== '') return { text, end: Math.min(n, end + 1), line };
    if (nl === -1) break;
    start = nl + 1;
  }
  return null;
}

/** The header's column names; a header that is not valid CSV (a quote left open) refuses the file, naming its line. */
function splitHeader(file: string, text: string, delimiter: string, line: number): string[] {
  let values: string[];
  try {
    values = text.includes('"') ? ((parse(text, { delimiter, relax_column_count: true }) as string[][])[0] ?? []) : text.split(delimiter);
  } catch (err) {
    const p = csvParseProblem(err);
    if (!p) throw err;
    throw invalidFile(path.basename(file), line, p.reason);
  }
  return values.map((v) => v.trim());
}

/** The plan for `file`, or null when it has no header line. */
export function planCsv(file: string, targetBytes = 4 << 20): CsvPlan | null {
  const fd = fs.openSync(file, 'r');
  try {
    const head = headerOf(fd);
    if (!head) return null;
    const delimiter = delimiterOf(head.text);
    const bytes = fs.fstatSync(fd).size;
    const chunks: CsvChunk[] = [];
    let quoted = head.text.includes('"');
    let inQuote = false;
    let endsWithNewline = true;
    let line = head.line + 1;
    let chunk: CsvChunk = { start: head.end, end: head.end, firstLine: line };
    const buf = Buffer.allocUnsafe(BLOCK);
    for (let base = head.end; base < bytes; base += BLOCK) {
      const n = fs.readSync(fd, buf, 0, BLOCK, base);
      let q = buf.indexOf(QUOTE);
      for (let nl = buf.indexOf(NL); nl !== -1 && nl < n; nl = buf.indexOf(NL, nl + 1)) {
        for (; q !== -1 && q < nl; q = buf.indexOf(QUOTE, q + 1)) {
          inQuote = !inQuote;
          quoted = true;
        }
        line++;
        const cut = base + nl + 1;
        if (!inQuote && cut - chunk.start >= targetBytes) {
          chunks.push({ ...chunk, end: cut });
          chunk = { start: cut, end: cut, firstLine: line };
        }
      }
      for (; q !== -1 && q < n; q = buf.indexOf(QUOTE, q + 1)) {
        inQuote = !inQuote;
        quoted = true;
      }
      endsWithNewline = n > 0 && buf[n - 1] === NL;
    }
    if (bytes > chunk.start) chunks.push({ ...chunk, end: bytes });
    const lines = line - head.line - 1 + (endsWithNewline ? 0 : 1);
    return { delimiter, header: splitHeader(file, head.text, delimiter, head.line), headerLine: head.line, quoted, chunks, lines, bytes };
  } finally {
    fs.closeSync(fd);
  }
}
