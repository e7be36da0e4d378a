/**
 * `stadsveilig import survey FILE`: survey results (Veiligheidsmonitor or the municipality's own
 * survey) per indicator, area and year — see survey-rows.ts for the format. All-or-nothing: any
 * bad row rejects the file with every problem listed (line, column, reason) and nothing stored;
 * with `quarantine` the good rows are stored and the bad ones kept in survey_quarantine.
 * Re-importing a file updates the same estimates (upsert on indicator + area + year).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { knownAreaCodes } from '../../areas/index.ts';
import { loadIndicators } from './catalogue.ts';
import { delimiterOf, importRejected, type RowProblem } from '../../../core/import-report.ts';
import { csvParseError, readTextFile } from '../../../core/import-text.ts';
import { checkSurveyRow, mapHeader, type SurveyRow } from './rows.ts';

export { formatProblem } from '../../../core/import-report.ts';

export interface SurveyImportOptions {
  file: string;
  municipality: string;
  /** Label stored with every estimate, e.g. "CBS Veiligheidsmonitor 2023" (default: file name). */
  source?: string;
  quarantine?: boolean;
}

export interface SurveyImportSummary {
  file: string;
  source: string;
  rowsRead: number;
  rowsStored: number;
  rowsQuarantined: number;
  problems: RowProblem[];
  years: number[];
  areas: string[];
}

const REFERENCE_AREA = /^(NL01|PV\d{2})$/;
function rejected(file: string, problems: RowProblem[], badRows: number) {
  return importRejected(file, problems, badRows, { outcome: 'nothing was stored', advice: 'Fix them or import with --quarantine.' });
}

/** The header and the records of the file (UTF-8 text, src/core/import-text.ts), each with its line and field count. */
function readRecords(file: string): { header: string[]; records: { line: number; width: number; record: Record<string, string> }[] } {
  const name = path.basename(file);
  const text = readTextFile(file, name).replace(/^\uFEFF/, '');
  const head = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(head);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (err) {
    throw csvParseError(name, err) ?? err;
  }
  const header = (rows[0]?.record ?? []).map((h) => h.trim());
  const records = rows.slice(1).map(({ record, info }) => ({
    line: info.lines,
    width: record.length,
    record: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])),
  }));
  return { header, records };
}

async function areaChecker(ctx: ServiceContext, municipality: string): Promise<(code: string) => boolean> {
  const known = await knownAreaCodes(ctx, municipality);
  return (code) => known.has(code) || REFERENCE_AREA.test(code);
}

export async function importSurvey(ctx: ServiceContext, o: SurveyImportOptions): Promise<SurveyImportSummary> {
  authorize(ctx, 'perception:import');
  const file = path.basename(o.file);
  if (!fs.existsSync(o.file)) throw invalidInput([{ name: 'file', reason: `${o.file} does not exist` }]);
  const { header, records } = readRecords(o.file);
  const { columns, missing } = mapHeader(header);
  if (missing.length) {
    throw invalidInput(
      missing.map((c) => ({ name: `${file}: column ${c}`, reason: 'missing' })),
      `${file} is not a survey file: missing column(s) ${missing.join(', ')}.`,
    );
  }
  const units = new Map((await loadIndicators(ctx.db)).map((i) => [i.code, i.unit]));
  const checkCtx = { units, isKnownArea: await areaChecker(ctx, o.municipality), columns };
  const good: SurveyRow[] = [];
  const bad: { line: number; raw: Record<string, string>; problems: RowProblem[] }[] = [];
  const seen = new Map<string, number>();
  for (const { line, width, record } of records) {
    const checked =
      width === header.length
        ? checkSurveyRow(record, line, checkCtx)
        : { problems: [{ line, column: '(row)', reason: `has ${width} fields, the header has ${header.length}` }] };
    const key = checked.row && `${checked.row.indicator_code}|${checked.row.area_code}|${checked.row.year}`;
    if (key && seen.has(key))
      checked.problems.push({ line, column: columns.indicator!, reason: `same indicator, area and year as line ${seen.get(key)}` });
    if (checked.row && !checked.problems.length) {
      seen.set(key!, line);
      good.push(checked.row);
    } else bad.push({ line, raw: record, problems: checked.problems });
  }
  const problems = bad.flatMap((b) => b.problems);
  if (bad.length && !o.quarantine) throw rejected(file, problems, bad.length);
  const source = o.source ?? file;
  await storeSurvey(ctx, o, { file, source, good, bad, rowsRead: records.length });
  return {
    file,
    source,
    rowsRead: records.length,
    rowsStored: good.length,
    rowsQuarantined: bad.length,
    problems,
    years: [...new Set(good.map((r) => r.year))].sort(),
    areas: [...new Set(good.map((r) => r.area_code))].sort(),
  };
}

async function storeSurvey(
  ctx: ServiceContext,
  o: SurveyImportOptions,
  s: {
    file: string;
    source: string;
    good: SurveyRow[];
    bad: { line: number; raw: Record<string, string>; problems: RowProblem[] }[];
    rowsRead: number;
  },
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const batch = await tx
      .insertInto('survey_batches')
      .values({
        gemeente_code: o.municipality,
        file_name: s.file,
        source: s.source,
        mode: o.quarantine ? 'quarantine' : 'all-or-nothing',
        actor: actorLabel(ctx.actor),
        rows_read: s.rowsRead,
        rows_stored: s.good.length,
        rows_quarantined: s.bad.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < s.good.length; i += 500) {
      const chunk = s.good.slice(i, i + 500).map((r) => ({ ...r, gemeente_code: o.municipality, source: s.source, batch_id: batch.id }));
      await tx
        .insertInto('survey_results')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['gemeente_code', 'indicator_code', 'area_code', 'year']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            respondents: eb.ref('excluded.respondents'),
            margin: eb.ref('excluded.margin'),
            source: eb.ref('excluded.source'),
            batch_id: eb.ref('excluded.batch_id'),
            imported_at: new Date(),
          })),
        )
        .execute();
    }
    for (const b of s.bad) {
      await tx
        .insertInto('survey_quarantine')
        .values({ batch_id: batch.id, line: b.line, raw: JSON.stringify(b.raw), errors: JSON.stringify(b.problems) })
        .execute();
    }
  });
}
