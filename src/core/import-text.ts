/**
 * The text rules every file import shares, checked before a row is read:
 * - a file is **UTF-8 text** (a UTF-8 byte-order mark is allowed): a UTF-16/32 byte-order mark, a
 *   NUL byte (binary data, or UTF-16 without a mark) or an invalid byte sequence (Latin-1,
 *   Windows-1252) refuses the whole file with one `invalid-file` line naming file and line — a
 *   mis-encoded file is never stored as mojibake, and PostgreSQL refuses NUL in text anyway;
 * - strings read from JSON (where `\u0000` and lone surrogates can be escaped) pass the same rule
 *   (`textValueProblem`);
 * - a CSV parser's complaint becomes one line naming file and line (`csvParseError`);
 * - values quoted in a problem are cut short (`short`), so a 1 MB field gives a readable line.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { CsvError } from 'csv-parse';
import { invalidFileError, type AppError } from './errors.ts';

/** A problem with the file as a whole (or one line of it): one readable line "file:line: reason". */
export function invalidFile(file: string, line: number | null, reason: string): AppError {
  const where = line === null ? file : `${file}:${line}`;
  return invalidFileError(`${where}: ${reason}`, [{ name: where, reason }]);
}

/** `value`, cut to `max` characters with an ellipsis: for quoting input in a problem. */
export function short(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    const c1 = b[i + 1]!;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/** Bytes at the end of `b` that begin a UTF-8 sequence the next block completes (0–3). */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return n > k ? k : 0;
  }
  return 0;
}

interface BlockProblem {
  offset: number;
  reason: string;
}

function blockProblem(b: Uint8Array, atStart: boolean): BlockProblem | null {
  if (atStart && b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return { offset: 0, reason: 'is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8' };
  }
  const nul = Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(0);
  const bad = isUtf8(b) ? -1 : firstInvalidUtf8(b);
  if (nul !== -1 && (bad === -1 || nul < bad)) {
    return { offset: nul, reason: 'holds a NUL byte (binary data, or UTF-16 without a byte-order mark): not a UTF-8 text file' };
  }
  if (bad !== -1) {
    return {
      offset: bad,
      reason: `is not valid UTF-8 (byte 0x${b[bad]!.toString(16).toUpperCase().padStart(2, '0')}; Latin-1 or Windows-1252?): save it as UTF-8`,
    };
  }
  return null;
}

function lineAt(b: Uint8Array, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) line++;
  return line;
}

/** The line number of the byte at `offset` (newlines before it + 1); only read when a problem is reported. */
async function lineOfOffset(file: string, offset: number): Promise<number> {
  let line = 1;
  if (offset <= 0) return line;
  for await (const chunk of fs.createReadStream(file, { end: offset - 1, highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) line++;
  }
  return line;
}

/** Refuses bytes that are not UTF-8 text (see above), naming the line of the first bad byte. */
export function checkTextBytes(file: string, bytes: Uint8Array): void {
  const p = blockProblem(bytes, true);
  if (p) throw invalidFile(file, p.offset === 0 ? null : lineAt(bytes, p.offset), p.reason);
}

/** The file as UTF-8 text (BOM kept), after `checkTextBytes`. */
export function readTextFile(file: string, name: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw invalidFile(name, null, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  checkTextBytes(name, bytes);
  return bytes.toString('utf8');
}

/**
 * Streams `file` (1 MB blocks) through the same check without holding it in memory; also tells
 * whether it holds a double quote (the incident import's fast path needs none).
 */
export async function checkTextFile(file: string, name: string): Promise<{ hasQuote: boolean }> {
  let hasQuote = false;
  let carry = Buffer.alloc(0);
  let base = 0;
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const opened = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
    stream.once('open', () => resolve(null)).once('error', resolve),
  );
  if (opened) throw invalidFile(name, null, `cannot read the file (${opened.code ?? opened.message})`);
  for await (const chunk of stream) {
    const block = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const tail = incompleteTail(block);
    const whole = block.subarray(0, block.length - tail);
    const p = blockProblem(whole, base === 0);
    if (p) throw invalidFile(name, p.offset === 0 && base === 0 ? null : lineAt(whole, p.offset, await lineOfOffset(file, base)), p.reason);
    hasQuote ||= whole.indexOf(0x22) !== -1;
    base += whole.length;
    carry = Buffer.from(block.subarray(block.length - tail));
  }
  if (carry.length)
    throw invalidFile(
      name,
      await lineOfOffset(file, base + carry.length),
      'ends inside a UTF-8 character (cut short?): not a complete UTF-8 text file',
    );
  return { hasQuote };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string from a JSON file as text to store (NUL, lone surrogate), or null. */
export function textValueProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'holds a NUL character (\\u0000), which cannot be stored as text';
  if (LONE_SURROGATE.test(value)) return 'holds a lone UTF-16 surrogate (\\ud800–\\udfff): not valid text';
  return null;
}

/** The first string anywhere in `value` (walked without recursion) that `textValueProblem` refuses, with its path. */
export function jsonTextProblem(value: unknown, path = ''): string | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textValueProblem(v);
      if (problem) return `${p || 'a value'} ${problem}`;
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push([x, `${p}[${i}]`]);
      });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const kp = textValueProblem(k);
        if (kp) return `a key ${kp}`;
        stack.push([x, p ? `${p}.${short(k, 40)}` : short(k, 40)]);
      }
    }
  }
  return null;
}

const CSV_REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed (a stray double quote?)',
  INVALID_OPENING_QUOTE: 'a double quote inside an unquoted field (quote the whole field and double the quote inside it)',
  CSV_INVALID_CLOSING_QUOTE: 'text after the closing quote of a field',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after the closing quote of a field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the number of fields differs from the header',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'the number of fields differs from the header',
  CSV_INVALID_COLUMN_NAME: 'the header has an invalid column name',
  CSV_MAX_RECORD_SIZE: 'a record is too large',
};

/** A csv-parse error's line (within the text parsed) and reason; null for any other error. */
export function csvParseProblem(err: unknown): { line: number | null; reason: string } | null {
  if (!(err instanceof CsvError)) return null;
  const e = err as CsvError & { lines?: unknown; record?: unknown; columns?: unknown };
  let reason = CSV_REASONS[e.code] ?? `not valid CSV (${e.code})`;
  if (Array.isArray(e.record) && Array.isArray(e.columns) && e.code === 'CSV_RECORD_INCONSISTENT_COLUMNS') {
    reason = `has ${e.record.length} fields, the header has ${e.columns.length}`;
  }
  return { line: typeof e.lines === 'number' && e.lines > 0 ? e.lines : null, reason };
}

/** A csv-parse error as one `invalid-file` line naming file and line; null for any other error. */
export function csvParseError(file: string, err: unknown): AppError | null {
  const p = csvParseProblem(err);
  return p && invalidFile(file, p.line, p.reason);
}
