import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AppError } from './errors.ts';
import { checkTextBytes, checkTextFile, csvParseError, firstInvalidUtf8, jsonTextProblem, short } from './import-text.ts';
import { parse } from 'csv-parse/sync';

const tmp = (bytes: Uint8Array) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-text-')), 'f.csv');
  fs.writeFileSync(file, bytes);
  return file;
};

async function streamed(bytes: Uint8Array): Promise<string | null> {
  try {
    await checkTextFile(tmp(bytes), 'f.csv');
    return null;
  } catch (err) {
    assert.ok(err instanceof AppError && err.status === 400 && err.type === 'invalid-file', String(err));
    return err.message;
  }
}

describe('import text rule', () => {
  it('finds the first invalid UTF-8 byte exactly where the platform decoder disagrees (10,000 random byte strings)', () => {
    let s = 1;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 16) & 0xff;
    const alphabet = [
      0x41, 0x0a, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xc0, 0xff, 0xf4, 0x90, 0xe0, 0x80, 0xbf,
    ];
    for (let n = 0; n < 10_000; n++) {
      const b = Buffer.from(Array.from({ length: 1 + (rnd() % 12) }, () => alphabet[rnd() % alphabet.length]!));
      const bad = firstInvalidUtf8(b);
      assert.equal(bad === -1, isUtf8(b), b.toString('hex'));
      if (bad !== -1) assert.ok(isUtf8(b.subarray(0, bad)), `prefix before ${bad} of ${b.toString('hex')} is valid`);
    }
  });

  it('refuses UTF-16, NUL bytes and Latin-1 with the line of the first bad byte', () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]), /: f\.csv: is UTF-16 text/],
      [Buffer.from('a,b\n1,2\n3,\u0000\n'), /: f\.csv:3: holds a NUL byte/],
      [Buffer.from('a,b\n1,caf\u00e9\n', 'latin1'), /: f\.csv:2: is not valid UTF-8 \(byte 0xE9; Latin-1/],
    ];
    for (const [bytes, message] of cases) assert.throws(() => checkTextBytes('f.csv', bytes), message);
    assert.doesNotThrow(() => checkTextBytes('f.csv', Buffer.from('\ufeffa,b\n1,café 😀\n')));
  });

  it('streams the same rule over 1 MB blocks: a character cut by a block edge is fine, a file cut inside one is not', async () => {
    const edge = 1 << 20;
    for (const shift of [0, 1, 2, 3]) {
      const text = `${'a'.repeat(edge - 2 + shift)}😀\n${'b,'.repeat(10)}"\n`;
      assert.equal(await streamed(Buffer.from(text)), null, `shift ${shift}`);
    }
    const cut = Buffer.from(`${'a'.repeat(edge + 5)}\n😀`);
    assert.match((await streamed(cut.subarray(0, cut.length - 1)))!, /^f\.csv:2: ends inside a UTF-8 character/);
    const late = Buffer.concat([Buffer.from(`${'x,y\n'.repeat(300_000)}`), Buffer.from([0xe9, 0x0a])]);
    assert.match((await streamed(late))!, /^f\.csv:300001: is not valid UTF-8/);
    assert.match((await streamed(Buffer.from('a\n\u0000')))!, /^f\.csv:2: holds a NUL byte/);
    assert.match((await streamed(Buffer.alloc(0))) ?? 'empty is text', /empty is text/);
    assert.equal((await checkTextFile(tmp(Buffer.from('a,"b"\n')), 'f.csv')).hasQuote, true);
    assert.equal((await checkTextFile(tmp(Buffer.from('a,b\n')), 'f.csv')).hasQuote, false);
    await assert.rejects(
      checkTextFile(path.join(os.tmpdir(), 'sv-none', 'missing.csv'), 'missing.csv'),
      /missing\.csv: cannot read the file \(ENOENT\)/,
    );
  });

  it('finds NUL characters and lone surrogates anywhere in parsed JSON, also 100,000 levels deep', () => {
    assert.equal(jsonTextProblem({ a: ['x', { b: 'ok 😀' }] }), null);
    assert.match(jsonTextProblem({ a: ['x', { b: 'n\u0000' }] })!, /^a\[1\]\.b holds a NUL character/);
    assert.match(jsonTextProblem(['\ud800'])!, /^\[0\] holds a lone UTF-16 surrogate/);
    assert.match(jsonTextProblem({ 'k\u0000': 1 })!, /^a key holds a NUL/);
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.match(jsonTextProblem(deep)!, /holds a NUL/);
  });

  it('turns csv-parse errors into one line with the line number, quoting nothing of the field', () => {
    const err = (text: string, columns = false) => {
      try {
        parse(text, { columns, relax_column_count: false });
      } catch (e) {
        return csvParseError('f.csv', e)!;
      }
      throw new Error('parsed');
    };
    assert.equal(err(`a,b\n"x${'y'.repeat(100_000)},2\n`).message, 'f.csv:2: a quoted field is not closed (a stray double quote?)');
    assert.match(err('a,b\n1x"y,2\n').message, /^f\.csv:2: a double quote inside an unquoted field/);
    assert.equal(err('a,b\n1,2,3\n', true).message, 'f.csv:2: has 3 fields, the header has 2');
    assert.equal(csvParseError('f.csv', new Error('other')), null);
    assert.equal(short('x'.repeat(100)), `${'x'.repeat(60)}…`);
  });
});
