import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/run-cli.ts';
import { freshDatabaseUrl } from '../helpers/test-database.ts';

const GOOD = [
  'name,kind,areas,contactRole,description,contactName,contactFunction,contactEmail,contactPhone',
  'Woonbron Crabbehof,housing-corporation,WK050508;BU05050801,wijkconsulent,Huurders in Crabbehof,A. Jansen,wijkconsulent,a.jansen@woonbron.example,078 123 45 67',
  'Politie Dordrecht,police,,wijkagent,,,,,',
].join('\n');

const BAD = [
  'name;kind;areas;contactName;contactEmail',
  'Politie Dordrecht;police;;;',
  'Zorgbureau;hospital;WK050508;;',
  'Sportclub;sports-club;Crabbehof;C. Claes;claes-at-home',
].join('\n');

describe('stadsveilig import partners', () => {
  const env: Record<string, string | undefined> = {};
  let dir: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-partners-'));
    env.STADSVEILIG_DATA_DIR = path.join(dir, 'data');
    const fresh = await freshDatabaseUrl();
    env.DATABASE_URL = fresh?.url;
    dropDatabase = fresh?.drop;
  });
  after(async () => {
    await dropDatabase?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it('imports new partners with their contact person and updates existing names instead of duplicating them', async () => {
    const first = await runCli(['import', 'partners', file('partners.csv', GOOD)], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /2 new \(Woonbron Crabbehof, Politie Dordrecht\)/);
    assert.match(first.stdout, /contact persons: 1 added, 0 updated/);
    const again = await runCli(['import', 'partners', file('again.csv', GOOD.replace('Woonbron Crabbehof', 'WOONBRON crabbehof'))], {
      env,
    });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 new\n/);
    assert.match(again.stdout, /2 updated \(existing name\) \(WOONBRON crabbehof, Politie Dordrecht\)/);
    assert.match(again.stdout, /contact persons: 0 added, 1 updated/);
  });

  it('rejects a file with any bad row, prints each problem as FILE:ROW: field: reason and writes nothing', async () => {
    const bad = file('bad.csv', BAD);
    const r = await runCli(['import', 'partners', bad], { env });
    assert.notEqual(r.code, 0);
    const lines = r.stderr.trim().split('\n').slice(1);
    assert.deepEqual(
      lines.map((l) => l.split(': ').slice(0, 2).join(': ')),
      [`${bad}:3: kind`, `${bad}:4: areas`, `${bad}:4: contactEmail`],
    );
    assert.match(r.stderr, /nothing was imported/);
    const good = await runCli(['import', 'partners', file('check.csv', 'name,kind\nSportclub,sports-club\nZorgbureau,care-provider\n')], {
      env,
    });
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /2 new \(Sportclub, Zorgbureau\)/, 'the rows of the rejected file were not written');
    const missing = await runCli(['import', 'partners', file('nokind.csv', 'name\nClub\n')], { env });
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /nokind\.csv:1: kind: column missing/);
  });
});
