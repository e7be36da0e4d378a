/** `import survey` (perception) and `import addresses` (geocoder) for the fuzzer. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/core/config.ts';
import { importAddresses } from '../../../src/modules/geocoder/address-import-service.ts';
import { importSurvey } from '../../../src/modules/perception/survey/survey-import.ts';
import { mutateBase, num, type BaseFile, type FuzzCase, type Importer } from '../importer.ts';
import { anyTextMutations, csvMutations } from '../mutate-text.ts';

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

const surveyBases = (): BaseFile[] => [
  { fileName: 'survey-2023.csv', text: read('test/fixtures/perception/synthetic-survey-2023.csv'), kind: 'csv' },
  {
    fileName: 'provincies.csv',
    text: read('test/fixtures/perception/veiligheidsmonitor-provincies-2015-2017.csv').split('\n').slice(0, 16).join('\n'),
    kind: 'csv',
  },
  {
    fileName: 'survey-ci.csv',
    text: 'indicatorCode,areaCode,year,value,respondents,ciLower,ciUpper\nfeels-unsafe-buurt,GM0505,2021,20.5,1500,19.0,22.0\nvictim-total,WK050501,2021,11.0,300,9.5,12.5\n',
    kind: 'csv',
  },
];

export const surveyImporter: Importer = {
  name: 'survey',
  run: (ctx, file, o) => importSurvey(ctx, { file, municipality: 'GM0505', quarantine: Boolean(o.quarantine) }),
  cli: (file, o) => ['import', 'survey', file, ...(o.quarantine ? ['--quarantine'] : [])],
  async check(summary, o, delta) {
    const s = summary as { rowsRead: number; rowsStored: number; rowsQuarantined: number };
    if (num(s.rowsRead) !== s.rowsStored + s.rowsQuarantined)
      return `rows read ${s.rowsRead} ≠ stored ${s.rowsStored} + quarantined ${s.rowsQuarantined}`;
    if (!o.quarantine && s.rowsQuarantined) return `${s.rowsQuarantined} rows quarantined without --quarantine`;
    if (delta('survey_batches') !== 1) return `survey_batches grew by ${delta('survey_batches')}`;
    if (delta('survey_quarantine') !== s.rowsQuarantined)
      return `survey_quarantine grew by ${delta('survey_quarantine')} for ${s.rowsQuarantined} rows`;
    if (delta('survey_results') < 0 || delta('survey_results') > s.rowsStored)
      return `survey_results grew by ${delta('survey_results')} for ${s.rowsStored} rows`;
    return null;
  },
  async generate(rng) {
    return mutateBase('survey', rng.pick(surveyBases()), rng, { ...anyTextMutations, ...csvMutations }, { quarantine: rng.chance(0.4) });
  },
  async targeted() {
    const h = 'indicator;area;year;value;n;margin\n';
    const c = (name: string, text: string | Buffer, message: RegExp, options: Record<string, unknown> = {}): FuzzCase => ({
      importer: 'survey',
      name: `targeted: ${name}`,
      fileName: 'survey.csv',
      bytes: typeof text === 'string' ? Buffer.from(text) : text,
      options,
      expect: { outcome: 'rejected', message },
    });
    return [
      c(
        'respondents beyond integer range',
        `${h}feels-unsafe-buurt;GM0505;2023;20,0;99999999999;1,8\n`,
        /survey\.csv:2 column n: '99999999999' is not a whole number of respondents/,
      ),
      c('unclosed quote', `${h}"feels-unsafe-buurt;GM0505;2023;20,0;2000;1,8\n`, /survey\.csv:2: .*quote/i),
      c(
        'row with too many fields',
        `${h}feels-unsafe-buurt;GM0505;2023;20,0;2000;1,8;extra\n`,
        /survey\.csv:2 column \(row\): has 7 fields, the header has 6/,
      ),
      c(
        'NUL in a cell, quarantined',
        `${h}feels-unsafe-buurt;GM0505;2023;20,0;2000;1,8\nfeels\u0000;GM0505;2023;20,0;2000;1,8\n`,
        /survey\.csv:3: .*NUL/,
        { quarantine: true },
      ),
      c(
        'UTF-16',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${h}feels-unsafe-buurt;GM0505;2023;20,0;2000;1,8\n`, 'utf16le')]),
        /survey\.csv: .*UTF-16/,
      ),
      c(
        'huge value quoted short',
        `${h}${'x'.repeat(200_000)};GM0505;2023;20,0;2000;1,8\n`,
        /survey\.csv:2 column indicator: unknown indicator 'x{10,80}…'/,
      ),
    ];
  },
};

const addressBases = (): BaseFile[] => [
  { fileName: 'bagadres.csv', text: read('test/fixtures/geocoder/bagadres-dordrecht.csv'), kind: 'csv' },
  { fileName: 'addresses-generic.csv', text: read('test/fixtures/geocoder/addresses-generic.csv'), kind: 'csv' },
];

export const addressesImporter: Importer = {
  name: 'addresses',
  run: (ctx, file, o) => importAddresses(ctx, { file, municipality: 'GM0505', source: o.source as string }),
  cli: (file, o) => ['import', 'addresses', file, '--source', String(o.source)],
  async check(summary, _o, _delta, ctx) {
    const s = summary as { rowsRead: number; stored: number; outside: number; withoutPostcode: number; duplicates: number; source: string };
    if (num(s.rowsRead) !== s.stored + s.outside + s.withoutPostcode + s.duplicates) {
      return `rows read ${s.rowsRead} ≠ stored ${s.stored} + outside ${s.outside} + without postcode ${s.withoutPostcode} + duplicates ${s.duplicates}`;
    }
    const row = await ctx.db
      .selectFrom('address_points')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('gemeente_code', '=', 'GM0505')
      .where('source', '=', s.source)
      .executeTakeFirstOrThrow();
    if (Number(row.n) !== s.stored) return `${row.n} address points of source ${s.source} stored, the report says ${s.stored}`;
    return null;
  },
  async generate(rng) {
    return mutateBase(
      'addresses',
      rng.pick(addressBases()),
      rng,
      { ...anyTextMutations, ...csvMutations },
      { source: `fuzz-${rng.int(3)}` },
    );
  },
  async targeted() {
    const h = 'postcode,huisnummer,x,y,woonplaats\n';
    const c = (name: string, text: string | Buffer, message: RegExp): FuzzCase => ({
      importer: 'addresses',
      name: `targeted: ${name}`,
      fileName: 'addresses.csv',
      bytes: typeof text === 'string' ? Buffer.from(text) : text,
      options: { source: 'fuzz-t' },
      expect: { outcome: 'rejected', message },
    });
    return [
      c('NUL in woonplaats', `${h}3311AB,12,104959.39,425568.83,Dord\u0000recht\n`, /addresses\.csv:2: .*NUL/),
      c('unclosed quote', `${h}3311AB,12,104959.39,425568.83,"Dordrecht\n`, /addresses\.csv:2: .*quote/i),
      c(
        'Latin-1 woonplaats',
        Buffer.from(`${h}3311AB,12,104959.39,425568.83,Dordrécht\n`, 'latin1'),
        /addresses\.csv:2: .*not valid UTF-8/,
      ),
      c('Infinity coordinates', `${h}3311AB,12,Infinity,425568.83,Dordrecht\n`, /addresses\.csv:2 column x: x 'Infinity'/),
    ];
  },
};
