/**
 * Reading and checking an enforcement CSV (import-service.ts stores the rows). UTF-8 text, `;` or
 * `,` by the shared header rule, one header line with Dutch column names (case and spaces do not
 * matter; see README.md for the format):
 * - `kenmerk` (or registratienummer, nummer, id): the registration's reference in the source system,
 *   once per file; without it the reference is a hash of the row's fields;
 * - `datum` + `tijd` (2025-06-14 / 14-06-2025 and 22:15), or `tijdstip` (ISO 8601); Europe/Amsterdam
 *   local time unless an offset is given;
 * - `feitcode` (APV article such as `APV 2:48` or a CJIB feit code such as `F601`), `omschrijving`;
 * - `soort`: waarschuwing | bekeuring / boete / strafbeschikking | proces-verbaal / pv;
 * - a place: `x`,`y` (RD New), `lat`,`lon` (WGS84), or `postcode` + `huisnummer` or `adres`
 *   ("3311 AB 12a") placed through the geocoder's BAG addresses.
 * A column that looks like personal data (naam, kenteken, bsn, geboortedatum, …) refuses the whole
 * file: registrations are stored without persons. Reasons are in Dutch (the CLI prints them).
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { invalidFileError } from '../../core/errors.ts';
import { delimiterOf } from '../../core/import-report.ts';
import { checkTextBytes, csvParseError, short, textValueProblem } from '../../core/import-text.ts';
import { isInRdBounds, type LocateInput } from '../areas/index.ts';
import { isAddressProblem, parseAddress } from '../geocoder/index.ts';
import { parseEventTime, skippedHourProblem } from '../incidents/index.ts';
import type { EnforcementKind } from './tables.ts';

/** The columns we read, and the header names that mean them. */
const COLUMN_NAMES = {
  ref: ['kenmerk', 'registratienummer', 'nummer', 'id', 'referentie'],
  date: ['datum'],
  time: ['tijd'],
  moment: ['tijdstip', 'datumtijd', 'datum_tijd'],
  code: ['feitcode', 'feit', 'code', 'artikel'],
  description: ['omschrijving', 'feitomschrijving', 'beschrijving'],
  kind: ['soort', 'sanctie', 'type'],
  x: ['x'],
  y: ['y'],
  lat: ['lat', 'breedtegraad'],
  lon: ['lon', 'lengtegraad'],
  postcode: ['postcode'],
  number: ['huisnummer'],
  letter: ['huisletter'],
  addition: ['toevoeging', 'huisnummertoevoeging'],
  address: ['adres'],
} as const;
type Column = keyof typeof COLUMN_NAMES;

/** Header names that look like data about a person: such a file is refused as a whole. */
const PERSONAL = [
  /naam/,
  /^name$|firstname|lastname|surname/,
  /kenteken|license|licence|plate/,
  /bsn|burgerservice/,
  /geboorte|birth/,
  /telefoon|phone|e-?mail/,
  /rijbewijs|identiteit|documentnummer|paspoort/,
  /overtreder|verdachte|betrokkene|persoon/,
  /nationaliteit|geslacht|leeftijd/,
];
const PLACE_NAMES = new Set(['straatnaam', 'plaatsnaam', 'buurtnaam', 'wijknaam']);

const KINDS: Record<string, EnforcementKind> = {
  waarschuwing: 'warning',
  warning: 'warning',
  bekeuring: 'fine',
  boete: 'fine',
  strafbeschikking: 'fine',
  'bestuurlijke strafbeschikking': 'fine',
  bsb: 'fine',
  fine: 'fine',
  'proces-verbaal': 'report',
  'proces verbaal': 'report',
  pv: 'report',
  report: 'report',
};

export interface EnforcementRow {
  line: number;
  /** The reference in the source, or a hash of the row's fields (with its occurrence in the file). */
  ref: string;
  occurredAt: Date;
  kind: EnforcementKind;
  feitCode: string;
  description: string;
  point: LocateInput | null;
  /** Postcode + huisnummer to place through the geocoder when there is no point. */
  address: { postcode: string; huisnummer: number; huisletter: string; toevoeging: string } | null;
  raw: Record<string, string>;
}

export interface BadRow {
  line: number;
  reason: string;
  raw: Record<string, string>;
}

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');
const FEIT_CODE = /^[A-Z0-9][A-Z0-9 .:/-]{0,29}$/;
const DATE_NL = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

