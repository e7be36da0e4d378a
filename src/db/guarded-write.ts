/**
 * Constraint violations of a write, as the API's 404/409 instead of a 500. The services check that
 * what a write points at exists before writing; between that check and the write another request
 * may remove it (a goal, a participant's partner, an owner's account) or insert the same row, and
 * the database then refuses with a foreign-key (23503) or unique (23505) violation. Both engines
 * (pg and PGlite) report the SQLSTATE in `code` and the constraint's name in `constraint`.
 */
import { conflict, type AppError } from '../core/errors.ts';

interface DbError {
  code?: unknown;
  constraint?: unknown;
}

const codeOf = (err: unknown) => (err && typeof err === 'object' ? (err as DbError).code : undefined);
export const isForeignKeyViolation = (err: unknown) => codeOf(err) === '23503';
export const isUniqueViolation = (err: unknown) => codeOf(err) === '23505';

export interface ConstraintMapping {
  /** The error for a foreign-key violation; gets the constraint's name (e.g. `mission_measures_owner_partner_id_fkey`). */
  missing: (constraint: string) => AppError;
  /** The error for a unique violation; default a 409 conflict. */
  duplicate?: (constraint: string) => AppError;
}

/** Runs `write`; foreign-key and unique violations become the mapped 404/400/409, anything else is rethrown. */
export async function guardedWrite<T>(write: () => Promise<T>, mapping: ConstraintMapping): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const constraint = String((err as DbError | null)?.constraint ?? '');
    if (isForeignKeyViolation(err)) throw mapping.missing(constraint);
    if (isUniqueViolation(err))
      throw (
        mapping.duplicate?.(constraint) ?? conflict('Dit bestaat al; een ander verzoek legde het zojuist vast. Laad de pagina opnieuw.')
      );
    throw err;
  }
}
