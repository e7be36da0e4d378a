/**
 * The mapping file of an incident import (`--mapping mapping.json`): which source column holds
 * which field, and which local crime-type codes mean which CBS code. Example:
 *
 *   { "columns": { "id": "zaaknummer", "type": "delict", "start": "pleegdatum_van",
 *                  "end": "pleegdatum_tot", "x": "x_rd", "y": "y_rd" },
 *     "types": { "WONINGINBRAAK": "1.1.1", "FIETSDIEFSTAL": "1.2.3" } }
 *
 * Every key is optional; columns not named keep their standard name (see `EVENT_FIELDS`).
 * Unknown keys are errors, so a typo ("colums") is not silently ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { invalidInput } from '../../../core/errors.ts';

/** The standard column of each field; `id` also accepts `source_id`, `toevoeging` also `huisnummertoevoeging`. */
export const EVENT_FIELDS = [
  'id',
  'type',
  'start',
  'end',
  'x',
  'y',
  'lat',
  'lon',
  'postcode',
  'huisnummer',
  'huisletter',
  'toevoeging',
  'offender_ref',
  'victim_ref',
  'address_ref',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

const CBS_CODE = /^\d+\.\d+\.\d+$/;

export const eventMappingSchema = z
  .object({
    columns: z.partialRecord(z.enum(EVENT_FIELDS), z.string().trim().min(1)).default({}),
    types: z.record(z.string().trim().min(1), z.string().trim().regex(CBS_CODE, 'must be a CBS crime-type code such as 1.1.1')).default({}),
  })
  .strict();

export type EventMapping = z.infer<typeof eventMappingSchema>;

/** Reads and validates a mapping file; errors name the file and the offending key. */
export function readEventMapping(file: string): EventMapping {
  const name = path.basename(file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw invalidInput([{ name: `${name}`, reason: `not readable JSON: ${(err as Error).message}` }]);
  }
  const parsed = eventMappingSchema.safeParse(json);
  if (!parsed.success) {
    throw invalidInput(
      parsed.error.issues.map((i) => ({ name: `${name}: ${i.path.map(String).join('.') || '(root)'}`, reason: i.message })),
      `${name} is not a valid incident mapping file.`,
    );
  }
  return parsed.data;
}

/**
 * Column names that suggest personal data. Stadsveilig stores only pseudonymous references
 * (`offender_ref`, `victim_ref`, `address_ref`); a file with such a column is refused whole.
 */
const PERSONAL_COLUMN =
  /^(naam|name|voornaam|achternaam|voorletters|tussenvoegsel|first_?name|last_?name|surname|full_?name|bsn|burgerservicenummer|geboortedatum|date_?of_?birth|dob|telefoon(nummer)?|phone|e-?mail|straat(naam)?|street|adres|address)$/i;

export function personalDataColumns(columns: string[]): string[] {
  return columns.filter((c) => PERSONAL_COLUMN.test(c.trim()));
}

const ALIASES: Partial<Record<EventField, string[]>> = { id: ['id', 'source_id'], toevoeging: ['toevoeging', 'huisnummertoevoeging'] };

/** Resolves the source column of every field present in the header. */
export function resolveColumns(header: string[], mapping: EventMapping | undefined): Partial<Record<EventField, string>> {
  const has = new Set(header);
  const out: Partial<Record<EventField, string>> = {};
  for (const field of EVENT_FIELDS) {
    const named = mapping?.columns[field];
    const candidates = named ? [named] : (ALIASES[field] ?? [field]);
    const found = candidates.find((c) => has.has(c));
    if (found) out[field] = found;
  }
  return out;
}
