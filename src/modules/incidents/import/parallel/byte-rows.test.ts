/**
 * The byte-level fast path of the parallel import against the checker: the same COPY bytes and the
 * same problems, line for line, for good rows and for every kind of doubtful or bad row (spaces,
 * non-ASCII, numbers in other notations, unknown or prototype-named types, times in other shapes
 * or not existing, references, places outside every buurt, CRLF, empty lines, wrong field counts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../../../db/database.ts';
import { GM, openIncidentTestDatabase } from '../../../../../test/fixtures/incidents/setup.ts';
import { seededRandom } from '../../demo/seeded-random.ts';
import { BinaryCopyWriter } from '../../pg-binary-copy.ts';
import type { RowProblem } from '../../import-report.ts';
import { crimeTypeCodes } from '../check-header.ts';
import { EventRowChecker, type RowCheckerOptions } from '../check-row.ts';
import { encodeContext, writeEventRow } from '../event-batch.ts';
import { placerAreas } from '../placement.ts';
import { eachPlainLine } from '../plain-lines.ts';
import { placerOf } from '../vintage-placer.ts';
import { ByteRows, plainDecimal } from './byte-rows.ts';

const HEADER = ['id', 'type', 'start', 'end', 'x', 'y', 'offender_ref', 'victim_ref', 'address_ref', 'note'];
const COPY = encodeContext({ gemeente: GM, source: 'test', synthetic: false, batchId: 7 });

function pick<T>(rnd: () => number, xs: T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

/** `n` rows: each value a plain good one, or with chance `oddRate` one of its odd values (good ones in other notations, or bad). */
function csvLines(n: number, seed: number, oddRate = 0.2): string {
  const r = seededRandom(seed);
  const rnd = () => r.next();
  const sometimes = (good: () => string, odd: string[]) => (rnd() >= oddRate ? good() : pick(rnd, odd));
  const two = (v: number) => String(v).padStart(2, '0');
  const time = () =>
    `${2019 + Math.floor(rnd() * 6)}-${two(1 + Math.floor(rnd() * 12))}-${two(1 + Math.floor(rnd() * 28))}T${two(Math.floor(rnd() * 24))}:${two(Math.floor(rnd() * 60))}`;
  const coordinate = (lo: number, span: number) => (lo + rnd() * span).toFixed(pick(rnd, [0, 1, 2, 2, 2, 3]));
  const lines: string[] = [HEADER.join(',')];
  for (let i = 0; i < n; i++) {
    const start = sometimes(time, [
      '',
      'gisteren',
      '2023-03-26T02:30',
      '2023-02-30T10:00',
      '1899-12-31T23:00',
      '2999-01-01T00:00',
      '2023-05-01',
      '2023-05-01T12:30:15',
      '2023-05-01T12:30Z',
      '2023-05-01 12:30',
      '2023-05-01T12:30+02:00',
      ' 2023-05-01T12:30',
    ]);
    const fields = [
      sometimes(() => `E-${i}`, ['', ' E-1', 'E-1 ', 'É-7', 'x'.repeat(201), 'y'.repeat(200), 'a\tb']),
      sometimes(
        () => pick(rnd, ['1.1.1', '1.4.5', '2.5.2', 'WONING']),
        ['0.0.0', '9.9.9', 'constructor', 'toString', '', ' 1.1.1', 'woning'],
      ),
      start,
      rnd() < 0.6
        ? ''
        : sometimes(() => pick(rnd, ['2024-12-31T23:59', '2025-06-01T08:00Z']), ['2018-01-01T00:00', 'morgen', '2023-10-29T02:30']),
      sometimes(
        () => coordinate(100_000, 12_000),
        ['1.05e5', '+104959.39', '104959.', '.5', '104959.3912345678901', ' 104959.39', '', '0x10', '-0', '150000', '-500000', '104 959'],
      ),
      sometimes(() => coordinate(418_000, 10_000), ['', '4.2e5', '425568.83 ', '700000']),
      rnd() < 0.5 ? '' : sometimes(() => `O-${i % 17}`, ['Jan de Vries', '_x', 'a'.repeat(65), 'b'.repeat(64), 'ü1', 'a:b.c-d_e']),
      rnd() < 0.7 ? '' : `V-${i}`,
      rnd() < 0.9 ? '' : sometimes(() => `A.${i}`, ['-a', 'x y']),
      pick(rnd, ['', 'vrij veld', ' spaties ', 'ç']),
    ];
    const roll = rnd();
    if (roll < oddRate / 10) fields.pop();
    else if (roll < oddRate / 5) fields.push('extra');
    lines.push(fields.join(','));
    if (rnd() < oddRate / 10) lines.push('');
  }
  return lines.map((l) => (seed % 2 && l.length % 3 === 0 ? `${l}\r` : l)).join('\n');
}

