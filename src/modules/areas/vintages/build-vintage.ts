/**
 * Builds the three levels of one vintage from its buurten: each wijk and the gemeente get the
 * sum of their buurten's populations (sums of CBS-rounded values, so not official CBS wijk
 * figures) and, when no polygon is given for them, the dissolved outline of their buurten.
 */
import { joinNotes, type AreaRecord, type BuurtInput, type VintageRecord, type WijkInput } from './area-record.ts';
import { dissolve } from '../geometry/dissolve.ts';
import type { Geometry } from '../geometry/geometry-types.ts';

export interface BuildVintageInput {
  municipality: { code: string; name: string };
  year: number;
  source: string;
  populationYear: number | null;
  note?: string | null;
  buurten: (BuurtInput & { note?: string | null; geometryYear?: number | null })[];
  /** Wijk polygons and names from a wijken file, by code (optional). */
  wijken?: Map<string, WijkInput>;
  /** Wijk names from elsewhere (a code list), by code. */
  wijkNames?: Map<string, string>;
}

const SUM_NOTE = 'Inwoners: som van de door CBS afgeronde buurtcijfers, geen officieel CBS-cijfer.';

function sumPopulation(buurten: { population: number | null }[]): number | null {
  const known = buurten.filter((b) => b.population !== null);
  return known.length ? known.reduce((s, b) => s + b.population!, 0) : null;
}

function buurtRecord(b: BuildVintageInput['buurten'][number], input: BuildVintageInput): AreaRecord {
  return {
    code: b.code,
    level: 'buurt',
    name: b.name ?? (b.isWater ? 'Water' : b.code),
    parentCode: b.wijkCode,
    population: b.population,
    populationYear: b.population === null ? null : input.populationYear,
    geometry: b.geometry,
    geometryYear: b.geometry ? (b.geometryYear ?? input.year) : null,
    isWater: b.isWater,
    note: joinNotes([b.note, !b.name && 'CBS geeft dit gebied geen naam.']),
    attributes: b.attributes,
  };
}

/** Geometry for a derived area: the given polygon, else the dissolved polygons of its parts. */
function derivedGeometry(
  given: Geometry | null | undefined,
  parts: AreaRecord[],
  what: string,
): { geometry: Geometry | null; note: string | null; year: number | null } {
  if (given) return { geometry: given, note: null, year: null };
  const withGeometry = parts.filter((p) => p.geometry);
  const missing = parts.length - withGeometry.length;
  const geometry = dissolve(withGeometry.map((p) => p.geometry!));
  const years = [...new Set(withGeometry.map((p) => p.geometryYear))];
  const note = geometry
    ? joinNotes([
        `Kaartvlak samengevoegd uit de kaartvlakken van de ${what === 'buurt' ? 'buurten' : 'wijken'}.`,
        missing > 0 && `${missing} van de ${what === 'buurt' ? 'buurten' : 'wijken'} hebben geen kaartvlak en vallen erbuiten.`,
      ])
    : `No polygon: its ${what} polygons could not be dissolved.`;
  return { geometry, note, year: geometry && years.length === 1 ? years[0]! : null };
}

function groupByWijk(buurten: AreaRecord[]): Map<string, AreaRecord[]> {
  const byWijk = new Map<string, AreaRecord[]>();
  for (const b of buurten) {
    const list = byWijk.get(b.parentCode!) ?? [];
    list.push(b);
    byWijk.set(b.parentCode!, list);
  }
  return new Map([...byWijk].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildVintage(input: BuildVintageInput): VintageRecord {
  const buurten = input.buurten.map((b) => buurtRecord(b, input)).sort((a, b) => a.code.localeCompare(b.code));
  const wijken: AreaRecord[] = [];
  for (const [code, parts] of groupByWijk(buurten)) {
    const file = input.wijken?.get(code);
    const geo = derivedGeometry(file?.geometry, parts, 'buurt');
    const name = file?.name ?? input.wijkNames?.get(code) ?? input.buurten.find((b) => b.wijkCode === code && b.wijkName)?.wijkName;
    const isWater = parts.every((p) => p.isWater);
    wijken.push({
      code,
      level: 'wijk',
      name: name ?? (isWater ? 'Water' : code),
      parentCode: input.municipality.code,
      population: sumPopulation(parts),
      populationYear: sumPopulation(parts) === null ? null : input.populationYear,
      geometry: geo.geometry,
      geometryYear: geo.geometry ? (geo.year ?? input.year) : null,
      isWater,
      note: joinNotes([geo.note, !name && 'CBS geeft dit gebied geen naam.', SUM_NOTE]),
      attributes: { buurten: parts.length },
    });
  }
  const geo = derivedGeometry(null, buurten, 'buurt');
  const gemeente: AreaRecord = {
    code: input.municipality.code,
    level: 'gemeente',
    name: input.municipality.name,
    parentCode: null,
    population: sumPopulation(buurten),
    populationYear: input.populationYear,
    geometry: geo.geometry,
    geometryYear: geo.geometry ? (geo.year ?? input.year) : null,
    isWater: false,
    note: joinNotes([geo.note, SUM_NOTE]),
    attributes: { wijken: wijken.length, buurten: buurten.length },
  };
  return {
    municipality: input.municipality,
    year: input.year,
    source: input.source,
    populationYear: input.populationYear,
    note: input.note ?? null,
    areas: [gemeente, ...wijken, ...buurten],
  };
}
