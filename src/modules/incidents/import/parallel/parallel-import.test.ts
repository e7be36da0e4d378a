/**
 * The parallel import (worker threads, chunked COPY) against the sequential one on the same
 * files: same rows stored, same problems by line, same all-or-nothing and quarantine behaviour;
 * re-imports and duplicate ids across chunks go the sequential way.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../../core/context.ts';
import { AppError } from '../../../../core/errors.ts';
import type { Database } from '../../../../db/database.ts';
import { GM, openIncidentTestDatabase, tempFile } from '../../../../../test/fixtures/incidents/setup.ts';
import { importIncidents, type IncidentImportOptions } from '../import-service.ts';
import { isSkippedAmsterdamTime } from '../../event-time.ts';

/** Places in buurten of both indelingen (events-rd.csv), cycled. */
const PLACES = [
  [104959.39, 425568.83],
  [105097.19, 425379.5],
  [104687.41, 422059.91],
];
const TYPES = ['1.1.1', '1.4.5', '2.5.2', '1.2.3'];

/** A local wall-clock text `hours` after 2021-01-01 00:00, one hour on where it falls in the skipped spring hour. */
function localTime(hours: number): string {
  const wall = Date.UTC(2021, 0, 1) + hours * 3_600_000;
  return new Date(isSkippedAmsterdamTime(wall) ? wall + 3_600_000 : wall).toISOString().slice(0, 16);
}

function eventsCsv(n: number, o: { quoted?: boolean; bad?: Map<number, string>; prefix?: string } = {}): string {
  const lines = [o.quoted ? 'id,type,start,end,x,y,note' : 'id,type,start,end,x,y,offender_ref'];
  for (let i = 0; i < n; i++) {
    const [x, y] = PLACES[i % PLACES.length]!;
    const day = localTime(i * 11);
    const end = i % 3 === 0 ? localTime(i * 11 + 5) : '';
    const last = o.quoted ? (i % 7 === 0 ? `"two lines,\nand ""quotes"""` : 'x') : i % 5 === 0 ? `O-${i % 13}` : '';
    lines.push(o.bad?.get(i) ?? `${o.prefix ?? 'P'}-${i},${TYPES[i % TYPES.length]},${day},${end},${x},${y},${last}`);
  }
  return `${lines.join('\n')}\n`;
}

const PARALLEL = { workers: 2, minBytes: 0, chunkBytes: 4096 };
const SEQUENTIAL = { workers: 1 };

