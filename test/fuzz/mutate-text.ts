/**
 * Mutations of a valid text file (CSV or JSON) into a likely bad one: the damage files suffer on
 * the way to an import — truncation, the wrong encoding (Latin-1, UTF-16 with BOM), binary data,
 * NUL bytes, a wrong delimiter, lost or renamed columns, huge fields, duplicate rows, stray quotes,
 * flipped bytes. Each returns the new bytes and a label saying what was done (for the report).
 */
import type { Rng } from './random.ts';

export interface Mutated {
  bytes: Buffer;
  label: string;
}

export type TextMutation = (text: string, rng: Rng) => Mutated;

const utf8 = (s: string) => Buffer.from(s, 'utf8');

function lines(text: string): string[] {
  return text.split('\n');
}

/** The delimiter rule of the imports (src/core/import-report.ts), repeated here on purpose. */
export function delimiterOfText(text: string): string {
  const head = text.slice(0, text.indexOf('\n') >>> 0);
  return (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** A line index of a data row (not the header), or -1 when the file has none. */
function dataLine(ls: string[], rng: Rng): number {
  const rows = ls.map((l, i) => (i > 0 && l.trim() !== '' ? i : -1)).filter((i) => i > 0);
  return rows.length ? rng.pick(rows) : -1;
}

/** Replaces one delimiter-separated cell of a data row (quotes kept around it when it had them). */
function replaceCell(
  text: string,
  rng: Rng,
  value: (old: string) => string,
  where: (cell: string) => boolean = () => true,
): { text: string; column: number } | null {
  const ls = lines(text);
  const d = delimiterOfText(text);
  const candidates: [number, number][] = [];
  ls.forEach((l, i) => {
    if (i === 0 || l.trim() === '') return;
    l.split(d).forEach((c, k) => {
      if (where(c.replace(/^"|"$/g, ''))) candidates.push([i, k]);
    });
  });
  if (!candidates.length) return null;
  const [i, k] = rng.pick(candidates);
  const cells = ls[i]!.split(d);
  const old = cells[k]!;
  const quoted = /^".*"$/.test(old);
  const fresh = value(quoted ? old.slice(1, -1) : old);
  cells[k] = quoted ? `"${fresh}"` : fresh;
  ls[i] = cells.join(d);
  return { text: ls.join('\n'), column: k };
}

const BAD_DATES = [
  '2023-02-30',
  '2023-13-01',
  '31-12-2023',
  '2023/05/01',
  '0000-00-00',
  '9999-12-31T23:59',
  '1899-12-31',
  '2023-05-01T25:00',
  '2023-05-01T12:60',
  '2023-05-01T12:00+25:00',
  'gisteren',
  '2023-05-01T12:00:00.123456789012Z',
  '  ',
  '2023-03-26T02:30',
  '2023-10-29T02:30',
  '+275760-09-13',
  '-000001-01-01',
  '2023-05-01T12:00Z+01:00',
  '20230501',
  '1e10',
  'NaN',
  '2023-W18-1',
  '2023-05-01TT12:00',
];
const BAD_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '1,5',
  '99999999999999999999',
  '0x10',
  ' 12 ',
  '١٢',
  '-0',
  '1e-400',
  '12abc',
  '',
  '.',
  '-',
  '+5',
  '5.',
  '.5',
  '1_000',
  '2147483648',
  '-2147483649',
  '4294967296',
  '1e21',
  '00012',
  '12e2',
  '−12',
];
const ODD_TEXT = ['\u0001', '\u007f', '\u202e', '\u2028', '\ufeff', '😀', 'Ω', 'é', '\t', '\\', "'", ';', ',', '\r'];

/** Text mutations that apply to any text file. */
export const anyTextMutations: Record<string, TextMutation> = {
  truncate: (t, rng) => {
    const b = utf8(t);
    const at = rng.int(b.length + 1);
    return { bytes: b.subarray(0, at), label: `truncated at byte ${at} of ${b.length}` };
  },
  empty: () => ({ bytes: Buffer.alloc(0), label: 'empty file' }),
  bomOnly: () => ({ bytes: Buffer.from([0xef, 0xbb, 0xbf]), label: 'only a UTF-8 BOM' }),
  whitespace: (_t, rng) => ({ bytes: utf8(rng.pick(['\n\n\n', '   \r\n \t\n', ' '])), label: 'only whitespace' }),
  latin1: (t, rng) => {
    const ls = lines(t);
    const i = Math.max(0, dataLine(ls, rng));
    ls[i] = ls[i]!.replace(/([A-Za-z])/, '$1é');
    return { bytes: Buffer.from(ls.join('\n'), 'latin1'), label: `Latin-1 with an é on line ${i + 1}` };
  },
  utf16le: (t) => ({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), label: 'UTF-16 LE with BOM' }),
  utf16be: (t) => {
    const le = Buffer.from(t, 'utf16le');
    return { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]), label: 'UTF-16 BE with BOM' };
  },
  utf16NoBom: (t) => ({ bytes: Buffer.from(t, 'utf16le'), label: 'UTF-16 LE without BOM' }),
  binary: (_t, rng) => {
    const n = 1 + rng.int(4096);
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = rng.int(256);
    const magic = rng.pick([[], [0x50, 0x4b, 0x03, 0x04], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46], [0x1f, 0x8b]]);
    return { bytes: Buffer.concat([Buffer.from(magic), b]), label: `${n} random bytes` };
  },
  spliceBinary: (t, rng) => {
    const b = utf8(t);
    const at = rng.int(b.length + 1);
    const junk = Buffer.alloc(1 + rng.int(64));
    for (let i = 0; i < junk.length; i++) junk[i] = rng.int(256);
    return { bytes: Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]), label: `${junk.length} random bytes at byte ${at}` };
  },
  nulByte: (t, rng) => {
    const b = utf8(t);
    const at = rng.int(b.length + 1);
    return { bytes: Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]), label: `NUL byte at byte ${at}` };
  },
  flipBytes: (t, rng) => {
    const b = Buffer.from(utf8(t));
    const n = 1 + rng.int(5);
    for (let k = 0; k < n && b.length; k++) {
      const at = rng.int(b.length);
      b[at] = b[at]! ^ (1 << rng.int(8));
    }
    return { bytes: b, label: `${n} flipped bits` };
  },
  strayQuote: (t, rng) => {
    const at = rng.int(t.length + 1);
    return { bytes: utf8(`${t.slice(0, at)}"${t.slice(at)}`), label: `stray double quote at character ${at}` };
  },
  crOnly: (t) => ({ bytes: utf8(t.replace(/\r?\n/g, '\r')), label: 'CR line ends (old Mac)' }),
  crlf: (t) => ({ bytes: utf8(t.replace(/\r?\n/g, '\r\n')), label: 'CRLF line ends' }),
  blankLines: (t) => ({ bytes: utf8(t.replace(/\n/g, '\n\n  \n')), label: 'blank lines between rows' }),
  oddCharacters: (t, rng) => {
    const at = rng.int(t.length + 1);
    const s = rng.pick(ODD_TEXT);
    return { bytes: utf8(t.slice(0, at) + s + t.slice(at)), label: `U+${s.codePointAt(0)!.toString(16)} at character ${at}` };
  },
};

