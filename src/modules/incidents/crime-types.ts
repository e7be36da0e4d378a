/**
 * The official CBS/Politie crime-type code list (table 47018NED, `SoortMisdrijf`): keys such as
 * "1.1.1 " (with a trailing space in the source) → "Diefstal/inbraak woning". Loaded once from
 * data/cbs/47018NED_SoortMisdrijf.csv; `0.0.0` is the total of all crime.
 */
import path from 'node:path';
import { projectRoot } from '../../core/config.ts';
import type { Db } from '../../db/database.ts';
import { readCsvRows } from './csv-rows.ts';

export const TOTAL_CRIME = '0.0.0';
export const CBS_CRIME_CODE_LIST = path.join(projectRoot, 'data', 'cbs', '47018NED_SoortMisdrijf.csv');

export interface CrimeType {
  code: string;
  title: string;
  description: string | null;
}

/** "1.1.1 Diefstal/inbraak woning" → "Diefstal/inbraak woning"; the code is kept apart. */
export function titleWithoutCode(code: string, title: string): string {
  const t = title.trim();
  return t.startsWith(`${code} `) ? t.slice(code.length + 1) : t;
}

export async function readCrimeTypeList(file = CBS_CRIME_CODE_LIST): Promise<CrimeType[]> {
  const types: CrimeType[] = [];
  for await (const { record } of readCsvRows(file)) {
    const code = (record.Key ?? '').trim();
    if (!code) continue;
    types.push({ code, title: titleWithoutCode(code, record.Title ?? code), description: record.Description?.trim() || null });
  }
  return types;
}

/** Loads the code list when the table is empty (first start); returns the number added. */
export async function ensureCrimeTypes(db: Db): Promise<number> {
  const existing = await db
    .selectFrom('crime_types')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const types = await readCrimeTypeList();
  await db
    .insertInto('crime_types')
    .values(types)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  return types.length;
}

export async function listCrimeTypes(db: Db): Promise<CrimeType[]> {
  return db.selectFrom('crime_types').select(['code', 'title', 'description']).orderBy('code').execute();
}
