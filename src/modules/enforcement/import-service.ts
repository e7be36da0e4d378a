/**
 * `importEnforcement`: an enforcement CSV (csv-rows.ts) into enforcement_registrations — the CLI
 * (`stadsveilig import enforcement`) and Beheer → Imports run this one service.
 * - Each good row is placed: its point (or its BAG address through the geocoder) must lie in a
 *   buurt of the municipality's newest indeling; a point outside it is a bad row.
 * - A row whose source reference is already stored is counted as unchanged: a re-import adds nothing,
 *   and nothing already stored is changed or lost.
 * - Bad rows: by default the good rows are stored and every bad row is kept in
 *   enforcement_quarantine (line, reason, the row as read); `strict` stores nothing when any row is
 *   bad (import-rejected, every problem listed); `dryRun` checks and counts but stores nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { AppError, importRejectedError, invalidFileError } from '../../core/errors.ts';
import { MAX_REPORTED_PROBLEMS } from '../../core/import-report.ts';
import { invalidFile } from '../../core/import-text.ts';
import { getAreaLocator, normalizePoint, type AreaLocator } from '../areas/index.ts';
import { loadAddressLookup, type AddressLookup } from '../geocoder/index.ts';
import { checkRows, mapHeader, readCsv, type BadRow, type EnforcementRow } from './csv-rows.ts';
import { existingRefs, insertImport, insertQuarantine, insertRegistrations, type NewRegistration } from './registration-store.ts';

export interface EnforcementImportOptions {
  file: string;
  /** How reports name the file (default: its base name). */
  label?: string;
  /** The system the references belong to (default 'boa'). */
  source?: string;
  strict?: boolean;
  dryRun?: boolean;
  /** Rows and bytes read, for the import job's progress (Beheer → Imports): once read, once checked and placed. */
  onProgress?: (p: { rows: number; bytes: number; totalBytes: number }) => void;
}

export interface EnforcementImportSummary {
  file: string;
  source: string;
  importId: string | null;
  rowsRead: number;
  imported: number;
  unchanged: number;
  quarantined: number;
  dryRun: boolean;
  /** Every bad row: line and reason (Dutch). */
  problems: { line: number; reason: string }[];
}

async function locatorOrThrow(ctx: ServiceContext, gemeente: string, file: string): Promise<AreaLocator> {
  try {
    return await getAreaLocator(ctx, gemeente);
  } catch (err) {
    if (err instanceof AppError && err.status === 404)
      throw invalidFileError(
        `${file}: er zijn nog geen buurten van ${gemeente} geladen (stadsveilig import areas); er is niets opgeslagen.`,
      );
    throw err;
  }
}

/** Places the good rows; a row that cannot be placed in the municipality becomes a bad row. */
function placeRows(
  gemeente: string,
  rows: EnforcementRow[],
  locator: AreaLocator,
  addresses: AddressLookup | null,
  bad: BadRow[],
): { row: EnforcementRow; reg: Omit<NewRegistration, 'id' | 'source' | 'import_id'> }[] {
  const placed: { row: EnforcementRow; reg: Omit<NewRegistration, 'id' | 'source' | 'import_id'> }[] = [];
  for (const row of rows) {
    let input = row.point;
    if (!input && row.address) {
      const hit = addresses?.find(row.address) ?? null;
      if (!hit) {
        const why = addresses ? 'staat niet in de geladen BAG-adressen' : 'kan niet worden geplaatst: er zijn geen BAG-adressen geladen';
        bad.push({
          line: row.line,
          reason: `adres ${row.address.postcode} ${row.address.huisnummer}${row.address.huisletter} ${why}`,
          raw: row.raw,
        });
        continue;
      }
      input = { x: hit.x, y: hit.y };
    }
    const p = normalizePoint(input!);
    const area = locator.locate(p.lon, p.lat);
    if (!area) {
      bad.push({ line: row.line, reason: `de plaats (${p.lat}, ${p.lon}) ligt buiten de gemeente ${gemeente}`, raw: row.raw });
      continue;
    }
    placed.push({
      row,
      reg: {
        gemeente_code: gemeente,
        source_ref: row.ref,
        kind: row.kind,
        feit_code: row.feitCode,
        description: row.description,
        occurred_at: row.occurredAt,
        ...p,
        area_year: locator.year,
        buurt_code: area.buurt.code,
        wijk_code: area.wijk?.code ?? null,
      },
    });
  }
  return placed;
}