/** Which of our columns each header holds; refuses personal-data columns and a file without the needed ones. */
export function mapHeader(file: string, header: readonly string[]): Partial<Record<Column, string>> {
  const personal = header.filter((h) => {
    const n = normalizeHeader(h);
    return !PLACE_NAMES.has(n) && PERSONAL.some((p) => p.test(n));
  });
  if (personal.length) {
    throw invalidFileError(
      `${file}: de kolom(men) ${personal.map((h) => `'${short(h)}'`).join(', ')} lijken persoonsgegevens te bevatten ` +
        '(naam, kenteken, BSN, geboortedatum, …). Handhavingsregistraties worden zonder personen opgeslagen: ' +
        'verwijder die kolommen uit het bestand en importeer opnieuw. Er is niets opgeslagen.',
      personal.map((h) => ({ name: `column ${h}`, reason: 'lijkt persoonsgegevens te bevatten; niet toegestaan' })),
    );
  }
  const map: Partial<Record<Column, string>> = {};
  for (const h of header) {
    const n = normalizeHeader(h);
    const col = (Object.keys(COLUMN_NAMES) as Column[]).find((c) => (COLUMN_NAMES[c] as readonly string[]).includes(n));
    if (col && !map[col]) map[col] = h;
  }
  const missing: string[] = [];
  if (!map.code) missing.push('feitcode');
  if (!map.kind) missing.push('soort');
  if (!map.moment && !map.date) missing.push('datum (en tijd) of tijdstip');
  if (!(map.x && map.y) && !(map.lat && map.lon) && !(map.postcode && map.number) && !map.address)
    missing.push('een plaats: x,y of lat,lon of postcode,huisnummer of adres');
  if (missing.length) throw invalidFileError(`${file}: kolommen ontbreken: ${missing.join('; ')}. Er is niets opgeslagen.`);
  return map;
}

