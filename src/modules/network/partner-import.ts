/**
 * `stadsveilig import partners FILE`: a city's list of partner organisations as CSV (`,` or `;`),
 * header names: name, kind, areas (CBS codes separated by `;` — or `|` in a `;` file), contactRole,
 * description, and optionally one contact person per row: contactName, contactFunction,
 * contactEmail, contactPhone (work contact only). All or nothing: any bad row and nothing is
 * written; each problem is one line `FILE:ROW: field: reason`. A name that exists (regardless of
 * case) is updated, not duplicated; so is a contact person of the same name at that partner.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { ServiceContext } from '../../core/context.ts';
import { delimiterOf } from '../../core/import-report.ts';
import { csvParseProblem } from '../../core/import-text.ts';
import type { Db } from '../../db/database.ts';
import { recordProcessing } from '../audit/index.ts';
import { CONTACT_SUBJECT } from './contact-service.ts';
import { contactBody, type ContactInput } from './detail-schema.ts';
import { partnerBody, type PartnerInput } from './schema.ts';

export const PARTNER_IMPORT_COLUMNS = [
  'name',
  'kind',
  'areas',
  'contactRole',
  'description',
  'contactName',
  'contactFunction',
  'contactEmail',
  'contactPhone',
] as const;
type Column = (typeof PARTNER_IMPORT_COLUMNS)[number];

export interface ImportRow {
  line: number;
  partner: PartnerInput;
  contact: ContactInput | null;
}

export interface PartnerImportResult {
  created: string[];
  updated: string[];
  contactsAdded: number;
  contactsUpdated: number;
}

const PARTNER_FIELDS: Record<string, Column> = {
  name: 'name',
  kind: 'kind',
  areaCodes: 'areas',
  contactRole: 'contactRole',
  description: 'description',
};
const CONTACT_FIELDS: Record<string, Column> = {
  name: 'contactName',
  jobTitle: 'contactFunction',
  workEmail: 'contactEmail',
  workPhone: 'contactPhone',
};

type Problems = string[];
const problem = (file: string, line: number, field: string, reason: string) => `${file}:${line}: ${field}: ${reason}`;

/** The rows of the file, or the problems (each `FILE:ROW: field: reason`). */
export function parsePartnerCsv(text: string, file: string): { rows: ImportRow[]; problems: Problems } {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(body.split(/\r?\n/)[0] ?? '');
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(body, { columns: true, delimiter, skip_empty_lines: true, trim: true, info: true, relax_column_count: false });
  } catch (err) {
    const p = csvParseProblem(err);
    return { rows: [], problems: [problem(file, p?.line ?? 1, 'file', p?.reason ?? (err as Error).message)] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const problems: Problems = [];
  for (const col of header)
    if (!(PARTNER_IMPORT_COLUMNS as readonly string[]).includes(col))
      problems.push(problem(file, 1, col, `unknown column (known: ${PARTNER_IMPORT_COLUMNS.join(', ')})`));
  if (records.length === 0) problems.push(problem(file, 1, 'file', 'no rows (a header line and at least one partner)'));
  for (const col of ['name', 'kind'] as const)
    if (records.length && !header.includes(col)) problems.push(problem(file, 1, col, 'column missing'));
  if (problems.length) return { rows: [], problems };
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const row = checkRow(record, info.lines, file, problems, delimiter);
    if (!row) continue;
    const key = row.partner.name.toLowerCase();
    if (seen.has(key)) problems.push(problem(file, row.line, 'name', `appears twice in the file (also on row ${seen.get(key)})`));
    else seen.set(key, row.line);
    rows.push(row);
  }
  return { rows, problems };
}

