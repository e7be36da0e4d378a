/** `import incidents` and `import cbs-crime` for the fuzzer (incidents module). */
import fs from 'node:fs';
import path from 'node:path';
import { importCbsCrime } from '../../../src/modules/incidents/cbs-counts/cbs-crime-import.ts';
import { importIncidents } from '../../../src/modules/incidents/import/import-service.ts';
import { FIXTURES } from '../../fixtures/incidents/setup.ts';
import { SEED_DIR } from '../../fixtures/areas/seeded-database.ts';
import { mutateBase, num, type BaseFile, type FuzzCase, type Importer } from '../importer.ts';
import { jsonMutations } from '../mutate-json.ts';
import { anyTextMutations, csvMutations } from '../mutate-text.ts';
import type { Rng } from '../random.ts';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const MAPPING = path.join(FIXTURES, 'politie-mapping.json');

const eventBases = (): BaseFile[] => [
  { fileName: 'events-rd.csv', text: read(path.join(FIXTURES, 'events-rd.csv')), kind: 'csv' },
  { fileName: 'events-quoted.csv', text: read(path.join(FIXTURES, 'events-quoted.csv')), kind: 'csv' },
  { fileName: 'events-postcode.csv', text: read(path.join(FIXTURES, 'events-postcode.csv')), kind: 'csv' },
  { fileName: 'politie-export.csv', text: read(path.join(FIXTURES, 'politie-export.csv')), kind: 'csv', options: { mapping: MAPPING } },
  { fileName: 'events-wgs84.geojson', text: read(path.join(FIXTURES, 'events-wgs84.geojson')), kind: 'json' },
];

function eventOptions(rng: Rng): Record<string, unknown> {
  // A fresh source for the parallel path: it only takes sources with nothing stored yet.
  const parallel = rng.chance(0.15);
  return { source: parallel ? `fuzz-p${rng.int(1_000_000)}` : `fuzz-${rng.int(4)}`, quarantine: rng.chance(0.4), parallel };
}

export const incidentsImporter: Importer = {
  name: 'incidents',
  run: (ctx, file, o) =>
    importIncidents(ctx, {
      file,
      municipality: 'GM0505',
      source: o.source as string,
      quarantine: Boolean(o.quarantine),
      ...(o.mapping ? { mapping: o.mapping as string } : {}),
      // The parallel path (worker threads, chunks of a few rows) on small files, for some cases.
      ...(o.parallel ? { parallel: { workers: 2, minBytes: 0, chunkBytes: 128 } } : {}),
    }),
  cli: (file, o) => [
    'import',
    'incidents',
    file,
    '--source',
    String(o.source),
    ...(o.quarantine ? ['--quarantine'] : []),
    ...(o.mapping ? ['--mapping', String(o.mapping)] : []),
  ],
  async check(summary, o, delta) {
    const s = summary as { rowsRead: number; rowsInserted: number; rowsUnchanged: number; rowsQuarantined: number; problems: unknown[] };
    if (num(s.rowsRead) !== s.rowsInserted + s.rowsUnchanged + s.rowsQuarantined)
      return `rows read ${s.rowsRead} ≠ inserted ${s.rowsInserted} + unchanged ${s.rowsUnchanged} + quarantined ${s.rowsQuarantined}`;
    if (!o.quarantine && s.rowsQuarantined) return `${s.rowsQuarantined} rows quarantined without --quarantine`;
    if (s.problems.length > 0 !== s.rowsQuarantined > 0) return `${s.problems.length} problems for ${s.rowsQuarantined} quarantined rows`;
    if (delta('incidents') !== s.rowsInserted) return `incidents grew by ${delta('incidents')}, the report says ${s.rowsInserted} inserted`;
    if (delta('incident_batches') !== 1) return `incident_batches grew by ${delta('incident_batches')}`;
    if (delta('incident_quarantine') > s.rowsQuarantined)
      return `incident_quarantine grew by ${delta('incident_quarantine')} for ${s.rowsQuarantined} quarantined rows`;
    return null;
  },
  async generate(rng) {
    const base = rng.pick(eventBases());
    const pool = base.kind === 'json' ? { ...anyTextMutations, ...jsonMutations } : { ...anyTextMutations, ...csvMutations };
    return mutateBase('incidents', base, rng, pool, eventOptions(rng));
  },
  async targeted() {
    const h = 'id,type,start,end,x,y\n';
    const row = (id: string, start = '2023-05-01T10:00', x = '104959.39', y = '425568.83', type = '1.1.1', end = '') =>
      `${id},${type},${start},${end},${x},${y}\n`;
    const c = (
      name: string,
      text: string | Buffer,
      message: RegExp,
      options: Record<string, unknown> = {},
      fileName = 'events.csv',
    ): FuzzCase => ({
      importer: 'incidents',
      name: `targeted: ${name}`,
      fileName,
      bytes: typeof text === 'string' ? Buffer.from(text) : text,
      options: { source: 'fuzz-t', ...options },
      expect: { outcome: 'rejected', message },
    });
    return [
      c('duplicate id', h + row('A') + row('A'), /events\.csv:3 column id: duplicate id 'A' \(first on line 2\)/),
      c('NUL byte in a cell', h + row('A\u0000B'), /events\.csv:2: .*NUL/),
      c('Latin-1', Buffer.from(h + row('zaak-é'), 'latin1'), /events\.csv:2: .*not valid UTF-8/),
      c('UTF-16 with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(h + row('A'), 'utf16le')]), /events\.csv: .*UTF-16/),
      c('unclosed quote at the end', `${h}${row('A')}"B,1.1.1,2023-05-01T10:00,,104959.39,425568.83\n`, /events\.csv:3: .*quote/i),
      c('NaN coordinates', h + row('A', undefined, 'NaN', 'NaN'), /events\.csv:2 column x: x 'NaN', y 'NaN' are not RD New metres/),
      c(
        'date that does not exist',
        h + row('A', '2023-02-30T10:00'),
        /events\.csv:2 column start: '2023-02-30T10:00' is not an ISO 8601 time/,
      ),
      c('huge id, quoted short', h + row('A'.repeat(300_000)), /events\.csv:2 column id: is longer than 200 characters/),
      c(
        'huge unknown type, quoted short',
        h + row('A', undefined, undefined, undefined, 'T'.repeat(300_000)),
        /events\.csv:2 column type: unknown crime type 'T{10,80}…'/,
      ),
      c(
        'GeoJSON feature that is not an object',
        '{"type":"FeatureCollection","features":[null, 3]}',
        /events\.geojson: feature 1 /,
        {},
        'events.geojson',
      ),
      c(
        'GeoJSON NUL in a property',
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [4.66, 51.81] },
              properties: { id: 'a\u0000', type: '1.1.1', start: '2023-05-01' },
            },
          ],
        }),
        /events\.geojson: feature 1\b.*NUL/,
        {},
        'events.geojson',
      ),
      c(
        'truncated GeoJSON',
        '{"type":"FeatureCollection","features":[{"type":"Feat',
        /events\.geojson: not readable JSON/,
        {},
        'events.geojson',
      ),
      c(
        'header with a quote left open, parallel path',
        `id,"type,start,end,x,y\n${row('A')}`,
        /events\.csv:1: a quoted field is not closed/,
        { parallel: true, source: 'fuzz-pt' },
      ),
      c('a NUL in a quarantined row is still refused', `${h}${row('A')}B\u0000,1.1.1,bad,,1,1\n`, /events\.csv:3: .*NUL/, {
        quarantine: true,
      }),
    ];
  },
};

