/**
 * Imports a CBS/Politie open-data table of registered crime in its published CSV shape
 * (47018NED yearly per wijk/buurt, 47022NED monthly, …): columns `SoortMisdrijf`, `WijkenEnBuurten`,
 * `Perioden` and `GeregistreerdeMisdrijven_1` (label columns are ignored). Rows of other
 * municipalities are skipped and counted. All-or-nothing unless `quarantine` is set; re-importing
 * the same file changes nothing (upsert on table + area + type + period).
 */
import path from 'node:path';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { short } from '../../../core/import-text.ts';
import { areaHierarchy, vintageYears, type AreaLevel } from '../../areas/index.ts';
import { parseCbsPeriod } from './cbs-period.ts';
import { readCsvRows } from '../csv-rows.ts';
import { importRejected, type RowProblem } from '../import-report.ts';

export interface CbsCrimeImportOptions {
  file: string;
  municipality: string;
  /** CBS table id, e.g. 47018NED (default: from the file name, else "cbs"). */
  sourceTable?: string;
  /** CBS indeling (vintage) of the area codes; default: the newest loaded vintage. */
  areaYear?: number;
  quarantine?: boolean;
  /** Rows read so far, every 1,000 rows. */
  onProgress?: (p: { rows: number }) => void;
}

export interface CbsCrimeImportSummary {
  file: string;
  sourceTable: string;
  areaYear: number;
  rowsRead: number;
  rowsStored: number;
  rowsOutsideMunicipality: number;
  rowsQuarantined: number;
  problems: RowProblem[];
  periods: string[];
  totalsByPeriod: Record<string, number>;
}

interface CountRow {
  area_code: string;
  area_level: AreaLevel;
  crime_type: string;
  period: string;
  period_kind: 'year' | 'quarter' | 'month';
  period_start: string;
  count: number | null;
}

const REQUIRED = ['SoortMisdrijf', 'WijkenEnBuurten', 'Perioden'];

function valueColumn(columns: string[]): string | undefined {
  return columns.find((c) => /^GeregistreerdeMisdrijven(_\d+)?$/.test(c)) ?? columns.find((c) => /^Misdrijven/.test(c));
}

/** The largest count stored (the column is a PostgreSQL integer). */
const MAX_COUNT = 2_147_483_647;

function parseCount(raw: string | undefined): number | null | 'bad' {
  const v = (raw ?? '').trim();
  if (v === '' || v === '.' || v.toUpperCase() === 'NA') return null; // CBS: unknown / secret
  return /^\d+$/.test(v) && Number(v) <= MAX_COUNT ? Number(v) : 'bad';
}

async function resolveAreaYear(ctx: ServiceContext, municipality: string, wanted?: number): Promise<number> {
  const years = await vintageYears(ctx, municipality);
  if (years.length === 0) throw invalidInput([{ name: 'areaYear', reason: `no areas loaded for ${municipality}; import areas first` }]);
  if (wanted === undefined) return years[0]!;
  if (!years.includes(wanted)) {
    throw invalidInput([{ name: 'areaYear', reason: `vintage ${wanted} is not loaded (loaded: ${years.join(', ')})` }]);
  }
  return wanted;
}

function checkRow(
  record: Record<string, string>,
  line: number,
  value: string,
  areas: Map<string, AreaLevel>,
  types: Set<string>,
): { row?: CountRow; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const crimeType = (record.SoortMisdrijf ?? '').trim();
  const areaCode = (record.WijkenEnBuurten ?? '').trim();
  const period = parseCbsPeriod(record.Perioden ?? '');
  const count = parseCount(record[value]);
  const level = areas.get(areaCode);
  if (!types.has(crimeType)) problems.push({ line, column: 'SoortMisdrijf', reason: `unknown crime type '${short(crimeType)}'` });
  if (!level) problems.push({ line, column: 'WijkenEnBuurten', reason: `unknown area code '${short(areaCode)}' in this vintage` });
  if (!period)
    problems.push({ line, column: 'Perioden', reason: `'${short(record.Perioden ?? '')}' is not a CBS period such as 2023JJ00` });
  if (count === 'bad')
    problems.push({ line, column: value, reason: `'${short(record[value] ?? '')}' is not a whole number ≥ 0 (at most ${MAX_COUNT})` });
  if (problems.length || !level || !period || count === 'bad') return { problems };
  return {
    problems,
    row: {
      area_code: areaCode,
      area_level: level,
      crime_type: crimeType,
      period: period.key,
      period_kind: period.kind,
      period_start: period.start,
      count,
    },
  };
}

