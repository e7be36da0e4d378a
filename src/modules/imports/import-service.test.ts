/** The one import service: a job per kind on the fixture files, progress, a failed job that keeps what was stored, restarts. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../core/config.ts';
import { systemContext, type ServiceContext } from '../../core/context.ts';
import type { AppError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { openIncidentTestDatabase } from '../../../test/fixtures/incidents/setup.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { importNow } from './import-service.ts';
import { ImportRunner } from './job-runner.ts';
import { findJob, insertJob } from './job-store.ts';
import type { ImportProgress } from './kinds.ts';

const GM = 'GM0505';
const at = (...p: string[]) => path.join(projectRoot, ...p);
const CBS_HEADER =
  '"","SoortMisdrijf","SoortMisdrijf_label","WijkenEnBuurten","WijkenEnBuurten_label","Perioden","Perioden_Date","Perioden_freq","Perioden_label","GeregistreerdeMisdrijven_1","Gemeentenaam_2","SoortRegio_3"';
const cbsRow = (area: string, count: number) =>
  `"1","0.0.0 ","Totaal misdrijven","${area}","naam","2023JJ00",2023-01-01,"Y","2023",${count},"X","Buurt"`;

function tempFile(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sv-imports-')), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('import service (jobs over the owning modules’ imports)', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase({ crimeTypes: true }));
  });
  after(async () => database.close());

  const jobsOf = (kind: string) => database.db.selectFrom('import_jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();

  it('runs every kind on its fixture as a job and keeps the CLI’s report with it', async () => {
    const runs: [string, string, Record<string, unknown>, RegExp][] = [
      ['areas', at('data/gm0505/cbs_wijkbuurtkaart_2020_dordrecht_buurten_rd.csv'), { replace: true }, /areas of GM0505, vintage 2020/],
      ['addresses', at('test/fixtures/geocoder/bagadres-dordrecht.csv'), { source: 'bag' }, /7 rows read, 5 address points stored/],
      ['incidents', at('test/fixtures/incidents/events-rd.csv'), { source: 'rd' }, /rows read, \d+ stored, 0 unchanged/],
      [
        'cbs-crime',
        at('data/gm0505/politie_cbs_47018NED_2023_totaal_misdrijven_dordrecht_buurten.csv'),
        { areaYear: 2020, quarantine: true },
        /132 rows read, \d+ stored, 0 of other municipalities skipped, 4 quarantined/,
      ],
      ['survey', at('test/fixtures/perception/synthetic-survey-2023.csv'), { source: 'Enquête 2023' }, /\(Enquête 2023\): \d+ rows read/],
    ];
    for (const [kind, file, options, text] of runs) {
      const report = await importNow(ctx, GM, { kind, options, file });
      assert.match(report.text, text, kind);
      assert.ok(report.counts.rowsRead > 0, kind);
      const [job] = await jobsOf(kind);
      assert.equal(job?.status, 'done', kind);
      assert.equal(job?.file_name, path.basename(file));
      assert.equal(job?.file_bytes, fs.statSync(file).size);
      assert.deepEqual((job?.report as { counts: unknown } | undefined)?.counts, report.counts, kind);
      assert.ok(job?.started_at && job.finished_at);
    }
    const logged = await database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'imports.run')
      .execute();
    assert.ok(logged.length >= 10, 'every job is logged when queued and when it ends');
  });

  it('runs a signals import (the Assen export, on a database without Dordrecht’s areas)', async () => {
    const fresh = await openTestDatabase();
    try {
      const file = at('test/fixtures/signals/assen-meldingen.json');
      const mapping = JSON.parse(fs.readFileSync(at('test/fixtures/signals/assen-mapping.json'), 'utf8'));
      const report = await importNow(systemContext(fresh.db, 'test'), GM, { kind: 'signals', options: { mapping }, file });
      assert.match(report.text, /^.*assen-meldingen\.json: 3024 rows read, 3024 imported, 0 already present/);
      assert.deepEqual(report.counts, { rowsRead: 3024, imported: 3024, unchanged: 0, skipped: 0, quarantined: 0, rejected: 0 });
    } finally {
      await fresh.close();
    }
  });

  it('reports progress while reading, and keeps the rows read with the job', async () => {
    const lines = [CBS_HEADER, ...Array.from({ length: 2500 }, (_, i) => cbsRow(`BU0999${String(i).padStart(4, '0')}`, 1))];
    lines.push(cbsRow('BU05050100', 7));
    const seen: ImportProgress[] = [];
    const report = await importNow(ctx, GM, {
      kind: 'cbs-crime',
      options: { areaYear: 2020, table: 'progress' },
      file: tempFile('47018NED_progress.csv', lines.join('\n')),
      onProgress: (p) => seen.push(p),
    });
    assert.deepEqual(
      seen.map((p) => p.rows),
      [1000, 2000],
    );
    assert.equal(report.counts.rowsRead, 2501);
    assert.equal(report.counts.skipped, 2500);
    const jobs = await jobsOf('cbs-crime');
    assert.equal(jobs.at(-1)?.rows_read, 2501);
  });

  it('fails a job on a bad file with the rejected rows, and keeps what was stored before', async () => {
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom('incidents')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      );
    const before = await count();
    assert.ok(before > 0);
    await assert.rejects(
      importNow(ctx, GM, { kind: 'incidents', options: { source: 'bad' }, file: at('test/fixtures/incidents/events-bad.csv') }),
      (err: AppError) => err.type === 'import-rejected',
    );
    assert.equal(await count(), before);
    const job = (await jobsOf('incidents')).at(-1)!;
    assert.equal(job.status, 'failed');
    const failure = job.error as { type: string; detail: string; rows: { line: number; column?: string; reason: string }[] };
    assert.equal(failure.type, 'import-rejected');
    assert.match(failure.detail, /^events-bad\.csv: \d+ bad row\(s\); nothing was stored/);
    assert.ok(failure.rows.some((r) => r.line === 3 && r.column === 'type'));
  });

  it('refuses options a kind does not know, before a job is made', async () => {
    const n = (await jobsOf('survey')).length;
    await assert.rejects(
      importNow(ctx, GM, {
        kind: 'survey',
        options: { quarantine: 'yes' },
        file: at('test/fixtures/perception/synthetic-survey-2023.csv'),
      }),
      (err: AppError) => err.type === 'invalid-input' && /options\.quarantine/.test(err.message),
    );
    await assert.rejects(importNow(ctx, GM, { kind: 'pictures', options: {}, file: at('README.md') }), /Unknown kind of import/);
    assert.equal((await jobsOf('survey')).length, n);
  });

  it('marks jobs a stopped server left behind as failed with a reason when a server starts', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-imports-runner-'));
    const left = await insertJob(database.db, {
      gemeente: GM,
      kind: 'incidents',
      fileName: 'groot.csv',
      fileBytes: 10,
      options: {},
      createdBy: 'user:x',
      runner: 'old-server',
    });
    await database.db.updateTable('import_jobs').set({ status: 'running' }).where('id', '=', left.id).execute();
    const runner = new ImportRunner(database.db, dataDir, () => undefined);
    await runner.start(true);
    const job = await findJob(database.db, GM, left.id);
    assert.equal(job?.status, 'failed');
    assert.match(
      (job?.error as { detail: string } | undefined)?.detail ?? '',
      /server stopped or restarted while this import waited or ran/,
    );
    await runner.stop();
  });
});
