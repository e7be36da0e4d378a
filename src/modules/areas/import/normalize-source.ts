/**
 * Turns the rows of a CBS wijk- en buurtkaart file into buurt (or wijk) inputs: recognised
 * columns, validated codes, CBS numbers, geometry reprojected to WGS84. Rows of other
 * municipalities are skipped when the file is national; a file with several municipalities
 * and no `municipality` chosen is refused.
 */
import type { BuurtInput, WijkInput } from '../vintages/area-record.ts';
import {
  BUURT_CODE,
  cbsNumber,
  cleanAttributes,
  columnOf,
  GEMEENTE_CODE,
  gemeenteOf,
  isWaterFlag,
  textOf,
  WIJK_CODE,
  wijkOfBuurt,
} from './cbs-columns.ts';
import { jsonTextProblem, short } from '../../../core/import-text.ts';
import { toWgs84, type Crs } from '../geometry/crs.ts';
import { geometryProblem, isEmptyGeometry } from '../geometry/geometry-check.ts';
import type { Geometry } from '../geometry/geometry-types.ts';
import { sourceError, type SourceFeature, type SourceFile } from './source-feature.ts';

function populationOf(source: SourceFile, f: SourceFeature): number | null {
  const key = columnOf(f.properties, 'population');
  const n = key === undefined ? null : cbsNumber(f.properties[key]);
  if (n === null) return null;
  if (!Number.isInteger(n) || n < 0 || n > 2_147_483_647)
    throw sourceError(source.path, f.row, `column ${key}: '${short(String(f.properties[key!]))}' is not a number of inhabitants`);
  return n;
}

/** The row's geometry in WGS84 after `geometryProblem`; null for none or an empty one. */
function checkedGeometry(source: SourceFile, f: SourceFeature, crs: Crs): Geometry | null {
  if (!f.geometry || isEmptyGeometry(f.geometry)) return null;
  const problem = geometryProblem(f.geometry, crs);
  if (problem) throw sourceError(source.path, f.row, problem);
  return toWgs84(f.geometry, crs);
}

/** Refuses attribute names or texts that cannot be stored (NUL, lone surrogates: GeoJSON escapes, GeoPackage TEXT). */
function checkTexts(source: SourceFile, f: SourceFeature): void {
  const problem = jsonTextProblem(f.properties);
  if (problem) throw sourceError(source.path, f.row, problem);
}

/** The longest area name accepted (CBS names are under 60 characters). */
const MAX_NAME = 200;

function nameOf(source: SourceFile, f: SourceFeature, field: 'buurtName' | 'wijkName' | 'gemeenteName'): string | null {
  const name = textOf(f.properties, field);
  if (name !== null && name.length > MAX_NAME) {
    throw sourceError(
      source.path,
      f.row,
      `column ${columnOf(f.properties, field)}: a name of ${name.length} characters; at most ${MAX_NAME}`,
    );
  }
  return name;
}

function buurtOf(source: SourceFile, f: SourceFeature, crs: Crs): BuurtInput {
  checkTexts(source, f);
  const code = textOf(f.properties, 'buurtCode');
  if (!code || !BUURT_CODE.test(code)) {
    throw sourceError(
      source.path,
      f.row,
      `column ${columnOf(f.properties, 'buurtCode') ?? 'bu_code'}: '${short(code ?? '')}' is not a CBS buurt code (BU + 8 digits)`,
    );
  }
  const wk = textOf(f.properties, 'wijkCode');
  if (wk !== null && !WIJK_CODE.test(wk))
    throw sourceError(source.path, f.row, `column ${columnOf(f.properties, 'wijkCode')}: '${short(wk)}' is not a CBS wijk code`);
  const drop = (['buurtCode', 'buurtName', 'wijkCode', 'wijkName', 'gemeenteCode', 'gemeenteName'] as const)
    .map((k) => columnOf(f.properties, k))
    .filter((k): k is string => k !== undefined);
  return {
    row: f.row,
    code,
    name: nameOf(source, f, 'buurtName'),
    wijkCode: wk ?? wijkOfBuurt(code),
    wijkName: nameOf(source, f, 'wijkName'),
    gemeenteCode: textOf(f.properties, 'gemeenteCode') ?? gemeenteOf(code),
    gemeenteName: nameOf(source, f, 'gemeenteName'),
    population: populationOf(source, f),
    isWater: isWaterFlag(textOf(f.properties, 'water')),
    geometry: checkedGeometry(source, f, crs),
    attributes: cleanAttributes(f.properties, drop),
  };
}

