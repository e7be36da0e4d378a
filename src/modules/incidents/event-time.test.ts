import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readEventSource } from './import/read-source.ts';
import { amsterdamLocalMinutes, amsterdamOffsetMs, amsterdamYear, parseEventTime, skippedHourProblem } from './event-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('event times (Europe/Amsterdam when no offset)', () => {
  it('reads local winter and summer time, offsets, Z and a date alone', () => {
    assert.equal(iso(parseEventTime('2023-01-15T10:00')), '2023-01-15T09:00:00.000Z');
    assert.equal(iso(parseEventTime('2023-07-15 10:00:30')), '2023-07-15T08:00:30.000Z');
    assert.equal(iso(parseEventTime('2023-07-15T10:00:00.250+01:00')), '2023-07-15T09:00:00.250Z');
    assert.equal(iso(parseEventTime('2023-07-15T10:00-0330')), '2023-07-15T13:30:00.000Z');
    assert.equal(iso(parseEventTime('2023-07-15T10:00Z')), '2023-07-15T10:00:00.000Z');
    assert.equal(iso(parseEventTime('2023-07-15')), '2023-07-14T22:00:00.000Z');
  });

  it('applies the EU rule at the changes: the skipped hour refused, the repeated hour first', () => {
    // 26 March 2023: clocks 02:00 CET → 03:00 CEST at 01:00 UTC; 02:00–02:59 does not exist.
    assert.equal(iso(parseEventTime('2023-03-26T01:59')), '2023-03-26T00:59:00.000Z');
    for (const t of ['2023-03-26T02:00', '2023-03-26T02:30', '2023-03-26 02:59:59']) {
      assert.ok(Number.isNaN(parseEventTime(t)), t);
      assert.match(skippedHourProblem(t)!, /does not exist in Europe\/Amsterdam: on 2023-03-26 the clocks went from 02:00 to 03:00/);
    }
    assert.equal(iso(parseEventTime('2023-03-26T02:30+01:00')), '2023-03-26T01:30:00.000Z', 'with an offset it is a plain instant');
    assert.equal(skippedHourProblem('2023-03-26T02:30+01:00'), undefined);
    assert.equal(skippedHourProblem('2023-03-27T02:30'), undefined);
    assert.equal(iso(parseEventTime('2023-03-26T03:00')), '2023-03-26T01:00:00.000Z');
    // 29 October 2023: 03:00 CEST → 02:00 CET at 01:00 UTC; 02:30 happens twice, the first is taken.
    assert.equal(iso(parseEventTime('2023-10-29T02:30')), '2023-10-29T00:30:00.000Z');
    assert.equal(iso(parseEventTime('2023-10-29T03:00')), '2023-10-29T02:00:00.000Z');
    assert.equal(amsterdamLocalMinutes(Date.parse('2023-10-29T01:30:00Z') / 60_000), Date.parse('2023-10-29T02:30:00Z') / 60_000);
  });

  it('reads the common shapes without the regex exactly as with it', () => {
    // A leading space skips the fast path (the regex path trims it).
    for (const t of [
      '2023-07-15',
      '2023-07-15T10:00',
      '2023-07-15 10:00:30',
      '2023-07-15T10:00Z',
      '2023-07-15T10:00:30z',
      '2023-03-26T02:30',
      '2023-10-29T02:30:59',
      '2024-02-29T23:59:59.999Z',
      '2023-02-29T10:00',
      '2023-01-01T10:60',
      '2023-00-01',
      '2023-01-01Z',
      '2023-01-01T10:00:00.5Z',
    ]) {
      assert.ok(Object.is(parseEventTime(t), parseEventTime(` ${t}`)), t);
    }
  });

  it('refuses what is not a time', () => {
    for (const bad of ['', '14-03-2022', '2023-02-30T10:00', '2023-13-01', '2023-01-01T24:00', '2023-01-01T10:00+25:00', 'yesterday']) {
      assert.ok(Number.isNaN(parseEventTime(bad)), bad);
    }
  });
});

describe('incident CSV reading', () => {
  async function read(text: string): Promise<{ header: string[]; rows: [number, string[]][] }> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-src-')), 'e.csv');
    fs.writeFileSync(file, text);
    const out = { header: [] as string[], rows: [] as [number, string[]][] };
    await readEventSource(file, { header: (h) => void (out.header = h), row: (line, values) => out.rows.push([line, values]) });
    return out;
  }

  it('gives the same rows and physical line numbers on the fast path and through csv-parse', async () => {
    const plain = await read('\uFEFFid;type;start\r\nA;1.1.1;2023-01-01\r\n\r\nB;1.2.3;2023-01-02\r\n');
    const quoted = await read('\uFEFFid;type;start\r\n"A";1.1.1;2023-01-01\r\n\r\nB;"1.2.3";2023-01-02\r\n');
    assert.deepEqual(plain.header, ['id', 'type', 'start']);
    assert.deepEqual(plain, quoted);
    assert.deepEqual(
      plain.rows.map(([line]) => line),
      [2, 4],
    );
  });

  it('awaits an async header before the first row; blank lines before it count, a lone header needs no newline', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-src-')), 'e.csv');
    fs.writeFileSync(file, '\n\r\nid,type\nA,1.1.1\n');
    const seen: string[] = [];
    await readEventSource(file, {
      header: async (h) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(`header ${h.join('|')}`);
      },
      row: (line, values) => void seen.push(`${line} ${values.join('|')}`),
    });
    assert.deepEqual(seen, ['header id|type', '4 A|1.1.1']);
    assert.deepEqual((await read('id,type')).header, ['id', 'type']);
  });
});

describe('event times by table (the fast path of the import)', () => {
  /** The rule written with Date objects, as before the year tables. */
  const offsetByDate = (utcMs: number) => {
    const y = new Date(utcMs).getUTCFullYear();
    const lastSunday = (month: number) => {
      const last = new Date(Date.UTC(y, month + 1, 0));
      return Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
    };
    return utcMs >= lastSunday(2) && utcMs < lastSunday(9) ? 7_200_000 : 3_600_000;
  };

  it('gives the offset and the local year of the Date rule at every hour of 1899–2201 around each year change and clock change', () => {
    for (let year = 1899; year <= 2201; year++) {
      for (const base of [Date.UTC(year, 0, 1), Date.UTC(year, 2, 24), Date.UTC(year, 9, 24), Date.UTC(year, 11, 31)]) {
        for (let h = -30; h <= 200; h++) {
          const t = base + h * 3_600_000 + (h % 3) * 60_000 - (h % 2);
          assert.equal(amsterdamOffsetMs(t), offsetByDate(t), new Date(t).toISOString());
          assert.equal(amsterdamYear(t), new Date(t + offsetByDate(t)).getUTCFullYear(), new Date(t).toISOString());
        }
      }
    }
  });

  it('refuses days a month does not have, leap years by the Gregorian rule', () => {
    for (const t of ['2023-02-29T10:00', '2100-02-29', '2023-04-31T00:00', '2023-06-31 12:00:00', '2023-01-00T10:00', '2023-01-32']) {
      assert.ok(Number.isNaN(parseEventTime(t)), t);
    }
    for (const t of ['2024-02-29T10:00', '2000-02-29', '2023-12-31T23:59:59', '2023-01-31T10:00Z']) {
      assert.ok(!Number.isNaN(parseEventTime(t)), t);
    }
  });
});
