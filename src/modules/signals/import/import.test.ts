/** Import of the Assen export (not Dordrecht data) and the analysis view of imported reports. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { systemContext } from '../../../core/context.ts';
import { createSignalsApp } from '../../../../test/fixtures/signals/signals-app.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { signalEvents } from '../figures/analysis-export.ts';
import { importSignals, mappingSchema } from './import-service.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/signals');

describe('signals import', () => {
  let t: TestApp;
  before(async () => {
    t = await createSignalsApp({}, false);
  });
  after(async () => t.close());

  it('maps categories, keeps times and points, and exposes them for analysis', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const mapping = mappingSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtures, 'assen-mapping.json'), 'utf8')));
    const r = await importSignals(ctx, 'GM0505', path.join(fixtures, 'assen-meldingen.json'), mapping);
    assert.equal(r.inserted, 3024);
    assert.equal(r.rejected.length, 0);
    const dumping = await t.database.db
      .selectFrom('signals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('category_slug', '=', 'afval-dumping')
      .executeTakeFirstOrThrow();
    assert.ok(Number(dumping.n) > 600, 'Assen afval/* → afval-dumping');
    const ev = await signalEvents(ctx, 'GM0505', { categories: ['openbare-ruimte'] });
    assert.ok(ev.count > 1500);
    assert.ok(
      ev.x.every((x) => x > 200_000 && x < 260_000),
      'Assen lies around RD x 235 km',
    );
    assert.ok(ev.time[0]! < ev.time[ev.count - 1]!);
    assert.equal(new Date((await signalEvents(ctx, 'GM0505')).time[0]!).toISOString().slice(0, 10), '2025-04-30');
    const csvFile = path.join(fixtures, '..', '..', '..', 'tmp-import-test.csv');
    fs.writeFileSync(
      csvFile,
      'nr;datum;hoofd;lat;lon;status\nA1;2026-01-05T10:00:00Z;drugs;51.81;4.67;open\nA2;geen-datum;drugs;51.81;4.67;open\n',
    );
    try {
      const csvMapping = mappingSchema.parse({
        source: 'csv-test',
        fields: { id: 'nr', createdAt: 'datum', category: 'hoofd', lat: 'lat', lon: 'lon', status: 'status' },
        categories: { 'drugs/*': 'drugshandel' },
        defaultCategory: 'overig-overig',
        statuses: { open: 'accepted' },
      });
      await assert.rejects(
        importSignals(ctx, 'GM0505', csvFile, csvMapping),
        /tmp-import-test\.csv:3 column datum: 'geen-datum' is not an ISO 8601 time/,
        'one bad row rejects the file',
      );
      assert.equal(
        await t.database.db.selectFrom('signals').select('id').where('source_id', '=', 'csv-test:A1').executeTakeFirst(),
        undefined,
        'nothing of it stored',
      );
      fs.writeFileSync(csvFile, 'nr;datum;hoofd;lat;lon;status\nA1;2026-01-05T10:00:00Z;drugs;51.81;4.67;open\n');
      const csv = await importSignals(ctx, 'GM0505', csvFile, csvMapping);
      assert.equal(csv.inserted, 1);
      assert.equal(csv.rejected.length, 0);
      const row = await t.database.db.selectFrom('signals').selectAll().where('source_id', '=', 'csv-test:A1').executeTakeFirstOrThrow();
      assert.equal(row.status, 'accepted');
      assert.equal(row.category_slug, 'drugshandel');
      // A category or status named like an Object property is not in the mapping: the defaults, no crash.
      fs.writeFileSync(csvFile, 'nr;datum;hoofd;lat;lon;status\nA2;2026-01-06T10:00:00Z;constructor;51.81;4.67;toString\n');
      assert.equal((await importSignals(ctx, 'GM0505', csvFile, csvMapping)).inserted, 1);
      const odd = await t.database.db.selectFrom('signals').selectAll().where('source_id', '=', 'csv-test:A2').executeTakeFirstOrThrow();
      assert.equal(odd.category_slug, 'overig-overig');
      assert.equal(odd.status, csvMapping.defaultStatus);
    } finally {
      fs.rmSync(csvFile, { force: true });
    }
  });
});
