import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fixturePath as f } from '../../../../test/fixtures/analysis/load.ts';
import { runCli } from '../../../../test/helpers/run-cli.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sv-stats-'));
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
};

test('stats moran, local-g, local-moran, knox and aoristic print the documented results', async () => {
  const aoristicFile = file('ao.csv', 'start,end\n2024-01-01T10:50,2024-01-01T11:20\n2024-01-07T23:30,\n');
  const [moran, g, lm, knox, ao] = await Promise.all([
    runCli([
      'stats',
      'moran',
      '--data',
      f('stl_hom.csv'),
      '--column',
      'HR8893',
      '--weights',
      f('stl.gal'),
      '--permutations',
      '99',
      '--seed',
      '3',
    ]),
    runCli([
      'stats',
      'local-g',
      '--data',
      f('sids2.csv'),
      '--column',
      'SIDR74',
      '--id',
      'FIPSNO',
      '--weights',
      f('sids2.gal'),
      '--star',
      '--transform',
      'b',
      '--permutations',
      '99',
      '--format',
      'csv',
    ]),
    runCli(['stats', 'local-moran', '--data', f('desmith.csv'), '--column', 'z', '--weights', f('desmith.gal'), '--permutations', '99']),
    runCli([
      'stats',
      'knox',
      '--events',
      f('chicago_be_month1.csv'),
      '--space-bands',
      '0,1,100,200,300,inf',
      '--time-bands',
      '0,7,14,21,inf',
      '--permutations',
      '19',
    ]),
    runCli(['stats', 'aoristic', '--events', aoristicFile]),
  ]);
  for (const r of [moran, g, lm, knox, ao]) assert.equal(r.code, 0, r.stderr);
  const m = JSON.parse(moran.stdout) as Record<string, number>;
  assert.deepEqual(Object.keys(m), ['i', 'ei', 'zNorm', 'pNorm', 'zRand', 'pRand', 'pSim']);
  assert.ok(Math.abs(m.i! - 0.24365582621771659) < 1e-9); // esda test_moran.py
  const lines = g.stdout.trim().split('\n');
  assert.equal(lines[0], 'id,g,z,p,pSim');
  assert.equal(lines.length, 101);
  assert.match(lines[1]!, /^37009,/);
  const local = JSON.parse(lm.stdout) as { id: string; quadrant: string; pSim: number }[];
  assert.deepEqual(local.map((r) => r.quadrant).join(' '), 'HL HL HL LH LL LL HH HL LL LL'); // esda Moran_Local docstring q
  const k = JSON.parse(knox.stdout) as { observed: number[][]; p: number[][]; spaceBands: unknown[] };
  assert.deepEqual(k.observed[0], [28, 5, 5, 2]); // NearRepeat NRC vignette
  assert.deepEqual(k.spaceBands, [0, 1, 100, 200, 300, 'inf']);
  assert.equal(k.p.length, 5);
  const profile = JSON.parse(ao.stdout) as number[];
  assert.equal(profile.length, 168);
  assert.ok(Math.abs(profile[10]! - 1 / 3) < 1e-12 && profile[167] === 1);
});

test('bad input ends with one clear line and a non-zero exit', async () => {
  const asym = file('asym.gwt', '0 3 x ID\n1 2 1\n2 1 1\n2 3 1\n');
  const d3 = file('d3.csv', 'ID,v\n1,1\n2,2\n3,x\n');
  const cases: [string[], RegExp][] = [
    [['stats', 'moran', '--data', f('stl_hom.csv'), '--column', 'NOPE', '--weights', f('stl.gal')], /stl_hom\.csv: no column 'NOPE'/],
    [
      ['stats', 'local-g', '--data', d3, '--column', 'v', '--id', 'ID', '--weights', asym],
      /d3\.csv: row 4, column 'v': 'x' is not a number/,
    ],
    [
      ['stats', 'local-g', '--data', file('d3ok.csv', 'ID,v\n1,1\n2,2\n3,3\n'), '--column', 'v', '--id', 'ID', '--weights', asym],
      /asym\.gwt: weights are not symmetric/,
    ],
    [
      ['stats', 'local-moran', '--data', file('two.csv', 'ID,v\n1,1\n2,2\n'), '--column', 'v', '--id', 'ID', '--weights', f('desmith.gal')],
      /desmith\.gal: id "3" in the weights is not in the data/,
    ],
    [
      ['stats', 'knox', '--events', f('chicago_be_month1.csv'), '--space-bands', '0,100,50', '--time-bands', '0,7'],
      /--space-bands must be/,
    ],
    [['stats', 'aoristic', '--events', file('bad-ao.csv', 'start,end\n2024-01-01T10:00,2024-01-01T09:00\n')], /row 2: end is before start/],
    [
      ['stats', 'aoristic', '--events', file('gap.csv', 'start,end\n2024-01-01T10:00,\n2024-03-31T02:30,2024-03-31T04:00\n')],
      /gap\.csv: row 3, column 'start': '2024-03-31T02:30' does not exist in Amsterdam/,
    ],
    [
      ['stats', 'aoristic', '--events', file('repeat.csv', 'start,end\n2024-10-27T02:50,2024-10-27T02:10\n')],
      /repeat\.csv: row 2: end is before start \(in the repeated autumn hour, give the offset/,
    ],
  ];
  const results = await Promise.all(cases.map(([args]) => runCli(args)));
  results.forEach((r, k) => {
    assert.notEqual(r.code, 0);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, cases[k]![1]);
  });
});

test('aoristic --help says the output starts on Monday 00:00 and how clock changes are read', async () => {
  const r = await runCli(['stats', 'aoristic', '--help']);
  assert.match(r.stdout, /Monday 00:00/);
  assert.match(r.stdout, /real elapsed minutes/);
  assert.match(r.stdout, /02:00–03:00 does not exist; such a time is refused/);
  assert.match(r.stdout, /2024-10-27T02:10\+01:00 for the second/);
});

test('aoristic across the October clock change: offsets express the repeated hour (hand computed)', async () => {
  // 02:50+02:00 → 02:10+01:00 is 20 real minutes in Sunday 02:00 (hour 146); 01:30 → 03:30 is 180 minutes: 1/6, 4/6, 1/6
  const r = await runCli([
    'stats',
    'aoristic',
    '--events',
    file('autumn.csv', 'start,end\n2024-10-27T02:50+02:00,2024-10-27T02:10+01:00\n2024-10-27T01:30,2024-10-27T03:30\n'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  const p = JSON.parse(r.stdout) as number[];
  assert.ok(
    Math.abs(p[145]! - 1 / 6) < 1e-12 && Math.abs(p[146]! - (1 + 4 / 6)) < 1e-12 && Math.abs(p[147]! - 1 / 6) < 1e-12,
    JSON.stringify(p.slice(144, 148)),
  );
});
