/**
 * A safety net for input that reaches the database unchecked: PostgreSQL refuses it with a
 * SQLSTATE of class 22 (data exception: number out of range, bad date, NUL byte, …), 23
 * (integrity: a reference to a row that does not exist, a duplicate) or 54 (too large or complex).
 * Those are the caller's input, so they leave as 4xx instead of 500; the module should still check
 * the input itself (the reply names no column, the log keeps the full error).
 */
import { conflict, invalidValue, tooComplex, unknownReference, type AppError } from '../core/errors.ts';

interface DatabaseError {
  code: string;
  severity?: string;
}

/** Errors from `pg` and PGlite carry a five-character SQLSTATE `code` and a `severity`. */
function isDatabaseError(error: unknown): error is DatabaseError {
  const e = error as Partial<DatabaseError> | null;
  return typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
}

export function appErrorOfDatabase(error: unknown): AppError | null {
  if (!isDatabaseError(error)) return null;
  const { code } = error;
  if (code === '23503') {
    return unknownReference();
  }
  if (code === '23505') return conflict('A record with these values already exists.');
  if (code.startsWith('22') || code.startsWith('23')) {
    return invalidValue();
  }
  if (code.startsWith('54')) return tooComplex();
  return null;
}
