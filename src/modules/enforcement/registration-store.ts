/** SQL of the enforcement tables (the module's only place that names them). */
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BadRow } from './csv-rows.ts';
import type { EnforcementKind, EnforcementTables } from './tables.ts';

export type NewRegistration = Insertable<EnforcementTables['enforcement_registrations']>;
const CHUNK = 500;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** The references of `refs` that are stored already for the source. */
export async function existingRefs(db: Db, gemeente: string, source: string, refs: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(refs, 1000)) {
    const rows = await db
      .selectFrom('enforcement_registrations')
      .select('source_ref')
      .where('gemeente_code', '=', gemeente)
      .where('source', '=', source)
      .where('source_ref', 'in', part)
      .execute();
    for (const r of rows) found.add(r.source_ref);
  }
  return found;
}

export async function insertImport(db: Db, row: Insertable<EnforcementTables['enforcement_imports']>): Promise<void> {
  await db.insertInto('enforcement_imports').values(row).execute();
}

export async function insertRegistrations(db: Db, rows: readonly NewRegistration[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('enforcement_registrations').values(part).execute();
}

export async function insertQuarantine(db: Db, importId: string, bad: readonly BadRow[]): Promise<void> {
  for (const part of chunks(bad)) {
    await db
      .insertInto('enforcement_quarantine')
      .values(part.map((b) => ({ import_id: importId, line: b.line, reason: b.reason, raw: JSON.stringify(b.raw) })))
      .execute();
  }
}

export interface RegistrationFilter {
  /** Feit codes, or kinds (warning, fine, report): a registration matches either. */
  codes?: readonly string[] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export interface RegistrationPoint {
  x: number;
  y: number;
  lat: number;
  lon: number;
  occurred_at: Date;
  feit_code: string;
  kind: EnforcementKind;
  buurt_code: string | null;
  demo: boolean;
}

/** The registrations of the filter, ordered by time. */
export async function registrationPoints(db: Db, gemeente: string, f: RegistrationFilter): Promise<RegistrationPoint[]> {
  let q = db
    .selectFrom('enforcement_registrations')
    .select(['x', 'y', 'lat', 'lon', 'occurred_at', 'feit_code', 'kind', 'buurt_code', 'demo'])
    .where('gemeente_code', '=', gemeente);
  if (f.from) q = q.where('occurred_at', '>=', f.from);
  if (f.to) q = q.where('occurred_at', '<', f.to);
  if (f.codes?.length) {
    const codes = f.codes.map((c) => c.toUpperCase());
    const kinds = f.codes.filter((c) => ['warning', 'fine', 'report'].includes(c)) as EnforcementKind[];
    q = q.where((eb) => eb.or([eb('feit_code', 'in', codes), ...(kinds.length ? [eb('kind', 'in', kinds)] : [])]));
  }
  const rows = await q.orderBy('occurred_at').execute();
  return rows.map((r) => ({ ...r, x: Number(r.x), y: Number(r.y), lat: Number(r.lat), lon: Number(r.lon) }));
}

/** The feit codes in use with their most recent description. */
export async function codeList(db: Db, gemeente: string): Promise<{ code: string; description: string }[]> {
  const rows = await db
    .selectFrom('enforcement_registrations')
    .select(['feit_code', 'description'])
    .where('gemeente_code', '=', gemeente)
    .orderBy('feit_code')
    .orderBy('occurred_at', 'desc')
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.feit_code) || (!out.get(r.feit_code) && r.description)) out.set(r.feit_code, r.description);
  return [...out].map(([code, description]) => ({ code, description }));
}

/** Registrations per buurt and kind in [from, to). */
export async function countsByBuurtAndKind(
  db: Db,
  gemeente: string,
  from: Date,
  to: Date,
  codes?: readonly string[],
): Promise<{ buurt_code: string; kind: EnforcementKind; n: number }[]> {
  let q = db
    .selectFrom('enforcement_registrations')
    .select((eb) => ['buurt_code', 'kind', eb.fn.countAll<string>().as('n')])
    .where('gemeente_code', '=', gemeente)
    .where('buurt_code', 'is not', null)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to);
  if (codes?.length)
    q = q.where(
      'feit_code',
      'in',
      codes.map((c) => c.toUpperCase()),
    );
  const rows = await q.groupBy(['buurt_code', 'kind']).execute();
  return rows.map((r) => ({ buurt_code: r.buurt_code!, kind: r.kind, n: Number(r.n) }));
}

export async function countDemo(db: Db, gemeente: string): Promise<number> {
  const r = await db
    .selectFrom('enforcement_registrations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function deleteDemo(db: Db, gemeente: string): Promise<number> {
  const r = await db
    .deleteFrom('enforcement_registrations')
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
