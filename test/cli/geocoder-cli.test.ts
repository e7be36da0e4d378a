/** `stadsveilig import addresses` end to end, and `import incidents` placing rows by postcode with it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../src/core/config.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

const BAG = path.join(projectRoot, 'test/fixtures/geocoder/bagadres-dordrecht.csv');
const RD_CSV = path.join(projectRoot, 'data/gm0505/cbs_wijkbuurtkaart_2020_dordrecht_buurten_rd.csv');
const EVENTS = path.join(projectRoot, 'test/fixtures/incidents/events-postcode.csv');

describe('stadsveilig import addresses', () => {
  let env: Record<string, string | undefined>;
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    const fresh = await freshDatabaseUrl();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-geocoder-cli-'));
    env = fresh
      ? { DATABASE_URL: fresh.url, STADSVEILIG_MUNICIPALITY: 'GM0505' }
      : { DATABASE_URL: undefined, STADSVEILIG_DATA_DIR: dir, STADSVEILIG_MUNICIPALITY: 'GM0505' };
    cleanup = async () => {
      await fresh?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
    const areas = await runCli(['import', 'areas', RD_CSV], { env });
    assert.equal(areas.code, 0, areas.stderr);
  });
  after(async () => cleanup());

  it('is listed under import', async () => {
    const r = await runCli(['import', '--help']);
    assert.match(r.stdout, /^\s+addresses \[options\] <file>/m);
  });

  it('loads a BAG extract, then places incident rows given only postcode + huisnummer', async () => {
    const before = await runCli(['import', 'incidents', EVENTS, '--source', 'pc'], { env });
    assert.equal(before.code, 1);
    assert.match(before.stderr, /events-postcode\.csv:2 column postcode: no geocoder table loaded/);

    const r = await runCli(['import', 'addresses', BAG, '--source', 'bag'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^bagadres-dordrecht\.csv \(NLExtract bagadres, source 'bag'\): 7 rows read, 5 address points stored for GM0505; skipped: 1 outside GM0505, 1 without postcode\. \d+\.\d s\.\n$/,
    );
    const again = await runCli(['import', 'addresses', BAG, '--source', 'bag'], { env });
    assert.match(again.stdout, /5 address points stored for GM0505 \(replacing the 5 of the previous load of 'bag'\)/);

    const events = await runCli(['import', 'incidents', EVENTS, '--source', 'pc'], { env });
    assert.equal(events.code, 0, events.stderr);
    assert.match(events.stdout, /1 rows read, 1 stored, 0 unchanged/);
    assert.match(events.stdout, /Placed: 1 in indeling 2020\./);
  });

  it('rejects a bad file with one line per bad row and changes nothing', async () => {
    const bad = path.join(dir, 'bad-addresses.csv');
    fs.writeFileSync(
      bad,
      'postcode,huisnummer,x,y\n3311AB,12,104959.39,425568.83\n3311AB,-1,104959.39,425568.83\n9999,2,104959.39,425568.83\n',
    );
    const r = await runCli(['import', 'addresses', bad, '--source', 'bag'], { env });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^stadsveilig: bad-addresses\.csv: 2 bad row\(s\); nothing was stored/);
    assert.match(r.stderr, /bad-addresses\.csv:3 column huisnummer: '-1' is not a house number/);
    assert.match(r.stderr, /bad-addresses\.csv:4 column postcode: '9999' is not a postcode/);
    const check = await runCli(['import', 'addresses', BAG, '--source', 'bag'], { env });
    assert.match(check.stdout, /replacing the 5 of the previous load/);
  });
});
