/** The enforcement import: good, bad and mixed files, quarantine, --strict, --dry-run, re-import, personal-data columns. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../core/config.ts';
import { systemContext, type ServiceContext } from '../../core/context.ts';
import type { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { places, SEED_DIR, type Place } from '../../../test/fixtures/analysis-views/seed.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { importAddresses } from '../geocoder/index.ts';
import { formatEnforcementSummary, importEnforcement } from './import-service.ts';

const GM = 'GM0505';
const EXAMPLE = path.join(projectRoot, 'test/fixtures/enforcement/handhaving-voorbeeld.csv');
const BAG = path.join(projectRoot, 'test/fixtures/geocoder/bagadres-dordrecht.csv');

describe('enforcement import', () => {
  let database: Database;
  let ctx: ServiceContext;
  let dir: string;
  let a: Place;
  before(async () => {
    database = await openTestDatabase();
    ctx = systemContext(database.db, 'test');
    await seedAreasIfEmpty(ctx, SEED_DIR);
    await importAddresses(ctx, { file: BAG, municipality: GM, source: 'bag' });
    a = (await places(database, 1))[0]!;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-enforcement-'));
  });
  after(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, lines: string[]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, `${lines.join('\n')}\n`);
    return p;
  };
  const count = async () =>
    Number(
      (
        await database.db
          .selectFrom('enforcement_registrations')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports the example file (x,y, lat,lon and a BAG address); a re-import adds nothing', async () => {
    const s = await importEnforcement(ctx, GM, { file: EXAMPLE });
    assert.deepEqual([s.rowsRead, s.imported, s.unchanged, s.quarantined, s.problems], [4, 4, 0, 0, []]);
    const rows = await database.db.selectFrom('enforcement_registrations').selectAll().orderBy('source_ref').execute();
    assert.deepEqual(
      rows.map((r) => [r.source_ref, r.kind, r.feit_code, r.buurt_code !== null]),
      [
        ['BOA-2025-0001', 'warning', 'APV 2:48', true],
        ['BOA-2025-0002', 'fine', 'APV 2:48', true],
        ['BOA-2025-0003', 'fine', 'APV 5:6', true],
        ['BOA-2025-0004', 'report', 'R397', true],
      ],
    );
    assert.equal(rows[0]!.occurred_at.toISOString(), '2025-06-14T20:15:00.000Z', '22:15 summer time in Dordrecht');
    assert.equal(Number(rows[2]!.lat).toFixed(4), '51.8165', 'placed on the BAG point of 3311AB 12');
    const seen: { rows: number; bytes: number; totalBytes: number }[] = [];
    const again = await importEnforcement(ctx, GM, { file: EXAMPLE, onProgress: (p) => seen.push(p) });
    assert.deepEqual([again.imported, again.unchanged, await count()], [0, 4, 4]);
    const size = fs.statSync(EXAMPLE).size;
    assert.deepEqual(
      seen,
      [
        { rows: 0, bytes: size, totalBytes: size },
        { rows: 4, bytes: size, totalBytes: size },
      ],
      'progress for the import job: read, then checked and placed',
    );
  });

  it('mixed file: good rows stored, each bad row quarantined and reported as FILE:ROW: reason (Dutch)', async () => {
    const before = await count();
    const mixed = file('mixed.csv', [
      'datum,tijd,feitcode,omschrijving,soort,x,y,lat,lon',
      `2025-03-03,09:15,APV 2:48,,waarschuwing,${a.x},${a.y},,`,
      `2025-03-03,09:15,!!,,waarschuwing,${a.x},${a.y},,`,
      '2025-03-03,09:15,APV 2:48,,boete,,,52.3731,4.8922',
      `gisteren,09:15,APV 2:48,,boete,${a.x},${a.y},,`,
      `2025-03-03,09:15,APV 2:48,,berisping,${a.x},${a.y},,`,
      `2025-03-03,09:15,APV 2:48,,waarschuwing,${a.x},${a.y},,`,
    ]);
    const s = await importEnforcement(ctx, GM, { file: mixed, label: 'mixed.csv' });
    assert.deepEqual([s.rowsRead, s.imported, s.quarantined], [6, 2, 4], 'two identical registrations without kenmerk are two rows');
    const text = formatEnforcementSummary(s);
    assert.match(text, /^mixed\.csv:3: feitcode '!!' is geen APV-artikel/m);
    assert.match(text, /^mixed\.csv:4: de plaats \(52\.3731, 4\.8922\) ligt buiten de gemeente GM0505$/m);
    assert.match(text, /^mixed\.csv:5: datum 'gisteren' is geen datum/m);
    assert.match(text, /^mixed\.csv:6: soort 'berisping' is onbekend/m);
    assert.equal(await count(), before + 2);
    const quarantined = await database.db
      .selectFrom('enforcement_quarantine')
      .select(['line', 'reason'])
      .where('import_id', '=', s.importId!)
      .orderBy('line')
      .execute();
    assert.deepEqual(
      quarantined.map((q) => q.line),
      [3, 4, 5, 6],
    );
    const run = await database.db.selectFrom('enforcement_imports').selectAll().where('id', '=', s.importId!).executeTakeFirstOrThrow();
    assert.deepEqual([run.rows_read, run.rows_imported, run.rows_quarantined, run.mode], [6, 2, 4, 'quarantine']);
    const again = await importEnforcement(ctx, GM, { file: mixed, label: 'mixed.csv' });
    assert.deepEqual([again.imported, again.unchanged], [0, 2], 'the hashed references are stable');
  });

  it('--strict stores nothing when any row is bad; --dry-run counts and stores nothing', async () => {
    const before = await count();
    const bad = file('strict.csv', [
      'kenmerk;tijdstip;feitcode;soort;x;y',
      `S-1;2025-05-01T10:00;F601;boete;${a.x};${a.y}`,
      `S-2;2025-05-01T10:00;F601;boete;1;2`,
    ]);
    await assert.rejects(
      () => importEnforcement(ctx, GM, { file: bad, label: 'strict.csv', strict: true }),
      (err: AppError) => err.type === 'import-rejected' && /strict\.csv:3: x '1', y '2' zijn geen RD-coördinaten/.test(err.message),
    );
    assert.equal(await count(), before);
    const dry = await importEnforcement(ctx, GM, { file: bad, label: 'strict.csv', dryRun: true });
    assert.deepEqual([dry.imported, dry.quarantined, dry.importId, await count()], [1, 1, null, before]);
  });

  it('refuses a file with columns that look like personal data, naming them', async () => {
    const before = await count();
    const personal = file('personal.csv', ['datum;feitcode;soort;x;y;Kenteken;naam', `2025-05-01;F601;boete;${a.x};${a.y};12-AB-3;Jan`]);
    await assert.rejects(
      () => importEnforcement(ctx, GM, { file: personal, label: 'personal.csv' }),
      (err: AppError) => err.type === 'invalid-file' && /'Kenteken', 'naam' lijken persoonsgegevens/.test(err.message),
    );
    const missing = file('missing.csv', ['datum;soort;x;y', `2025-05-01;boete;${a.x};${a.y}`]);
    await assert.rejects(
      () => importEnforcement(ctx, GM, { file: missing }),
      (err: AppError) => err.status === 400 && /kolommen ontbreken: feitcode/.test(err.message),
    );
    assert.equal(await count(), before);
  });
});