/** The records of the CSV with their physical line numbers. */
export function readCsv(file: string, bytes: Uint8Array): { header: string[]; records: { line: number; row: Record<string, string> }[] } {
  checkTextBytes(file, bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  let header: string[] = [];
  try {
    const records = parse(text, {
      columns: (h: string[]) => (header = h.map((c) => c.trim())),
      skip_empty_lines: true,
      delimiter: delimiterOf(headerLine),
      relax_column_count: true,
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
    return { header, records: records.map((r) => ({ line: r.info.lines, row: r.record })) };
  } catch (err) {
    throw csvParseError(file, err) ?? err;
  }
}

function parseMoment(map: Partial<Record<Column, string>>, row: Record<string, string>): Date | string {
  const get = (c: Column) => (map[c] ? (row[map[c]!] ?? '').trim() : '');
  let text = get('moment');
  if (!text) {
    const date = get('date');
    const d = DATE_ISO.exec(date) ?? DATE_NL.exec(date);
    if (!d) return `datum '${short(date)}' is geen datum (2025-06-14 of 14-06-2025)`;
    const [yyyy, mm, dd] = DATE_ISO.test(date) ? [d[1]!, d[2]!, d[3]!] : [d[3]!, d[2]!.padStart(2, '0'), d[1]!.padStart(2, '0')];
    const time = get('time') || '00:00';
    const t = TIME.exec(time);
    if (!t) return `tijd '${short(time)}' is geen tijd (22:15)`;
    text = `${yyyy}-${mm}-${dd}T${t[1]!.padStart(2, '0')}:${t[2]}:${t[3] ?? '00'}`;
  }
  const ms = parseEventTime(text);
  if (Number.isNaN(ms)) {
    const skipped = skippedHourProblem(text);
    return skipped
      ? `tijdstip '${short(text)}' bestaat niet in Nederlandse tijd (zomertijd-sprong); geef de offset mee`
      : `tijdstip '${short(text)}' is geen tijd (2025-06-14T22:15)`;
  }
  if (ms < Date.UTC(2000, 0, 1) || ms > Date.now() + DAY_MS) return `tijdstip '${short(text)}' ligt vóór 2000 of in de toekomst`;
  return new Date(ms);
}

function parsePlace(map: Partial<Record<Column, string>>, row: Record<string, string>): Pick<EnforcementRow, 'point' | 'address'> | string {
  const get = (c: Column) => (map[c] ? (row[map[c]!] ?? '').trim() : '');
  const num = (s: string) => (s === '' ? Number.NaN : Number(s));
  if (get('x') || get('y')) {
    const [x, y] = [num(get('x')), num(get('y'))];
    if (Number.isFinite(x) && Number.isFinite(y) && isInRdBounds(x, y)) return { point: { x, y }, address: null };
    return `x '${short(get('x'))}', y '${short(get('y'))}' zijn geen RD-coördinaten in Nederland (meters, decimale punt)`;
  }
  if (get('lat') || get('lon')) {
    const [lat, lon] = [num(get('lat')), num(get('lon'))];
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { point: { lat, lon }, address: null };
    return `lat '${short(get('lat'))}', lon '${short(get('lon'))}' zijn geen graden (WGS84, decimale punt)`;
  }
  let input = { postcode: get('postcode'), huisnummer: get('number'), huisletter: get('letter'), toevoeging: get('addition') };
  if (!input.postcode && get('address')) {
    const m = /^\s*(\d{4}\s*[A-Za-z]{2})[\s,]+(\d{1,5})\s*-?\s*([A-Za-z]?)\s*(?:[-\s]\s*([A-Za-z0-9]{1,4}))?\s*$/.exec(get('address'));
    if (!m) return `adres '${short(get('address'))}' is geen postcode met huisnummer (3311 AB 12a)`;
    input = { postcode: m[1]!, huisnummer: m[2]!, huisletter: m[3] ?? '', toevoeging: m[4] ?? '' };
  }
  if (!input.postcode) return 'geen plaats: geef x,y, lat,lon, postcode en huisnummer, of adres';
  const key = parseAddress(input);
  if (isAddressProblem(key)) return `adres: ${key.field} ${key.reason}`;
  return { point: null, address: key };
}

type RowFields = Omit<EnforcementRow, 'line' | 'ref' | 'raw'>;

/** The fields of one row, or the first reason it is bad (in Dutch). */
function checkFields(map: Partial<Record<Column, string>>, row: Record<string, string>): RowFields | string {
  const get = (c: Column) => (map[c] ? (row[map[c]!] ?? '').trim() : '');
  const textProblem = Object.values(row)
    .map((v) => textValueProblem(v))
    .find(Boolean);
  if (textProblem) return textProblem;
  const feitCode = get('code').toUpperCase().replace(/\s+/g, ' ');
  if (!FEIT_CODE.test(feitCode))
    return feitCode ? `feitcode '${short(feitCode)}' is geen APV-artikel of feitcode (bijv. APV 2:48 of F601)` : 'feitcode is leeg';
  const kind = KINDS[get('kind').toLowerCase()];
  if (!kind) return `soort '${short(get('kind'))}' is onbekend (waarschuwing, bekeuring/boete of proces-verbaal)`;
  const description = get('description');
  if (description.length > 200) return 'omschrijving is langer dan 200 tekens';
  const occurredAt = parseMoment(map, row);
  if (typeof occurredAt === 'string') return occurredAt;
  const place = parsePlace(map, row);
  if (typeof place === 'string') return place;
  return { occurredAt, kind, feitCode, description, ...place };
}

/** Checks the rows: good rows to store, bad rows each with their first reason (in Dutch). */
export function checkRows(
  map: Partial<Record<Column, string>>,
  records: { line: number; row: Record<string, string> }[],
): { good: EnforcementRow[]; bad: BadRow[] } {
  const good: EnforcementRow[] = [];
  const bad: BadRow[] = [];
  const seenRefs = new Map<string, number>();
  const hashCount = new Map<string, number>();
  for (const { line, row } of records) {
    const fields = checkFields(map, row);
    if (typeof fields === 'string') {
      bad.push({ line, reason: fields, raw: row });
      continue;
    }
    let ref = map.ref ? (row[map.ref] ?? '').trim() : '';
    if (ref) {
      const first = seenRefs.get(ref);
      const problem =
        ref.length > 100
          ? 'kenmerk is langer dan 100 tekens'
          : first !== undefined
            ? `kenmerk '${short(ref)}' staat al op regel ${first}`
            : null;
      if (problem) {
        bad.push({ line, reason: problem, raw: row });
        continue;
      }
      seenRefs.set(ref, line);
    } else {
      const key = [fields.occurredAt.toISOString(), fields.kind, fields.feitCode, JSON.stringify(fields.point ?? fields.address)].join('|');
      const hash = createHash('sha256').update(key).digest('hex').slice(0, 24);
      const n = (hashCount.get(hash) ?? 0) + 1;
      hashCount.set(hash, n);
      ref = `h:${hash}:${n}`;
    }
    good.push({ line, ref, ...fields, raw: row });
  }
  return { good, bad };
}
