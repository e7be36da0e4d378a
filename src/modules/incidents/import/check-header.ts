/**
 * Checks shared by the sequential and the parallel incident import before any row is read: the
 * crime types a file may use, the mapping's types, and the header (needed columns, no columns
 * that look like personal data, mapped columns present).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput, type FieldError } from '../../../core/errors.ts';
import { ensureCrimeTypes } from '../crime-types.ts';
import { personalDataColumns, type EventField, type EventMapping } from './column-mapping.ts';

/** The CBS code list (loaded first when the table is still empty, as on a fresh database). */
export async function crimeTypeCodes(ctx: ServiceContext): Promise<Set<string>> {
  await ensureCrimeTypes(ctx.db);
  return new Set((await ctx.db.selectFrom('crime_types').select('code').execute()).map((t) => t.code));
}

export function checkMappingTypes(mapping: EventMapping | undefined, types: Set<string>): void {
  const errors: FieldError[] = Object.entries(mapping?.types ?? {})
    .filter(([, code]) => !types.has(code) || code === '0.0.0')
    .map(([local, code]) => ({ name: `mapping: types.${local}`, reason: `'${code}' is not a crime type in crime_types` }));
  if (errors.length) throw invalidInput(errors, 'The mapping names unknown crime types.');
}

/** Refuses a header without the needed columns, with personal-data columns, or missing mapped columns. */
export function checkHeader(
  file: string,
  header: string[],
  mapping: EventMapping | undefined,
  names: Partial<Record<EventField, string>>,
): void {
  const errors: FieldError[] = [];
  for (const c of personalDataColumns(header)) {
    errors.push({
      name: `${file}: column ${c}`,
      reason: 'looks like personal data; only pseudonymous offender_ref, victim_ref and address_ref are accepted',
    });
  }
  for (const [field, column] of Object.entries(mapping?.columns ?? {})) {
    if (!header.includes(column)) errors.push({ name: `mapping: columns.${field}`, reason: `column '${column}' is not in ${file}` });
  }
  for (const field of ['id', 'type', 'start'] as const) {
    if (!names[field]) errors.push({ name: `${file}: column ${field === 'id' ? 'id (or source_id)' : field}`, reason: 'missing' });
  }
  const coordinates = (names.x && names.y) || (names.lat && names.lon);
  if (!coordinates && !names.postcode)
    errors.push({ name: `${file}: columns x,y, lat,lon or postcode,huisnummer`, reason: 'missing: every event needs a place' });
  else if (!coordinates && !names.huisnummer)
    errors.push({ name: `${file}: column huisnummer`, reason: 'missing: postcode places an event only with huisnummer' });
  if (errors.length)
    throw invalidInput(errors, `${file} cannot be imported as incidents: ${errors.map((e) => `${e.name} ${e.reason}`).join('; ')}.`);
}