function checkRow(record: Record<string, string>, line: number, file: string, problems: Problems, delimiter: string): ImportRow | null {
  const v = (c: Column) => (record[c] ?? '').trim();
  const areaSplit = delimiter === ';' ? /[|,\s]+/ : /[;|\s]+/;
  const partner = partnerBody.safeParse({
    name: v('name'),
    kind: v('kind'),
    areaCodes: v('areas') ? v('areas').split(areaSplit).filter(Boolean) : [],
    ...(v('contactRole') ? { contactRole: v('contactRole') } : {}),
    ...(v('description') ? { description: v('description') } : {}),
  });
  const hasContact = (['contactName', 'contactFunction', 'contactEmail', 'contactPhone'] as const).some((c) => v(c));
  const contact = hasContact
    ? contactBody.safeParse({
        name: v('contactName'),
        ...(v('contactFunction') ? { jobTitle: v('contactFunction') } : {}),
        ...(v('contactEmail') ? { workEmail: v('contactEmail') } : {}),
        ...(v('contactPhone') ? { workPhone: v('contactPhone') } : {}),
      })
    : null;
  const before = problems.length;
  for (const issue of partner.error?.issues ?? [])
    problems.push(problem(file, line, PARTNER_FIELDS[String(issue.path[0])] ?? 'row', issue.message));
  for (const issue of contact?.error?.issues ?? [])
    problems.push(problem(file, line, CONTACT_FIELDS[String(issue.path[0])] ?? 'row', issue.message));
  if (problems.length > before || !partner.data) return null;
  return { line, partner: partner.data, contact: contact?.data ?? null };
}

/** Writes the rows in one transaction: new partners inserted, existing names updated; contacts likewise. */
export async function writePartnerRows(ctx: ServiceContext, gemeente: string, rows: readonly ImportRow[]): Promise<PartnerImportResult> {
  const result: PartnerImportResult = { created: [], updated: [], contactsAdded: 0, contactsUpdated: 0 };
  await ctx.db.transaction().execute(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    for (const row of rows) {
      const id = await upsertPartner(tx, gemeente, row.partner, result);
      if (row.contact) await upsertContact(txCtx, id, row.contact, result);
    }
  });
  return result;
}

async function upsertPartner(db: Db, gemeente: string, p: PartnerInput, result: PartnerImportResult): Promise<string> {
  const fields = {
    name: p.name,
    kind: p.kind,
    area_codes: p.areaCodes ?? [],
    contact_role: p.contactRole ?? null,
    description: p.description ?? null,
  };
  const existing = await db
    .selectFrom('partners')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', p.name.toLowerCase()))
    .executeTakeFirst();
  if (existing) {
    await db.updateTable('partners').set(fields).where('id', '=', existing.id).execute();
    result.updated.push(p.name);
    return existing.id;
  }
  const id = randomUUID();
  await db
    .insertInto('partners')
    .values({ gemeente_code: gemeente, id, ...fields })
    .execute();
  result.created.push(p.name);
  return id;
}

async function upsertContact(ctx: ServiceContext, partnerId: string, c: ContactInput, result: PartnerImportResult): Promise<void> {
  const fields = { name: c.name, job_title: c.jobTitle ?? null, work_email: c.workEmail ?? null, work_phone: c.workPhone ?? null };
  const existing = await ctx.db
    .selectFrom('partner_contacts')
    .select('id')
    .where('partner_id', '=', partnerId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', c.name.toLowerCase()))
    .executeTakeFirst();
  const id = existing?.id ?? randomUUID();
  if (existing) await ctx.db.updateTable('partner_contacts').set(fields).where('id', '=', id).execute();
  else
    await ctx.db
      .insertInto('partner_contacts')
      .values({ id, partner_id: partnerId, ...fields })
      .execute();
  if (existing) result.contactsUpdated++;
  else result.contactsAdded++;
  await recordProcessing(ctx, {
    activity: 'network.contacts.manage',
    operation: existing ? 'update' : 'create',
    subject: { type: CONTACT_SUBJECT, id },
    attributes: { partner: partnerId, via: 'import' },
  });
}

/** The summary printed after an import. */
export function importSummary(file: string, r: PartnerImportResult): string {
  const list = (names: string[]) => (names.length ? ` (${names.join(', ')})` : '');
  return [
    `Imported ${r.created.length + r.updated.length} partner(s) from ${file}:`,
    `  ${r.created.length} new${list(r.created)}`,
    `  ${r.updated.length} updated (existing name)${list(r.updated)}`,
    `  contact persons: ${r.contactsAdded} added, ${r.contactsUpdated} updated`,
    '',
  ].join('\n');
}