describe('parallel import: rows read from their bytes', () => {
  let database: Database;
  let options: RowCheckerOptions;
  before(async () => {
    const opened = await openIncidentTestDatabase({ crimeTypes: true });
    database = opened.database;
    const index = Object.fromEntries(
      ['id', 'type', 'start', 'end', 'x', 'y', 'offender_ref', 'victim_ref', 'address_ref'].map((f) => [f, HEADER.indexOf(f)]),
    );
    options = {
      index,
      names: {},
      crimeTypes: await crimeTypeCodes(opened.ctx),
      localTypes: { WONING: '1.1.1' },
      placer: placerOf(await placerAreas(opened.ctx, GM)),
      now: Date.UTC(2026, 0, 1),
      duplicates: false,
    };
  });
  after(async () => database.close());

  /** The rows after the header through `read` (the fast path, the checker for the rest) or through the checker alone. */
  function encode(text: string, fast: boolean) {
    const checker = new EventRowChecker(options);
    const w = new BinaryCopyWriter(64 << 10);
    const problems: RowProblem[] = [];
    let byBytes = 0;
    const slow = (line: number, values: string[]) => {
      const r = checker.check(line, values, HEADER.length, problems);
      if (r) writeEventRow(w, COPY, r);
    };
    const body = text.slice(text.indexOf('\n') + 1);
    if (fast)
      new ByteRows({ ...options, width: HEADER.length, delimiter: ',' }, COPY).read(
        Buffer.from(body, 'utf8'),
        2,
        w,
        () => byBytes++,
        (line, t) => slow(line, t.split(',')),
      );
    else eachPlainLine(body, 2, ',', slow);
    return { copy: Buffer.concat(w.finish()), rows: w.rows, problems, byBytes };
  }

  it('writes the same COPY bytes and reports the same problems as the checker, over 3 × 4,000 mixed rows', () => {
    for (const seed of [1, 2, 3]) {
      const text = csvLines(4000, seed);
      const fast = encode(text, true);
      const plain = encode(text, false);
      assert.deepEqual(fast.problems, plain.problems, `seed ${seed}: problems`);
      assert.equal(fast.rows, plain.rows, `seed ${seed}: rows`);
      assert.ok(fast.copy.equals(plain.copy), `seed ${seed}: COPY bytes differ`);
      assert.ok(plain.problems.length > 1000, `seed ${seed}: the file has bad rows (${plain.problems.length} problems)`);
      assert.ok(fast.byBytes > fast.rows / 2, `seed ${seed}: most good rows take the fast path (${fast.byBytes} of ${fast.rows})`);
    }
  });

  it('writes every row of a plain file from its bytes, the same as the checker', () => {
    const text = csvLines(3000, 4, 0);
    const fast = encode(text, true);
    const plain = encode(text, false);
    assert.ok(fast.copy.equals(plain.copy));
    const outside = plain.problems.filter((p) => p.reason.includes('outside every buurt')).length;
    assert.equal(plain.problems.length, outside, 'a plain file has no other problems');
    assert.ok(fast.rows > 1000, `${fast.rows} rows inside a buurt`);
    assert.equal(fast.byBytes, fast.rows);
  });

  it('gives a type named like an Object property (constructor, toString) a problem, not a prototype function', () => {
    const text = `${HEADER.join(',')}\nP-1,constructor,2023-05-01T12:00,,104959.39,425568.83,,,,\nP-2,toString,2023-05-01T12:00,,104959.39,425568.83,,,,\n`;
    const { problems, rows } = encode(text, true);
    assert.equal(rows, 0);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column]),
      [
        [2, 'type'],
        [3, 'type'],
      ],
    );
  });

  it('reads plain decimals exactly as Number() does, and leaves every other notation to the checker', () => {
    const r = seededRandom(17);
    for (let i = 0; i < 100_000; i++) {
      const digits = 1 + Math.floor(r.next() * 15);
      let s = '';
      for (let k = 0; k < digits; k++) s += Math.floor(r.next() * 10);
      const dot = Math.floor(r.next() * (digits + 1));
      const text = `${r.next() < 0.3 ? '-' : ''}${dot > 0 && dot < digits ? `${s.slice(0, dot)}.${s.slice(dot)}` : s}`;
      assert.equal(plainDecimal(Buffer.from(text), 0, text.length), Number(text), text);
    }
    for (const odd of ['', '-', '.', '1.', '.5', '1e5', '+1', '0x10', '1.2.3', ' 1', '1234567890123456', '1_0'])
      assert.ok(Number.isNaN(plainDecimal(Buffer.from(odd), 0, odd.length)), odd);
  });
});
