/** Incident rows placed by postcode + huisnummer through the geocoder's address points. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import type { ServiceContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import type { Database } from '../../../db/database.ts';
import { FIXTURES, GM, openIncidentTestDatabase, tempFile } from '../../../../test/fixtures/incidents/setup.ts';
import { importAddresses } from '../../geocoder/index.ts';
import { importIncidents } from './import-service.ts';

const BAG = path.join(projectRoot, 'test', 'fixtures', 'geocoder', 'bagadres-dordrecht.csv');

describe('incident import: rows placed by postcode + huisnummer', () => {
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

  it('without address points loaded, says there is no geocoder table', async () => {
    await assert.rejects(importIncidents(ctx, { file: path.join(FIXTURES, 'events-postcode.csv'), municipality: GM }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.deepEqual(
        err.errors.map((e) => e.name),
        ['line 2, column postcode'],
      );
      assert.match(err.errors[0]!.reason, /^no geocoder table loaded: .*stadsveilig import addresses/);
      return true;
    });
  });

  it('places rows at the address point: exact key, else postcode + huisnummer alone; "3311 ab" is 3311AB', async () => {
    await importAddresses(ctx, { file: BAG, municipality: GM, source: 'bag' });
    const file = tempFile(
      'id,type,start,postcode,huisnummer,huisletter,toevoeging\n' +
        'A-1,1.1.1,2023-03-01T10:00,3311AB,12,,\n' + // exact: 12 → BU05050100
        'A-2,1.2.3,2023-03-02T10:00,3311 ab,12,a,\n' + // exact: 12A → BU05050101
        'A-3,1.4.5,2023-03-03T10:00,3311AB,12,C,\n' + // no 12C: falls back to 12
        'A-4,1.2.3,2023-03-04T10:00,3311ab,14,,-2\n' + // exact: 14-2 → BU05050701
        'A-5,1.2.3,2024-06-01T10:00,3312 CD,7,B,bis\n' + // 2024 → indeling 2024, BU05051904
        'A-6,1.1.1,2023-03-05T10:00,3312CD,7,,\n', // plain 7 (7B-BIS also exists) → BU05050508
    );
    const s = await importIncidents(ctx, { file, municipality: GM, source: 'pc' });
    assert.deepEqual([s.rowsRead, s.rowsInserted], [6, 6]);
    const by = new Map((await rowsOf('pc')).map((r) => [r.source_id, r]));
    const at = (id: string) => {
      const r = by.get(id)!;
      return [r.x, r.y, r.area_year, r.buurt_code, r.wijk_code];
    };
    assert.deepEqual(at('A-1'), [104959.39, 425568.83, 2020, 'BU05050100', 'WK050501']);
    assert.deepEqual(at('A-2'), [105097.19, 425379.5, 2020, 'BU05050101', 'WK050501']);
    assert.deepEqual(at('A-3'), at('A-1'));
    assert.deepEqual(at('A-4'), [104687.41, 422059.91, 2020, 'BU05050701', 'WK050507']);
    assert.deepEqual(at('A-5'), [103500, 423500, 2024, 'BU05051904', 'WK050519']);
    assert.deepEqual(at('A-6'), [106500, 424000, 2020, 'BU05050508', 'WK050505']);
    // The stored WGS84 point is the address point's, as for a row given as x,y.
    const point = await database.db
      .selectFrom('address_points')
      .select(['lat', 'lon'])
      .where('postcode', '=', '3311AB')
      .where('huisnummer', '=', 12)
      .where('huisletter', '=', '')
      .executeTakeFirstOrThrow();
    assert.deepEqual([by.get('A-1')!.lat, by.get('A-1')!.lon], [point.lat, point.lon]);
  });

  it('reports unknown addresses and bad postcodes by line, never dropping a row', async () => {
    const file = tempFile(
      'id;type;start;x;y;postcode;huisnummer\n' +
        'B-1;1.1.1;2023-03-01T10:00;104959.39;425568.83;;\n' + // line 2: x,y
        'B-2;1.1.1;2023-03-01T10:00;;;3311AB;99\n' + // line 3: unknown
        'B-3;1.1.1;2023-03-01T10:00;;;3311AB;14\n' + // line 4: only 14-2 exists
        'B-4;1.1.1;2023-03-01T10:00;;;3311A;12\n' + // line 5: not a postcode
        'B-5;1.1.1;2023-03-01T10:00;;;3311AB;\n' + // line 6: no huisnummer
        'B-6;1.1.1;2023-03-01T10:00;;;;\n', // line 7: no place at all
    );
    await assert.rejects(importIncidents(ctx, { file, municipality: GM, source: 'unknown' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.match(err.message, /5 bad row\(s\); nothing was stored/);
      assert.deepEqual(err.errors, [
        { name: 'line 3, column postcode', reason: 'postcode 3311AB huisnummer 99 is not in the geocoder table (source bag)' },
        { name: 'line 4, column postcode', reason: 'postcode 3311AB huisnummer 14 is not in the geocoder table (source bag)' },
        { name: 'line 5, column postcode', reason: "'3311A' is not a postcode (4 digits and 2 letters, e.g. 3311AB)" },
        { name: 'line 6, column huisnummer', reason: 'is empty; a postcode needs a huisnummer' },
        { name: 'line 7, column x', reason: 'no place: give x,y (RD New), lat,lon or postcode + huisnummer' },
      ]);
      return true;
    });
    assert.equal((await rowsOf('unknown')).length, 0);
  });

  it('maps the address columns through the mapping file, and takes the sequential path for them', async () => {
    const file = tempFile('zaak,delict,datum,pc,nr,letter,toev\nM-1,1.1.1,2023-05-01T09:00,3311 AB,12,A,\n');
    const mapping = {
      columns: { id: 'zaak', type: 'delict', start: 'datum', postcode: 'pc', huisnummer: 'nr', huisletter: 'letter', toevoeging: 'toev' },
      types: {},
    };
    const s = await importIncidents(ctx, { file, municipality: GM, source: 'mapped', mapping, parallel: { workers: 2, minBytes: 0 } });
    assert.equal(s.rowsInserted, 1);
    assert.equal(s.parallel, undefined);
    assert.deepEqual(
      (await rowsOf('mapped')).map((r) => [r.x, r.y, r.buurt_code]),
      [[105097.19, 425379.5, 'BU05050101']],
    );
  });

  it('refuses a header with postcode but no huisnummer column and no coordinates', async () => {
    const file = tempFile('id,type,start,postcode\nH-1,1.1.1,2023-03-01T10:00,3311AB\n');
    await assert.rejects(
      importIncidents(ctx, { file, municipality: GM }),
      /column huisnummer missing: postcode places an event only with huisnummer/,
    );
  });
});