/** The gemeente of a row: its gemeente code column, else the digits of its buurt code. */
function gemeenteOfRow(f: SourceFeature): string | null {
  const code = textOf(f.properties, 'buurtCode');
  return textOf(f.properties, 'gemeenteCode') ?? (code && BUURT_CODE.test(code) ? gemeenteOf(code) : null);
}

function chooseMunicipality(source: SourceFile, municipality: string | undefined): string {
  // A damaged gemeente code would drop its row silently as "another municipality": refuse it.
  const damaged = source.features.find((f) => {
    const g = textOf(f.properties, 'gemeenteCode');
    return g !== null && !GEMEENTE_CODE.test(g);
  });
  if (damaged) {
    const column = columnOf(damaged.properties, 'gemeenteCode');
    throw sourceError(
      source.path,
      damaged.row,
      `column ${column}: '${short(textOf(damaged.properties, 'gemeenteCode')!)}' is not a CBS gemeente code (GM + 4 digits)`,
    );
  }
  const found = [...new Set(source.features.map(gemeenteOfRow).filter((g): g is string => g !== null))].sort();
  if (municipality) {
    if (!found.includes(municipality))
      throw sourceError(source.path, null, `no buurten of ${municipality} in the file (found ${found.slice(0, 5).join(', ') || 'none'})`);
    return municipality;
  }
  if (found.length !== 1)
    throw sourceError(
      source.path,
      null,
      `the file holds ${found.length} municipalities (${found
        .slice(0, 5)
        .map((g) => short(g, 20))
        .join(', ')}…); pass --municipality`,
    );
  return found[0]!;
}

/**
 * The buurten of one municipality in a buurten file, geometry in WGS84. Rows are filtered on
 * their gemeente first, so a national file only costs the reprojection of one municipality.
 */
export function buurtenFromSource(source: SourceFile, crs: Crs, municipality?: string): { municipality: string; buurten: BuurtInput[] } {
  if (source.features.length === 0) throw sourceError(source.path, null, 'the file holds no features');
  const first = source.features[0]!;
  if (!columnOf(first.properties, 'buurtCode')) {
    throw sourceError(source.path, first.row, 'no buurt code column (bu_code or buurtcode): is this a buurten file?');
  }
  const chosen = chooseMunicipality(source, municipality);
  const buurten = source.features
    .filter((f) => gemeenteOfRow(f) === chosen || gemeenteOfRow(f) === null)
    .map((f) => buurtOf(source, f, crs));
  const seen = new Map<string, number>();
  for (const b of buurten) {
    const prior = seen.get(b.code);
    if (prior !== undefined) throw sourceError(source.path, b.row, `buurt ${b.code} occurs twice (also row ${prior})`);
    seen.set(b.code, b.row);
  }
  return { municipality: chosen, buurten };
}

/** The wijk polygons of one municipality in a wijken file, by code, geometry in WGS84. */
export function wijkenFromSource(source: SourceFile, crs: Crs, municipality: string): Map<string, WijkInput> {
  const out = new Map<string, WijkInput>();
  for (const f of source.features) {
    const code = textOf(f.properties, 'wijkCode');
    if (!code || !WIJK_CODE.test(code))
      throw sourceError(source.path, f.row, `'${short(code ?? '')}' is not a CBS wijk code (wk_code or wijkcode)`);
    if (gemeenteOf(code) !== municipality) continue;
    if (out.has(code)) throw sourceError(source.path, f.row, `wijk ${code} occurs twice`);
    checkTexts(source, f);
    out.set(code, { code, name: nameOf(source, f, 'wijkName'), geometry: checkedGeometry(source, f, crs) });
  }
  return out;
}