/** Text mutations for CSV files (cells, columns, rows, delimiter). */
export const csvMutations: Record<string, TextMutation> = {
  headerOnly: (t) => ({ bytes: utf8(`${lines(t)[0]!}\n`), label: 'header only' }),
  firstLines: (t, rng) => {
    const k = 1 + rng.int(Math.max(1, lines(t).length));
    return { bytes: utf8(lines(t).slice(0, k).join('\n')), label: `first ${k} lines` };
  },
  wrongDelimiter: (t, rng) => {
    const d = delimiterOfText(t);
    const to = rng.pick(['\t', '|', d === ',' ? ';' : ',', ' ']);
    return { bytes: utf8(t.split(d).join(to)), label: `delimiter ${JSON.stringify(d)} replaced by ${JSON.stringify(to)}` };
  },
  dropColumn: (t, rng) => {
    const d = delimiterOfText(t);
    const ls = lines(t);
    const k = rng.int(ls[0]!.split(d).length);
    return {
      bytes: utf8(
        ls
          .map((l) =>
            l
              .split(d)
              .filter((_, i) => i !== k)
              .join(d),
          )
          .join('\n'),
      ),
      label: `column ${k + 1} removed`,
    };
  },
  dropHeaderCell: (t, rng) => {
    const d = delimiterOfText(t);
    const ls = lines(t);
    const cells = ls[0]!.split(d);
    const k = rng.int(cells.length);
    ls[0] = cells.filter((_, i) => i !== k).join(d);
    return { bytes: utf8(ls.join('\n')), label: `header cell ${k + 1} removed` };
  },
  renameHeader: (t, rng) => {
    const d = delimiterOfText(t);
    const ls = lines(t);
    const cells = ls[0]!.split(d);
    const k = rng.int(cells.length);
    cells[k] = rng.pick([`${cells[k]!.toUpperCase()}X`, '', 'naam', 'bsn', cells[0]!, ' ', '"']);
    ls[0] = cells.join(d);
    return { bytes: utf8(ls.join('\n')), label: `header cell ${k + 1} renamed to ${JSON.stringify(cells[k])}` };
  },
  nulInCell: (t, rng) => {
    const r = replaceCell(t, rng, (v) => `${v.slice(0, 2)}\u0000${v.slice(2)}`);
    return { bytes: utf8(r?.text ?? `${t}\u0000`), label: `NUL character in column ${(r?.column ?? 0) + 1}` };
  },
  hugeField: (t, rng) => {
    const n = rng.pick([70_000, 300_000, 1_100_000]);
    const r = replaceCell(t, rng, () => 'A'.repeat(n));
    return { bytes: utf8(r?.text ?? t), label: `field of ${n} characters in column ${(r?.column ?? 0) + 1}` };
  },
  longCell: (t, rng) => {
    const r = replaceCell(t, rng, (v) => v + 'x'.repeat(200 + rng.int(2000)));
    return { bytes: utf8(r?.text ?? t), label: `long value in column ${(r?.column ?? 0) + 1}` };
  },
  duplicateRow: (t, rng) => {
    const ls = lines(t);
    const i = dataLine(ls, rng);
    if (i < 0) return { bytes: utf8(t), label: 'no row to duplicate' };
    ls.splice(i + 1 + rng.int(ls.length - i), 0, ls[i]!);
    return { bytes: utf8(ls.join('\n')), label: `line ${i + 1} repeated` };
  },
  duplicateHeader: (t) => {
    const ls = lines(t);
    ls.splice(1 + Math.floor((ls.length - 1) / 2), 0, ls[0]!);
    return { bytes: utf8(ls.join('\n')), label: 'header repeated mid-file' };
  },
  emptyCell: (t, rng) => {
    const r = replaceCell(t, rng, () => '');
    return { bytes: utf8(r?.text ?? t), label: `empty cell in column ${(r?.column ?? 0) + 1}` };
  },
  extraField: (t, rng) => {
    const ls = lines(t);
    const i = Math.max(0, dataLine(ls, rng));
    ls[i] += `${delimiterOfText(t)}extra`;
    return { bytes: utf8(ls.join('\n')), label: `extra field on line ${i + 1}` };
  },
  missingField: (t, rng) => {
    const ls = lines(t);
    const i = dataLine(ls, rng);
    if (i >= 0) ls[i] = ls[i]!.slice(0, ls[i]!.lastIndexOf(delimiterOfText(t)));
    return { bytes: utf8(ls.join('\n')), label: `last field missing on line ${i + 1}` };
  },
  badDate: (t, rng) => {
    const bad = rng.pick(BAD_DATES);
    const r = replaceCell(
      t,
      rng,
      () => bad,
      (c) => /^\d{4}-\d{2}-\d{2}|^\d{4}(JJ|KW|MM)\d{2}$|^\d{4}$/.test(c.trim()),
    );
    return { bytes: utf8(r?.text ?? t), label: `date ${JSON.stringify(bad)} in column ${(r?.column ?? -1) + 1}` };
  },
  badNumber: (t, rng) => {
    const bad = rng.pick(BAD_NUMBERS);
    const r = replaceCell(
      t,
      rng,
      () => bad,
      (c) => /^-?\d+([.,]\d+)?$/.test(c.trim()),
    );
    return { bytes: utf8(r?.text ?? t), label: `number ${JSON.stringify(bad)} in column ${(r?.column ?? -1) + 1}` };
  },
  oddCell: (t, rng) => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: '${x}' is a literal cell value (template-injection probe), not a forgotten template literal
    const s = rng.pick([...ODD_TEXT, 'NULL', 'null', '=1+1', '<script>', "' OR 1=1 --", '%s%n', '${x}', '\\N']);
    const r = replaceCell(t, rng, (v) => (rng.chance(0.5) ? s : v + s));
    return { bytes: utf8(r?.text ?? t), label: `cell ${JSON.stringify(s)} in column ${(r?.column ?? 0) + 1}` };
  },
  quoteEverything: (t) => {
    const d = delimiterOfText(t);
    return {
      bytes: utf8(
        lines(t)
          .map((l) =>
            l === ''
              ? l
              : l
                  .split(d)
                  .map((c) => `"${c.replace(/"/g, '""')}"`)
                  .join(d),
          )
          .join('\n'),
      ),
      label: 'every cell quoted',
    };
  },
  swapRows: (t, rng) => {
    const ls = lines(t);
    const i = dataLine(ls, rng);
    const j = dataLine(ls, rng);
    if (i > 0 && j > 0) [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return { bytes: utf8(ls.join('\n')), label: `lines ${i + 1} and ${j + 1} swapped` };
  },
  manyRows: (t, rng) => {
    const ls = lines(t).filter((l) => l.trim() !== '');
    const n = 200 + rng.int(2000);
    const rows = ls.slice(1);
    const out = [ls[0]!];
    for (let k = 0; k < n && rows.length; k++) out.push(rows[k % rows.length]!);
    return { bytes: utf8(`${out.join('\n')}\n`), label: `${n} rows cycling the base rows (duplicates)` };
  },
  wideRow: (t, rng) => {
    const ls = lines(t);
    const i = Math.max(1, dataLine(ls, rng));
    ls[i] = (ls[i] ?? '') + delimiterOfText(t).repeat(5000 + rng.int(20000));
    return { bytes: utf8(ls.join('\n')), label: `line ${i + 1} with thousands of extra fields` };
  },
};