function readBytes(file: string, name: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw invalidFile(name, null, `het bestand is niet te lezen (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

type Placed = ReturnType<typeof placeRows>[number];

/** Stores one run in one transaction: its row in enforcement_imports, the new registrations, the bad rows. */
async function storeImport(
  ctx: ServiceContext,
  gemeente: string,
  summary: EnforcementImportSummary,
  mode: 'strict' | 'quarantine',
  fresh: readonly Placed[],
  bad: readonly BadRow[],
): Promise<string> {
  const importId = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await insertImport(trx, {
      gemeente_code: gemeente,
      id: importId,
      source: summary.source,
      file_name: summary.file,
      mode,
      rows_read: summary.rowsRead,
      rows_imported: summary.imported,
      rows_unchanged: summary.unchanged,
      rows_quarantined: summary.quarantined,
      actor: actorLabel(ctx.actor),
    });
    const rows = fresh.map((p) => ({ ...p.reg, id: randomUUID(), source: summary.source, import_id: importId }));
    await insertRegistrations(trx, rows);
    await insertQuarantine(trx, importId, bad);
  });
  return importId;
}

export async function importEnforcement(
  ctx: ServiceContext,
  gemeente: string,
  o: EnforcementImportOptions,
): Promise<EnforcementImportSummary> {
  authorize(ctx, 'imports:run');
  const name = o.label ?? path.basename(o.file);
  const source = o.source ?? 'boa';
  const bytes = readBytes(o.file, name);
  const { header, records } = readCsv(name, bytes);
  const progress = (rows: number) => o.onProgress?.({ rows, bytes: bytes.length, totalBytes: bytes.length });
  progress(0);
  const { good, bad } = checkRows(mapHeader(name, header), records);
  const locator = await locatorOrThrow(ctx, gemeente, name);
  const addresses = good.some((r) => !r.point) ? await loadAddressLookup(ctx.db, gemeente) : null;
  const placed = placeRows(gemeente, good, locator, addresses, bad);
  progress(records.length);
  bad.sort((a, b) => a.line - b.line);
  if (o.strict && bad.length) {
    const shown = bad.slice(0, MAX_REPORTED_PROBLEMS);
    throw importRejectedError(
      `${name}: ${bad.length} foute regel(s); er is niets opgeslagen (--strict). Verbeter ze en importeer opnieuw.\n` +
        shown.map((b) => `${name}:${b.line}: ${b.reason}`).join('\n'),
      shown.map((b) => ({ name: `line ${b.line}`, reason: b.reason })),
    );
  }
  const stored = await existingRefs(
    ctx.db,
    gemeente,
    source,
    placed.map((p) => p.row.ref),
  );
  const fresh = placed.filter((p) => !stored.has(p.row.ref));
  const summary: EnforcementImportSummary = {
    file: name,
    source,
    importId: null,
    rowsRead: records.length,
    imported: fresh.length,
    unchanged: placed.length - fresh.length,
    quarantined: bad.length,
    dryRun: Boolean(o.dryRun),
    problems: bad.map((b) => ({ line: b.line, reason: b.reason })),
  };
  if (o.dryRun) return summary;
  const importId = await storeImport(ctx, gemeente, summary, o.strict ? 'strict' : 'quarantine', fresh, bad);
  return { ...summary, importId };
}

/** The report the CLI prints: one line of counts, then each bad row as `FILE:ROW: reden`. */
export function formatEnforcementSummary(s: EnforcementImportSummary): string {
  const head =
    `${s.file} (bron ${s.source}): ${s.rowsRead} regels gelezen, ${s.imported} ${s.dryRun ? 'zouden worden ' : ''}geïmporteerd, ` +
    `${s.unchanged} al aanwezig, ${s.quarantined} in quarantaine${s.dryRun ? ' (proefrun: niets opgeslagen)' : ''}.\n`;
  return head + s.problems.map((p) => `${s.file}:${p.line}: ${p.reason}\n`).join('');
}
