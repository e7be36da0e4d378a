/**
 * Bad files through the real `stadsveilig import …` processes (one or two per import command): exit
 * code 1, nothing on stdout, a readable message on stderr that starts with the file and names the
 * line, no stack trace — and afterwards every import table exactly as before.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../src/core/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';
import { tableState, type TableState } from './db-state.ts';
import type { FuzzCase, ImporterName } from './importer.ts';
import { importers } from './importers/index.ts';
import { SIGNAL_MAPPING, signalBases } from './importers/signals.ts';

const RD_CSV = path.join(projectRoot, 'data/gm0505/cbs_wijkbuurtkaart_2020_dordrecht_buurten_rd.csv');

/** The targeted case of `importer` whose name contains `name`. */
async function targeted(importer: ImporterName, name: string): Promise<FuzzCase> {
  const c = (await importers[importer].targeted()).find((t) => t.name.includes(name));
  assert.ok(c, `${importer}: ${name}`);
  return c;
}

describe('import commands refuse bad files in one readable message and change nothing', () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let url: string | undefined;
  let cleanup: () => Promise<void>;
  let mappingFile: string;

  const state = async (): Promise<TableState> => {
    const database = await openDatabase(url ? { engine: 'postgres', url } : { engine: 'embedded', dataDir: path.join(dir, 'data') });
    try {
      return await tableState(database.db);
    } finally {
      await database.close();
    }
  };
  const ok = async (args: string[]) => {
    const r = await runCli(args, { env });
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-import-cli-'));
    const fresh = await freshDatabaseUrl();
    url = fresh?.url;
    env = fresh
      ? { DATABASE_URL: fresh.url, STADSVEILIG_MUNICIPALITY: 'GM0505' }
      : { DATABASE_URL: undefined, STADSVEILIG_DATA_DIR: path.join(dir, 'data'), STADSVEILIG_MUNICIPALITY: 'GM0505' };
    cleanup = async () => {
      await fresh?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
    mappingFile = path.join(dir, 'mapping.json');
    fs.writeFileSync(mappingFile, JSON.stringify(SIGNAL_MAPPING));
    // One good import of each kind first, so the lookups they seed on first use (crime types, categories, indicators) are in place.
    await ok(['import', 'areas', RD_CSV]);
    await ok(['import', 'incidents', path.join(projectRoot, 'test/fixtures/incidents/events-rd.csv')]);
    await ok(['import', 'survey', path.join(projectRoot, 'test/fixtures/perception/synthetic-survey-2023.csv')]);
    const goodFile = path.join(dir, 'good-meldingen.json');
    fs.writeFileSync(goodFile, signalBases()[0]!.text);
    await ok(['import', 'signals', goodFile, '--mapping', mappingFile]);
  });
  after(async () => cleanup());

  it('one bad file per import command: exit 1, the file and line on stderr, no stack trace, no change', async () => {
    const cases: [FuzzCase, RegExp][] = [
      [await targeted('areas', 'unclosed ring'), /^stadsveilig: buurten\.geojson, row 1: ring 1 is not closed/],
      [
        await targeted('cbs-crime', 'the same area, type and period twice'),
        /^stadsveilig: cbs_47018NED_fuzz\.csv: 1 bad row\(s\); nothing was stored\. .*\n {2}cbs_47018NED_fuzz\.csv:4 column WijkenEnBuurten: same /,
      ],
      [
        await targeted('incidents', 'Latin-1'),
        /^stadsveilig: events\.csv:2: is not valid UTF-8 \(byte 0xE9; Latin-1 or Windows-1252\?\): save it as UTF-8\n$/,
      ],
      [await targeted('incidents', 'NUL byte in a cell'), /^stadsveilig: events\.csv:2: holds a NUL byte/],
      [
        await targeted('signals', 'a bad date among good rows'),
        /^stadsveilig: meldingen\.json: 1 bad row\(s\); nothing was stored\. Fix them and import again\.\n {2}meldingen\.json:2 column created_at: 'gisteren' is not an ISO 8601 time/,
      ],
      [
        await targeted('survey', 'unclosed quote'),
        /^stadsveilig: survey\.csv:2: a quoted field is not closed \(a stray double quote\?\)\n$/,
      ],
      [
        await targeted('addresses', 'Infinity coordinates'),
        /^stadsveilig: addresses\.csv: 1 bad row\(s\); .*\n {2}addresses\.csv:2 column x: x 'Infinity', y '425568\.83' are not RD New metres/,
      ],
    ];
    const before = await state();
    for (const [c, message] of cases) {
      const file = path.join(dir, c.fileName);
      fs.writeFileSync(file, c.bytes);
      const r = await runCli(importers[c.importer].cli(file, { ...c.options, mappingFile }), { env });
      assert.equal(r.code, 1, `${c.importer} ${c.name}: exit ${r.code}, ${r.stderr}`);
      assert.equal(r.stdout, '', `${c.importer} ${c.name}`);
      assert.match(r.stderr, message, `${c.importer} ${c.name}`);
      assert.doesNotMatch(r.stderr, /^\s+at /m, `${c.importer} ${c.name}: no stack trace`);
    }
    assert.deepEqual(await state(), before);
  });
});
