/** `import signals` for the fuzzer: a small export of reports inside Dordrecht, as JSON and as CSV. */
import { importSignals, mappingSchema } from '../../../src/modules/signals/import/import-service.ts';
import { mutateBase, num, type BaseFile, type FuzzCase, type Importer } from '../importer.ts';
import { jsonMutations } from '../mutate-json.ts';
import { anyTextMutations, csvMutations } from '../mutate-text.ts';

/** Points inside Dordrecht buurten (from the incident fixtures). */
const POINTS: [number, number][] = [
  [51.8164917, 4.6614726],
  [51.8148023, 4.6634983],
  [51.7849298, 4.6580385],
  [51.8025273, 4.6840341],
  [51.7977647, 4.6406169],
];

export const SIGNAL_MAPPING = {
  source: 'fuzz-signals',
  fields: {
    id: 'id',
    createdAt: 'created_at',
    category: 'category',
    subcategory: 'subcategory',
    lat: 'lat',
    lon: 'lon',
    address: 'address',
    status: 'status',
    description: 'text',
  },
  categories: { 'afval/*': 'afval-dumping', 'overlast/geluid': 'geluidsoverlast-personen' },
  defaultCategory: 'overig-overig',
  statuses: { open: 'accepted', klaar: 'done' },
};

function reports(): Record<string, string | number>[] {
  return Array.from({ length: 8 }, (_, i) => ({
    id: `R-${i + 1}`,
    created_at: `2025-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:15:00+01:00`,
    category: i % 2 ? 'afval' : 'overlast',
    subcategory: i % 2 ? 'dumping' : 'geluid',
    lat: POINTS[i % POINTS.length]![0],
    lon: POINTS[i % POINTS.length]![1],
    address: `Proefstraat ${i + 1}`,
    status: i % 3 ? 'open' : 'klaar',
    text: `Melding ${i + 1}: overlast bij de speeltuin`,
  }));
}

export function signalBases(): BaseFile[] {
  const rows = reports();
  const keys = Object.keys(rows[0]!);
  const csv = `${[keys.join(';'), ...rows.map((r) => keys.map((k) => String(r[k])).join(';'))].join('\n')}\n`;
  return [
    { fileName: 'meldingen.json', text: JSON.stringify(rows, null, 1), kind: 'json' },
    { fileName: 'meldingen.csv', text: csv, kind: 'csv' },
  ];
}

export const signalsImporter: Importer = {
  name: 'signals',
  run: (ctx, file, o) =>
    importSignals(ctx, 'GM0505', file, mappingSchema.parse({ ...SIGNAL_MAPPING, source: o.source ?? SIGNAL_MAPPING.source })),
  cli: (file, o) => ['import', 'signals', file, '--mapping', String(o.mappingFile)],
  async check(summary, _o, delta) {
    const s = summary as { rowsRead: number; inserted: number; alreadyPresent: number; rejected: unknown[]; [k: string]: unknown };
    const skipped = Object.entries(s)
      .filter(([k, v]) => /^(outside|skipped)/i.test(k) && typeof v === 'number')
      .reduce((a, [, v]) => a + (v as number), 0);
    if (num(s.rowsRead) !== s.inserted + s.alreadyPresent + s.rejected.length + skipped) {
      return `rows read ${s.rowsRead} ≠ imported ${s.inserted} + already present ${s.alreadyPresent} + rejected ${s.rejected.length} + skipped ${skipped}`;
    }
    if (s.rejected.length) return `${s.rejected.length} rows rejected but the others imported (a partial import)`;
    if (delta('signals') !== s.inserted) return `signals grew by ${delta('signals')}, the report says ${s.inserted} imported`;
    if (delta('signal_history') !== s.inserted) return `signal_history grew by ${delta('signal_history')} for ${s.inserted} reports`;
    return null;
  },
  async generate(rng) {
    const base = rng.pick(signalBases());
    const pool = base.kind === 'json' ? { ...anyTextMutations, ...jsonMutations } : { ...anyTextMutations, ...csvMutations };
    return mutateBase('signals', base, rng, pool, { source: `fuzz-s${rng.int(3)}` });
  },
  async targeted() {
    const rows = reports();
    const json = (name: string, value: unknown, message: RegExp): FuzzCase => ({
      importer: 'signals',
      name: `targeted: ${name}`,
      fileName: 'meldingen.json',
      bytes: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
      options: { source: 'fuzz-t' },
      expect: { outcome: 'rejected', message },
    });
    return [
      json('not JSON', '[{"id": "R-1", "created_at": ', /meldingen\.json: not readable JSON/),
      json('an element that is not an object', [rows[0], null, 42], /meldingen\.json:2 .*not an object/),
      json(
        'a bad date among good rows: nothing imported',
        [rows[0], { ...rows[1], created_at: 'gisteren' }],
        /meldingen\.json:2 column created_at: 'gisteren' is not/,
      ),
      json('duplicate id', [rows[0], rows[0]], /meldingen\.json:2 column id: duplicate id 'R-1' \(first on line 1\)/),
      json('NUL in the description', [{ ...rows[0], text: 'a\u0000b' }], /meldingen\.json:1 .*NUL/),
      json(
        'a date in year 275760',
        [{ ...rows[0], created_at: '+275760-09-13T00:00:00Z' }],
        /meldingen\.json:1 column created_at: '\+275760-09-13T00:00:00Z' is not an ISO 8601 time/,
      ),
      json(
        'a date in 2999',
        [{ ...rows[0], created_at: '2999-01-01T00:00:00Z' }],
        /meldingen\.json:1 column created_at: .*lies before 1900 or in the future/,
      ),
      json('latitude beyond 90', [{ ...rows[0], lat: 123 }], /meldingen\.json:1 column lat: /),
      json('an object as the id', [{ ...rows[0], id: { a: 1 } }], /meldingen\.json:1 column id: /),
      {
        importer: 'signals',
        name: 'targeted: CSV row with a missing field',
        fileName: 'meldingen.csv',
        options: { source: 'fuzz-t' },
        bytes: Buffer.from(
          'id;created_at;category;subcategory;lat;lon;address;status;text\nR-1;2025-01-10T10:00:00Z;afval;dumping;51.81;4.66;Straat 1;open\n',
        ),
        expect: { outcome: 'rejected', message: /meldingen\.csv:2: .*(fields|columns)/ },
      },
    ];
  },
};
