import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../core/config.ts';
import { RD_CSV } from '../../../test/fixtures/areas/seeded-database.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-areas-cli-'));

/** Runs the real `stadsveilig` command on an embedded database in a temporary data directory. */
function stadsveilig(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, STADSVEILIG_DATA_DIR: dataDir, STADSVEILIG_LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [path.join(projectRoot, 'bin/stadsveilig.js'), ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('stadsveilig import areas', () => {
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('imports the shipped RD CSV and prints vintage, counts, population and areas without polygon', () => {
    const run = stadsveilig('import', 'areas', RD_CSV);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Imported areas of GM0505, vintage 2020 \(source CRS EPSG:28992\)/);
    assert.match(run.stdout, /gemeente 1, wijken 14, buurten 130/);
    assert.match(run.stdout, /population \(sum of buurten\): 119,030/);
    assert.match(run.stdout, /areas without polygon: none/);
  });

  it('ends a bad import with one line naming file and row, and a non-zero exit code', () => {
    const bad = path.join(dataDir, 'bad.geojson');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { bu_code: 'BU05050100' }, geometry: { type: 'Point', coordinates: [4.6, 51.8] } }],
      }),
    );
    const run = stadsveilig('import', 'areas', bad, '--year', '2021');
    assert.equal(run.status, 1, `stdout: ${run.stdout}\nstderr: ${run.stderr}`);
    assert.equal(run.stdout, '');
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('stadsveilig:'));
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /^stadsveilig: bad\.geojson, row 1: geometry must be a Polygon or MultiPolygon/);
    const again = stadsveilig('import', 'areas', RD_CSV, '--year', '20x0');
    assert.equal(again.status, 1, again.stderr);
    assert.match(again.stderr, /--year must be a four-digit year/);
  });
});
