/** `stadsveilig import enforcement` end to end: the example file, quarantine lines FILE:ROW: reason, --dry-run, --strict, personal data. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../src/core/config.ts';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

const EXAMPLE = path.join(projectRoot, 'test/fixtures/enforcement/handhaving-voorbeeld.csv');
const BAG = path.join(projectRoot, 'test/fixtures/geocoder/bagadres-dordrecht.csv');
const RD_CSV = path.join(projectRoot, 'data/gm0505/cbs_wijkbuurtkaart_2020_dordrecht_buurten_rd.csv');
// two places of the example file (in Dordrecht) and one in Amsterdam
const IN = '104959.39;425568.83';
const MIXED = [
  'kenmerk;tijdstip;feitcode;soort;x;y',
  `M-1;2025-05-02T21:30;APV 2:48;waarschuwing;${IN}`,
  'M-2;2025-05-02T21:30;APV 2:48;waarschuwing;121400;487400',
  `M-3;2025-05-02T21:30;;bekeuring;${IN}`,
  `M-4;2025-05-02T21:45;APV 2:48;bekeuring;${IN}`,
].join('\n');

describe('stadsveilig import enforcement', () => {
  let env: Record<string, string | undefined>;
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    const fresh = await freshDatabaseUrl();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-enforcement-cli-'));
    env = fresh
      ? { DATABASE_URL: fresh.url, STADSVEILIG_MUNICIPALITY: 'GM0505' }
      : { DATABASE_URL: undefined, STADSVEILIG_DATA_DIR: dir, STADSVEILIG_MUNICIPALITY: 'GM0505' };
    cleanup = async () => {
      await fresh?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
    for (const args of [
      ['import', 'areas', RD_CSV],
      ['import', 'addresses', BAG, '--source', 'bag'],
    ]) {
      const r = await runCli(args, { env });
      assert.equal(r.code, 0, r.stderr);
    }
  });
  after(async () => cleanup());
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it('imports the example file; a second run finds every row already present', async () => {
    const first = await runCli(['import', 'enforcement', EXAMPLE], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /4 regels gelezen, 4 geïmporteerd, 0 al aanwezig, 0 in quarantaine/);
    const again = await runCli(['import', 'enforcement', EXAMPLE], { env });
    assert.match(again.stdout, /4 regels gelezen, 0 geïmporteerd, 4 al aanwezig/);
  });

  it('quarantines bad rows and prints each as FILE:ROW: reason; --dry-run stores nothing; --strict refuses the file', async () => {
    const mixed = file('mixed.csv', MIXED);
    const dry = await runCli(['import', 'enforcement', mixed, '--dry-run'], { env });
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /2 zouden worden geïmporteerd, 0 al aanwezig, 2 in quarantaine \(proefrun: niets opgeslagen\)/);
    const strict = await runCli(['import', 'enforcement', mixed, '--strict'], { env });
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /2 foute regel\(s\); er is niets opgeslagen \(--strict\)/);
    assert.match(strict.stderr, new RegExp(`${mixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: feitcode is leeg`));
    const r = await runCli(['import', 'enforcement', mixed], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /4 regels gelezen, 2 geïmporteerd, 0 al aanwezig, 2 in quarantaine\.\n/);
    const lines = r.stdout.trim().split('\n').slice(1);
    assert.deepEqual(
      lines.map((l) => l.replace(mixed, 'FILE').replace(/\(.*\)/, '(…)')),
      ['FILE:3: de plaats (…) ligt buiten de gemeente GM0505', 'FILE:4: feitcode is leeg'],
    );
  });

  it('refuses a file with a personal-data column and says why', async () => {
    const r = await runCli(
      ['import', 'enforcement', file('naam.csv', `tijdstip;feitcode;soort;x;y;Achternaam\n2025-05-02T21:30;F601;boete;${IN};Jansen\n`)],
      {
        env,
      },
    );
    assert.equal(r.code, 1);
    assert.match(r.stderr, /'Achternaam' lijken persoonsgegevens te bevatten/);
  });
});