describe('parallel incident import', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase({ crimeTypes: true }));
  });
  after(async () => database.close());

  const run = (file: string, source: string, parallel: IncidentImportOptions['parallel'], extra: Partial<IncidentImportOptions> = {}) =>
    importIncidents(ctx, { file, municipality: GM, source, parallel, ...extra });
  const stored = async (source: string) =>
    (await database.db.selectFrom('incidents').selectAll().where('source', '=', source).orderBy('id').execute()).map(
      ({ id: _id, source: _s, batch_id: _b, ...rest }) => rest,
    );

  it('stores exactly what the sequential import stores, in file order, in many chunks', async () => {
    const file = tempFile(eventsCsv(3000));
    const par = await run(file, 'par', PARALLEL);
    const seq = await run(file, 'seq', SEQUENTIAL);
    assert.ok(par.parallel && par.parallel.chunks > 20, `chunks: ${JSON.stringify(par.parallel)}`);
    assert.equal(seq.parallel, undefined);
    assert.deepEqual([par.rowsRead, par.rowsInserted, par.rowsUnchanged], [3000, 3000, 0]);
    assert.deepEqual(par.byAreaYear, seq.byAreaYear);
    const [a, b] = [await stored('par'), await stored('seq')];
    assert.equal(a.length, 3000);
    assert.deepEqual(a, b);
    assert.deepEqual(
      a.slice(0, 3).map((r) => r.source_id),
      ['P-0', 'P-1', 'P-2'],
      'ids follow the file order',
    );
    const batch = await database.db.selectFrom('incident_batches').selectAll().where('id', '=', par.batchId).executeTakeFirstOrThrow();
    assert.deepEqual([batch.rows_read, batch.rows_inserted, batch.rows_unchanged, batch.rows_quarantined], [3000, 3000, 0, 0]);
  });

  it('reads quoted fields with line breaks and reports bad rows by the same line as the sequential import', async () => {
    const bad = new Map([
      [50, 'Q-50,9.9.9,2021-03-01T10:00,,104959.39,425568.83,x'],
      [400, 'Q-400,1.1.1,gisteren,,104959.39,425568.83,x'],
    ]);
    const file = tempFile(eventsCsv(600, { quoted: true, bad, prefix: 'Q' }));
    const errorsOf = async (parallel: IncidentImportOptions['parallel']) => {
      try {
        await run(file, `q-${parallel?.workers}`, parallel);
      } catch (err) {
        assert.ok(err instanceof AppError);
        return err.errors;
      }
      throw new Error('the import was not rejected');
    };
    const [par, seq] = [await errorsOf(PARALLEL), await errorsOf(SEQUENTIAL)];
    assert.deepEqual(par, seq);
    // Rows 0, 7, 14, … span two lines each: data row 50 is on line 2 + 50 + 8 (rows 0, 7, …, 49 before it), row 400 on 2 + 400 + 58.
    assert.deepEqual(
      par.map((e) => e.name),
      ['line 60, column type', 'line 460, column start'],
    );
    assert.equal((await stored('q-2')).length, 0, 'nothing stored');
    const q = await run(file, 'q-quarantine', PARALLEL, { quarantine: true });
    assert.deepEqual([q.rowsInserted, q.rowsQuarantined], [598, 2]);
    const kept = await database.db
      .selectFrom('incident_quarantine')
      .select(['line', 'raw'])
      .where('batch_id', '=', q.batchId)
      .orderBy('line')
      .execute();
    assert.deepEqual(
      kept.map((k) => [k.line, (k.raw as Record<string, string>).id]),
      [
        [60, 'Q-50'],
        [460, 'Q-400'],
      ],
    );
    assert.equal((await stored('q-quarantine')).find((r) => r.source_id === 'Q-7')?.source_id, 'Q-7');
  });

  it('refuses a file that is not valid CSV in a later chunk with the line the sequential import names, storing nothing, also with --quarantine', async () => {
    const file = tempFile(
      eventsCsv(800, { quoted: true, bad: new Map([[500, 'Q-500,1.1.1,2021-03-01T10:00,,104959.39,425568.83,x"y']]), prefix: 'Q' }),
      'quote.csv',
    );
    const messageOf = async (source: string, parallel: IncidentImportOptions['parallel'], quarantine = false) => {
      try {
        await run(file, source, parallel, { quarantine });
      } catch (err) {
        assert.ok(err instanceof AppError && err.status === 400, String(err));
        return err.message;
      }
      throw new Error('the import was not rejected');
    };
    const seq = await messageOf('quote-seq', SEQUENTIAL);
    // Rows 0, 7, …, 497 before it span two lines each (72 of them): data row 500 is on line 2 + 500 + 72.
    assert.equal(seq, 'quote.csv:574: a double quote inside an unquoted field (quote the whole field and double the quote inside it)');
    assert.equal(await messageOf('quote-par', PARALLEL), seq);
    assert.equal(await messageOf('quote-parq', PARALLEL, true), seq);
    for (const source of ['quote-seq', 'quote-par', 'quote-parq']) assert.equal((await stored(source)).length, 0, source);
  });

  it('leaves a duplicate id across chunks to the sequential import, which reports it by line', async () => {
    const file = tempFile(eventsCsv(1000, { bad: new Map([[900, 'P-3,1.1.1,2021-06-01T10:00,,104959.39,425568.83,']]), prefix: 'P' }));
    await assert.rejects(run(file, 'dup', PARALLEL), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.deepEqual(err.errors, [{ name: 'line 902, column id', reason: "duplicate id 'P-3' (first on line 5)" }]);
      return true;
    });
    assert.equal((await stored('dup')).length, 0);
  });

  it('re-imports sequentially: everything unchanged, nothing stored twice', async () => {
    const file = tempFile(eventsCsv(500, { prefix: 'R' }));
    const first = await run(file, 'again', PARALLEL);
    const again = await run(file, 'again', PARALLEL);
    assert.ok(first.parallel);
    assert.equal(again.parallel, undefined);
    assert.deepEqual([again.rowsInserted, again.rowsUnchanged], [0, 500]);
    assert.equal((await stored('again')).length, 500);
  });
});
