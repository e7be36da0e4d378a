import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../core/config.ts';
import type { ServiceContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { GM, openIncidentTestDatabase } from '../../../test/fixtures/incidents/setup.ts';
import { rdToWgs84 } from '../areas/index.ts';
import { importAddresses } from './address-import-service.ts';
import { loadAddressLookup } from './address-lookup.ts';
import { formatAddressSummary } from './address-summary-text.ts';

const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'geocoder');
const BAG = path.join(FIXTURES, 'bagadres-dordrecht.csv');
const GENERIC = path.join(FIXTURES, 'addresses-generic.csv');

function tempCsv(text: string, name = 'addresses.csv'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-addr-')), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('address import (geocoder table)', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => ({ database, ctx } = await openIncidentTestDatabase()));
  after(async () => database.close());

  const rowsOf = (source: string) =>
    database.db
      .selectFrom('address_points')
      .selectAll()
      .where('gemeente_code', '=', GM)
      .where('source', '=', source)
      .orderBy('postcode')
      .orderBy('huisnummer')
      .orderBy('huisletter')
      .orderBy('huisnummertoevoeging')
      .execute();

  it("reads NLExtract's bagadres CSV: Dordrecht addresses stored, other places and rows without postcode skipped", async () => {
    const s = await importAddresses(ctx, { file: BAG, municipality: GM, source: 'bag' });
    assert.equal(s.shape, 'nlextract-bagadres');
    assert.deepEqual([s.rowsRead, s.stored, s.replaced, s.outside, s.withoutPostcode, s.duplicates], [7, 5, 0, 1, 1, 0]);
    const rows = await rowsOf('bag');
    assert.deepEqual(
      rows.map((r) => `${r.postcode} ${r.huisnummer}${r.huisletter}${r.huisnummertoevoeging ? `-${r.huisnummertoevoeging}` : ''}`),
      ['3311AB 12', '3311AB 12A', '3311AB 14-2', '3312CD 7', '3312CD 7B-BIS'],
    );
    const first = rows[0]!;
    // x,y rounded to cm; lat,lon from x,y with proj4 (7 decimals), not the file's own lon,lat.
    assert.deepEqual([first.x, first.y], [104959.39, 425568.83]);
    const [lon, lat] = rdToWgs84(104959.39, 425568.83);
    assert.ok(Math.abs(first.lat - lat) < 1e-6 && Math.abs(first.lon - lon) < 1e-6);
    assert.deepEqual([first.woonplaats, first.gemeente], ['Dordrecht', 'Dordrecht']);
    // The street (NLExtract `openbareruimte`) is kept for the address search.
    assert.deepEqual([...new Set(rows.map((r) => r.openbare_ruimte))], ['Proefstraat', 'Toetsplein']);
    assert.match(
      formatAddressSummary(s),
      /^bagadres-dordrecht\.csv \(NLExtract bagadres, source 'bag'\): 7 rows read, 5 address points stored for GM0505; skipped: 1 outside GM0505, 1 without postcode\. /,
    );
  });

  it('reads the generic shape with lat,lon and normalises postcode, letter and addition', async () => {
    const s = await importAddresses(ctx, { file: GENERIC, municipality: GM });
    assert.equal(s.shape, 'generic');
    assert.equal(s.source, 'addresses-generic');
    assert.equal(s.stored, 3);
    const rows = await rowsOf('addresses-generic');
    assert.deepEqual(
      rows.map((r) => [r.postcode, r.huisnummer, r.huisletter, r.huisnummertoevoeging]),
      [
        ['3313EF', 20, '', ''],
        ['3313EF', 22, '', '1'],
        ['3313EF', 22, 'C', ''],
      ],
    );
    assert.equal(rows[0]!.lat, 51.8164917);
    assert.ok(Math.abs(rows[0]!.x - 104959.39) < 0.05 && Math.abs(rows[0]!.y - 425568.83) < 0.05);
  });

  it('rejects a bad file whole, every bad row by line and column, and keeps the earlier load', async () => {
    const before = await rowsOf('bag');
    const bad = tempCsv(
      'postcode;huisnummer;huisletter;x;y\n' +
        '3311AB;12;;104959.39;425568.83\n' + // line 2: good
        '33111;12;;104959.39;425568.83\n' + // line 3: postcode
        '3311AB;twelve;;104959.39;425568.83\n' + // line 4: huisnummer
        '\n' + // line 5: empty, skipped
        '3311AB;12;AB;104959.39;425568.83\n' + // line 6: letter
        '3311AB;13;;104959,39;425568,83\n' + // line 7: decimal comma
        '3311AB;14;;104959.39\n', // line 8: too few fields
      'bag.csv',
    );
    await assert.rejects(importAddresses(ctx, { file: bad, municipality: GM, source: 'bag' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.type, 'import-rejected');
      assert.match(err.message, /^bag\.csv: 5 bad row\(s\); nothing was stored/);
      assert.match(err.message, /bag\.csv:3 column postcode: '33111' is not a postcode/);
      assert.deepEqual(
        err.errors.map((e) => e.name),
        ['line 3, column postcode', 'line 4, column huisnummer', 'line 6, column huisletter', 'line 7, column x', 'line 8, column (row)'],
      );
      return true;
    });
    assert.deepEqual(await rowsOf('bag'), before);
  });

  it('refuses an overlong woonplaats by line and column instead of cutting it', async () => {
    const before = await rowsOf('bag');
    const long = `Dordrecht${'x'.repeat(90)}`;
    const bad = tempCsv(
      `postcode;huisnummer;x;y;woonplaats\n3311AB;12;104959.39;425568.83;Dordrecht\n3311AB;14;104959.39;425568.83;${long}\n`,
      'bag.csv',
    );
    await assert.rejects(importAddresses(ctx, { file: bad, municipality: GM, source: 'bag' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.type, 'import-rejected');
      assert.deepEqual(
        err.errors.map((e) => e.name),
        ['line 3, column woonplaats'],
      );
      assert.match(err.message, /longer than 80 characters \(99\)/);
      return true;
    });
    assert.deepEqual(await rowsOf('bag'), before);
  });

  it('re-import of a source replaces its rows in one go; other sources stay', async () => {
    const file = tempCsv(
      'postcode,huisnummer,x,y\n3311 AB,12,105097.19,425379.50\n3399ZZ,1,104687.41,422059.91\n3399ZZ,1,104687.41,422059.91\n',
    );
    const s = await importAddresses(ctx, { file, municipality: GM, source: 'bag' });
    assert.deepEqual([s.stored, s.replaced, s.duplicates, s.duplicateLines], [2, 5, 1, [4]]);
    assert.deepEqual(
      (await rowsOf('bag')).map((r) => [r.postcode, r.huisnummer, r.x]),
      [
        ['3311AB', 12, 105097.19],
        ['3399ZZ', 1, 104687.41],
      ],
    );
    assert.equal((await rowsOf('addresses-generic')).length, 3);
    const again = await importAddresses(ctx, { file, municipality: GM, source: 'bag' });
    assert.deepEqual([again.stored, again.replaced], [2, 2]);
    assert.match(
      formatAddressSummary(again),
      /2 address points stored for GM0505 \(replacing the 2 of the previous load of 'bag'\); skipped: 1 repeating an address of an earlier line \(first kept; line 4\)/,
    );
    const lookup = await loadAddressLookup(database.db, GM);
    assert.equal(lookup!.size, 5);
    assert.deepEqual(lookup!.sources, ['addresses-generic', 'bag']);
    assert.equal(lookup!.find({ postcode: '3311AB', huisnummer: 12, huisletter: '', toevoeging: '' })!.x, 105097.19);
  });

  it('refuses a file with no address of the municipality, personal-data columns, or no point columns', async () => {
    const amsterdam = tempCsv('postcode,huisnummer,x,y\n1012ZZ,1,121390,487420\n');
    await assert.rejects(
      importAddresses(ctx, { file: amsterdam, municipality: GM, source: 'bag' }),
      /no address points of GM0505; nothing was stored/,
    );
    assert.equal((await rowsOf('bag')).length, 2);
    const names = tempCsv('postcode,huisnummer,naam,x,y\n3311AB,12,Jan,104959.39,425568.83\n');
    await assert.rejects(importAddresses(ctx, { file: names, municipality: GM }), /column naam looks like personal data/);
    const noPoint = tempCsv('postcode,huisnummer\n3311AB,12\n');
    await assert.rejects(importAddresses(ctx, { file: noPoint, municipality: GM }), /columns x,y or lat,lon missing/);
    await assert.rejects(importAddresses(ctx, { file: noPoint, municipality: 'Dordrecht' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.deepEqual(err.errors, [{ name: 'municipality', reason: 'must be a CBS gemeente code such as GM0505' }]);
      return true;
    });
  });
});
