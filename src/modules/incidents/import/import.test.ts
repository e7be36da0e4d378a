import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import type { Database } from '../../../db/database.ts';
import { FIXTURES, GM, openIncidentTestDatabase, tempFile } from '../../../../test/fixtures/incidents/setup.ts';
import { importIncidents } from './import-service.ts';

const fixture = (name: string) => path.join(FIXTURES, name);

describe('incident-level import', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase({ crimeTypes: true }));
  });
  after(async () => database.close());

  const rowsOf = (source: string) =>
    database.db
      .selectFrom('incidents')
      .selectAll()
      .where('gemeente_code', '=', GM)
      .where('source', '=', source)
      .orderBy('source_id')
      .execute();

  it('stores RD New events with both coordinate pairs, times and the buurt of the right vintage', async () => {
    const s = await importIncidents(ctx, { file: fixture('events-rd.csv'), municipality: GM, source: 'rd' });
    assert.deepEqual([s.rowsRead, s.rowsInserted, s.rowsUnchanged, s.rowsQuarantined], [5, 5, 0, 0]);
    assert.deepEqual(s.byAreaYear, { 2020: 4, 2024: 1 });
    const rows = await rowsOf('rd');
    const by = new Map(rows.map((r) => [r.source_id, r]));
    const rd1 = by.get('RD-1')!;
    assert.equal(rd1.buurt_code, 'BU05050100');
    assert.equal(rd1.wijk_code, 'WK050501');
    assert.equal(rd1.area_year, 2020);
    assert.equal(rd1.x, 104959.39);
    assert.ok(Math.abs(rd1.lat - 51.8164917) < 1e-5 && Math.abs(rd1.lon - 4.6614726) < 1e-5);
    // Local time without offset = Europe/Amsterdam: 09:00 CET on 14 March = 08:00 UTC.
    assert.equal(new Date(rd1.start_time).toISOString(), '2022-03-14T08:00:00.000Z');
    assert.equal(new Date(rd1.end_time!).toISOString(), '2022-03-14T16:30:00.000Z');
    assert.equal(new Date(by.get('RD-2')!.start_time).toISOString(), '2022-07-01T23:15:00.000Z');
    assert.equal(by.get('RD-2')!.end_time, null);
    assert.equal(by.get('RD-2')!.offender_ref, 'O-0007');
    // 2024 event → 2024 indeling; 2021 event at Locatie Refaja → that 2020-only buurt.
    assert.deepEqual([by.get('RD-4')!.area_year, by.get('RD-4')!.buurt_code], [2024, 'BU05050100']);
    assert.deepEqual([by.get('RD-5')!.area_year, by.get('RD-5')!.buurt_code, by.get('RD-5')!.wijk_code], [2020, 'BU05051913', 'WK050519']);
    assert.ok(rows.every((r) => !r.synthetic && r.batch_id === s.batchId));
  });

  it('is idempotent: the same file again stores nothing and reports the rows unchanged', async () => {
    const before = await rowsOf('rd');
    const s = await importIncidents(ctx, { file: fixture('events-rd.csv'), municipality: GM, source: 'rd' });
    assert.deepEqual([s.rowsInserted, s.rowsUnchanged], [0, 5]);
    assert.deepEqual(await rowsOf('rd'), before);
    const batch = await database.db.selectFrom('incident_batches').selectAll().where('id', '=', s.batchId).executeTakeFirstOrThrow();
    assert.deepEqual([batch.rows_read, batch.rows_inserted, batch.rows_unchanged, batch.mode], [5, 0, 5, 'all-or-nothing']);
  });

  it('reads GeoJSON points in WGS84 and gives them RD coordinates', async () => {
    const s = await importIncidents(ctx, { file: fixture('events-wgs84.geojson'), municipality: GM });
    assert.equal(s.kind, 'geojson');
    assert.equal(s.source, 'events-wgs84');
    assert.equal(s.rowsInserted, 3);
    const rows = await rowsOf('events-wgs84');
    assert.equal(rows[0]!.buurt_code, 'BU05050100');
    assert.ok(Math.abs(rows[0]!.x - 104959.39) < 0.5 && Math.abs(rows[0]!.y - 425568.83) < 0.5);
    assert.deepEqual(
      rows.map((r) => r.area_year),
      [2020, 2020, 2024],
    );
  });

  it('rejects a file with bad rows whole, listing every bad row, and stores nothing', async () => {
    const count = async () =>
      (
        await database.db
          .selectFrom('incidents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    await assert.rejects(importIncidents(ctx, { file: fixture('events-bad.csv'), municipality: GM }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.match(err.message, /6 bad row\(s\); nothing was stored/);
      assert.deepEqual(
        err.errors.map((e) => e.name),
        [
          'line 3, column type',
          'line 4, column start',
          'line 5, column end',
          'line 6, column x',
          'line 7, column id',
          'line 8, column offender_ref',
        ],
      );
      assert.match(err.errors[3]!.reason, /outside every buurt/);
      assert.match(err.errors[4]!.reason, /duplicate id 'B-1' \(first on line 2\)/);
      return true;
    });
    assert.equal(Number(await count()), before);
  });

  it('refuses a local time in the skipped spring hour with the reason, and reads it with an offset', async () => {
    const file = tempFile(
      'id,type,start,end,x,y\nS-1,1.1.1,2024-03-31T02:30,,104959.39,425568.83\nS-2,1.1.1,2024-03-31T01:10,2024-03-31 02:15,104959.39,425568.83\n',
    );
    await assert.rejects(importIncidents(ctx, { file, municipality: GM, source: 'spring' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.deepEqual(
        err.errors.map((e) => e.name),
        ['line 2, column start', 'line 3, column end'],
      );
      for (const e of err.errors)
        assert.match(e.reason, /does not exist in Europe\/Amsterdam: on 2024-03-31 the clocks went from 02:00 to 03:00/);
      return true;
    });
    const withOffset = tempFile('id,type,start,end,x,y\nS-1,1.1.1,2024-03-31T02:30+01:00,,104959.39,425568.83\n');
    const s = await importIncidents(ctx, { file: withOffset, municipality: GM, source: 'spring' });
    assert.equal(s.rowsInserted, 1);
  });

  it('with quarantine stores the good rows and keeps the bad ones once, also on a second run', async () => {
    const s = await importIncidents(ctx, { file: fixture('events-bad.csv'), municipality: GM, source: 'bad', quarantine: true });
    assert.deepEqual([s.rowsInserted, s.rowsQuarantined], [2, 6]);
    assert.deepEqual(
      (await rowsOf('bad')).map((r) => r.source_id),
      ['B-1', 'B-8'],
    );
    const kept = await database.db
      .selectFrom('incident_quarantine')
      .select(['line', 'raw', 'errors'])
      .where('batch_id', '=', s.batchId)
      .orderBy('line')
      .execute();
    assert.deepEqual(
      kept.map((k) => k.line),
      [3, 4, 5, 6, 7, 8],
    );
    assert.equal((kept[0]!.raw as Record<string, string>).type, '9.9.9');
    const again = await importIncidents(ctx, { file: fixture('events-bad.csv'), municipality: GM, source: 'bad', quarantine: true });
    assert.deepEqual([again.rowsInserted, again.rowsUnchanged, again.rowsQuarantined], [0, 2, 6]);
    const keptAgain = await database.db.selectFrom('incident_quarantine').select('id').where('batch_id', '=', again.batchId).execute();
    assert.equal(keptAgain.length, 0);
  });

  it('maps local columns and crime types through a mapping file', async () => {
    const s = await importIncidents(ctx, {
      file: fixture('politie-export.csv'),
      municipality: GM,
      source: 'politie',
      mapping: fixture('politie-mapping.json'),
    });
    assert.equal(s.rowsInserted, 4);
    const rows = await rowsOf('politie');
    assert.deepEqual(
      rows.map((r) => [r.source_id, r.crime_type, r.local_type]),
      [
        ['PL2023-0001', '1.1.1', 'WONINGINBRAAK'],
        ['PL2023-0002', '1.2.3', 'FIETSDIEFSTAL'],
        ['PL2023-0003', '1.4.5', 'MISHANDELING'],
        ['PL2023-0004', '1.2.4', null],
      ],
    );
    assert.equal(rows[2]!.offender_ref, 'P-17');
  });

  it('refuses a bad mapping, naming the key', async () => {
    const bad = tempFile(JSON.stringify({ columns: { id: 'zaaknummer', colour: 'x' }, types: { X: 'abc' } }), 'mapping.json');
    await assert.rejects(importIncidents(ctx, { file: fixture('politie-export.csv'), municipality: GM, mapping: bad }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      const names = err.errors.map((e) => e.name);
      assert.ok(names.includes('mapping.json: types.X'), names.join());
      assert.ok(
        names.some((n) => n.startsWith('mapping.json: columns')),
        names.join(),
      );
      return true;
    });
    const unknownType = tempFile(JSON.stringify({ types: { X: '8.8.8' } }), 'mapping.json');
    await assert.rejects(
      importIncidents(ctx, { file: fixture('events-rd.csv'), municipality: GM, mapping: unknownType }),
      (err: unknown) => {
        assert.ok(err instanceof AppError);
        assert.deepEqual(err.errors, [{ name: 'mapping: types.X', reason: "'8.8.8' is not a crime type in crime_types" }]);
        return true;
      },
    );
  });

  it('reads quoted CSV, and refuses postcode-only rows and personal-data columns with clear reasons', async () => {
    const q = await importIncidents(ctx, { file: fixture('events-quoted.csv'), municipality: GM });
    assert.equal(q.rowsInserted, 2);
    assert.deepEqual(
      (await rowsOf('events-quoted')).map((r) => r.source_id),
      ['Q-1, first', 'Q-2'],
    );
    await assert.rejects(importIncidents(ctx, { file: fixture('events-postcode.csv'), municipality: GM }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.match(err.errors[0]!.reason, /no geocoder table loaded/);
      return true;
    });
    const names = tempFile('id,type,start,x,y,naam\nN-1,1.1.1,2023-01-01T10:00,104959.39,425568.83,Jan\n');
    await assert.rejects(importIncidents(ctx, { file: names, municipality: GM }), /column naam looks like personal data/);
  });
});