export async function importCbsCrime(ctx: ServiceContext, o: CbsCrimeImportOptions): Promise<CbsCrimeImportSummary> {
  authorize(ctx, 'incidents:import');
  const file = path.basename(o.file);
  const sourceTable = o.sourceTable ?? /(\d{5}NED)/.exec(file)?.[1] ?? 'cbs';
  const areaYear = await resolveAreaYear(ctx, o.municipality, o.areaYear);
  const areas = new Map((await areaHierarchy(ctx, o.municipality, areaYear)).map((a) => [a.code, a.level]));
  const types = new Set((await ctx.db.selectFrom('crime_types').select('code').execute()).map((t) => t.code));
  const ownPrefix = o.municipality.slice(2); // GM0505 → 0505: BU0505…, WK0505…, GM0505

  const good: CountRow[] = [];
  const bad: { line: number; raw: Record<string, string>; problems: RowProblem[] }[] = [];
  let rowsRead = 0;
  let outside = 0;
  let value: string | undefined;
  const seen = new Map<string, number>();
  for await (const { line, record } of readCsvRows(o.file)) {
    if (rowsRead === 0) {
      const columns = Object.keys(record);
      const missing = REQUIRED.filter((c) => !columns.includes(c));
      value = valueColumn(columns);
      if (missing.length || !value) {
        throw invalidInput(
          [...missing, ...(value ? [] : ['GeregistreerdeMisdrijven_1'])].map((c) => ({ name: `${file}: column ${c}`, reason: 'missing' })),
          `${file} is not a CBS crime table: missing column(s) ${[...missing, ...(value ? [] : ['GeregistreerdeMisdrijven_1'])].join(', ')}.`,
        );
      }
    }
    rowsRead++;
    if (rowsRead % 1000 === 0) o.onProgress?.({ rows: rowsRead });
    const areaCode = (record.WijkenEnBuurten ?? '').trim();
    if (/^(GM|WK|BU)\d{4}/.test(areaCode) && areaCode.slice(2, 6) !== ownPrefix) {
      outside++;
      continue;
    }
    const checked = checkRow(record, line, value!, areas, types);
    const key = checked.row && `${checked.row.area_code}|${checked.row.crime_type}|${checked.row.period}`;
    if (key && seen.has(key)) {
      checked.problems.push({
        line,
        column: 'WijkenEnBuurten',
        reason: `same SoortMisdrijf, WijkenEnBuurten and Perioden as line ${seen.get(key)}`,
      });
      delete checked.row;
    } else if (key) seen.set(key, line);
    if (checked.row) good.push(checked.row);
    else bad.push({ line, raw: record, problems: checked.problems });
  }
  const problems = bad.flatMap((b) => b.problems);
  if (bad.length && !o.quarantine) throw importRejected(file, problems, bad.length);
  await storeCounts(ctx, o, { file, sourceTable, areaYear, good, bad, rowsRead });
  const totalsByPeriod: Record<string, number> = {};
  for (const r of good)
    if (r.crime_type === '0.0.0' && r.area_level === 'buurt') totalsByPeriod[r.period] = (totalsByPeriod[r.period] ?? 0) + (r.count ?? 0);
  return {
    file,
    sourceTable,
    areaYear,
    rowsRead,
    rowsStored: good.length,
    rowsOutsideMunicipality: outside,
    rowsQuarantined: bad.length,
    problems,
    periods: [...new Set(good.map((r) => r.period))].sort(),
    totalsByPeriod,
  };
}

async function storeCounts(
  ctx: ServiceContext,
  o: CbsCrimeImportOptions,
  s: {
    file: string;
    sourceTable: string;
    areaYear: number;
    good: CountRow[];
    bad: { line: number; raw: Record<string, string>; problems: RowProblem[] }[];
    rowsRead: number;
  },
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const batch = await tx
      .insertInto('incident_batches')
      .values({
        gemeente_code: o.municipality,
        source: `cbs:${s.sourceTable}`,
        file_name: s.file,
        mode: o.quarantine ? 'quarantine' : 'all-or-nothing',
        actor: actorLabel(ctx.actor),
        rows_read: s.rowsRead,
        rows_inserted: s.good.length,
        rows_quarantined: s.bad.length,
        finished_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < s.good.length; i += 1000) {
      const chunk = s.good
        .slice(i, i + 1000)
        .map((r) => ({ ...r, gemeente_code: o.municipality, source_table: s.sourceTable, area_year: s.areaYear }));
      await tx
        .insertInto('crime_counts')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['gemeente_code', 'source_table', 'area_code', 'crime_type', 'period']).doUpdateSet((eb) => ({
            count: eb.ref('excluded.count'),
            area_year: eb.ref('excluded.area_year'),
            imported_at: new Date(),
          })),
        )
        .execute();
    }
    for (const b of s.bad) {
      await tx
        .insertInto('incident_quarantine')
        .values({ batch_id: batch.id, line: b.line, raw: JSON.stringify(b.raw), errors: JSON.stringify(b.problems) })
        .execute();
    }
  });
}
