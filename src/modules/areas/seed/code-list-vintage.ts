/**
 * Builds a vintage from a CBS code list (codes and names of an indeling, e.g. 47018NED
 * WijkenEnBuurten) and a population table (e.g. 85984NED). Buurten whose code also exists in the
 * polygon vintage reuse that polygon with its `geometry_year`; new codes have no polygon and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuurtInput, VintageRecord } from '../vintages/area-record.ts';
import { buildVintage } from '../vintages/build-vintage.ts';
import { BUURT_CODE, cbsNumber, GEMEENTE_CODE, WIJK_CODE, wijkOfBuurt } from '../import/cbs-columns.ts';
import type { CodeListVintageSpec, Manifest } from './manifest.ts';
import { parseCsvRecords } from '../import/read-csv.ts';
import { sourceError } from '../import/source-feature.ts';

interface CodeName {
  code: string;
  name: string;
}

function readCodeList(dir: string, spec: CodeListVintageSpec['codeList']): CodeName[] {
  const records = parseCsvRecords(spec.file, fs.readFileSync(path.join(dir, spec.file), 'utf8'));
  return records.map((r, i) => {
    const code = (r[spec.codeColumn] ?? '').trim();
    const name = (r[spec.nameColumn] ?? '').trim();
    if (!code || !name) throw sourceError(spec.file, i + 2, `missing ${spec.codeColumn} or ${spec.nameColumn}`);
    return { code, name };
  });
}

function readPopulation(dir: string, spec: NonNullable<CodeListVintageSpec['population']>): Map<string, number | null> {
  const records = parseCsvRecords(spec.file, fs.readFileSync(path.join(dir, spec.file), 'utf8'));
  const out = new Map<string, number | null>();
  records.forEach((r, i) => {
    const code = (r[spec.codeColumn] ?? '').trim();
    if (!code) throw sourceError(spec.file, i + 2, `missing ${spec.codeColumn}`);
    const value = cbsNumber(r[spec.valueColumn]);
    if (value !== null && (!Number.isInteger(value) || value < 0))
      throw sourceError(spec.file, i + 2, `${spec.valueColumn}: '${r[spec.valueColumn]}' is not a number of inhabitants`);
    out.set(code, value);
  });
  return out;
}

function buurtInput(entry: CodeName, population: number | null, from: VintageRecord | undefined, wijkName: string | null) {
  const prior = from?.areas.find((a) => a.code === entry.code && a.level === 'buurt');
  const wijkCode = wijkOfBuurt(entry.code);
  const geometryNote = prior?.geometry
    ? `Kaartvlak uit de CBS Wijk- en buurtkaart ${prior.geometryYear} (geen kaartvlak van deze indeling meegeleverd); de grens kan sindsdien veranderd zijn.`
    : `Nieuwe code: geen kaartvlak in de meegeleverde CBS-kaart ${from?.year ?? ''}; valt onder wijk ${wijkCode}.`;
  const input: BuurtInput & { note: string; geometryYear: number | null } = {
    row: 0,
    code: entry.code,
    name: entry.name,
    wijkCode,
    wijkName,
    gemeenteCode: `GM${entry.code.slice(2, 6)}`,
    gemeenteName: null,
    population,
    isWater: prior?.isWater ?? false,
    geometry: prior?.geometry ?? null,
    geometryYear: prior?.geometryYear ?? null,
    attributes: {},
    note: geometryNote,
  };
  return input;
}

export function codeListVintage(dir: string, manifest: Manifest, spec: CodeListVintageSpec, built: VintageRecord[]): VintageRecord {
  const entries = readCodeList(dir, spec.codeList).filter((e) => e.code.slice(2, 6) === manifest.municipality.code.slice(2));
  const population = spec.population ? readPopulation(dir, spec.population) : new Map<string, number | null>();
  const from = spec.geometryFrom === undefined ? undefined : built.find((v) => v.year === spec.geometryFrom);
  if (spec.geometryFrom !== undefined && !from)
    throw sourceError(spec.codeList.file, null, `geometryFrom ${spec.geometryFrom} is not an earlier vintage in the manifest`);
  const wijkNames = new Map(entries.filter((e) => WIJK_CODE.test(e.code)).map((e) => [e.code, e.name]));
  const gemeente = entries.find((e) => GEMEENTE_CODE.test(e.code));
  const buurten = entries
    .filter((e) => BUURT_CODE.test(e.code))
    .map((e) => buurtInput(e, population.get(e.code) ?? null, from, wijkNames.get(wijkOfBuurt(e.code)) ?? null));
  if (buurten.length === 0) throw sourceError(spec.codeList.file, null, `no buurten of ${manifest.municipality.code}`);
  return buildVintage({
    municipality: { code: manifest.municipality.code, name: gemeente?.name ?? manifest.municipality.name },
    year: spec.year,
    source: spec.source,
    populationYear: spec.populationYear,
    note: spec.note ?? null,
    buurten,
    wijkNames,
  });
}