const CBS_FILE = path.join(SEED_DIR, 'politie_cbs_47018NED_2023_totaal_misdrijven_dordrecht_buurten.csv');

function cbsBase(): BaseFile {
  const ls = read(CBS_FILE).split('\n');
  return { fileName: 'cbs_47018NED_fuzz.csv', text: `${ls.slice(0, 21).join('\n')}\n`, kind: 'csv' };
}

export const cbsCrimeImporter: Importer = {
  name: 'cbs-crime',
  run: (ctx, file, o) => importCbsCrime(ctx, { file, municipality: 'GM0505', quarantine: Boolean(o.quarantine) }),
  cli: (file, o) => ['import', 'cbs-crime', file, ...(o.quarantine ? ['--quarantine'] : [])],
  async check(summary, o, delta) {
    const s = summary as { rowsRead: number; rowsStored: number; rowsOutsideMunicipality: number; rowsQuarantined: number };
    if (num(s.rowsRead) !== s.rowsStored + s.rowsOutsideMunicipality + s.rowsQuarantined) {
      return `rows read ${s.rowsRead} ≠ stored ${s.rowsStored} + outside ${s.rowsOutsideMunicipality} + quarantined ${s.rowsQuarantined}`;
    }
    if (!o.quarantine && s.rowsQuarantined) return `${s.rowsQuarantined} rows quarantined without --quarantine`;
    if (delta('crime_counts') > s.rowsStored || delta('crime_counts') < 0)
      return `crime_counts grew by ${delta('crime_counts')} for ${s.rowsStored} stored rows`;
    if (delta('incident_quarantine') !== s.rowsQuarantined)
      return `incident_quarantine grew by ${delta('incident_quarantine')} for ${s.rowsQuarantined} quarantined rows`;
    if (delta('incident_batches') !== 1) return `incident_batches grew by ${delta('incident_batches')}`;
    return null;
  },
  async generate(rng) {
    return mutateBase('cbs-crime', cbsBase(), rng, { ...anyTextMutations, ...csvMutations }, { quarantine: rng.chance(0.4) });
  },
  async targeted() {
    const base = cbsBase().text.split('\n');
    const c = (name: string, text: string, message: RegExp, options: Record<string, unknown> = {}): FuzzCase => ({
      importer: 'cbs-crime',
      name: `targeted: ${name}`,
      fileName: 'cbs_47018NED_fuzz.csv',
      bytes: Buffer.from(text),
      options,
      expect: { outcome: 'rejected', message },
    });
    return [
      c(
        'the same area, type and period twice',
        [base[0], base[1], base[2], base[1]].join('\n'),
        /cbs_47018NED_fuzz\.csv:4 column .*same .* as line 2/,
      ),
      c(
        'a count beyond integer range',
        [base[0], base[1]!.replace(/,23,/, ',99999999999,')].join('\n'),
        /cbs_47018NED_fuzz\.csv:2 column GeregistreerdeMisdrijven_1: '99999999999' is not a whole number/,
      ),
      {
        ...c('duplicate with quarantine: the second is quarantined', [base[0], base[1], base[1]].join('\n'), /./, { quarantine: true }),
        expect: { outcome: 'imported' },
      },
      c('unclosed quote', `${base[0]}\n${base[1]!.slice(0, 40)}`, /cbs_47018NED_fuzz\.csv:2: .*quote/i),
    ];
  },
};
