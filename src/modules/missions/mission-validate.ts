/** Checks of mission input that need the database: buurt codes exist in their indeling, the owner is a staff account. */
import type { ServiceContext } from '../../core/context.ts';
import { AppError, type FieldError } from '../../core/errors.ts';
import { listAreas } from '../areas/index.ts';
import { accountSummary } from '../users/index.ts';
import type { Scope } from './scope/scope.ts';

/** Field errors for unknown buurt codes or an indeling that is not loaded. */
export async function scopeErrors(
  ctx: ServiceContext,
  gemeente: string,
  scope: Scope | undefined,
  field = 'body.scope',
): Promise<FieldError[]> {
  if (scope?.kind !== 'buurten') return [];
  try {
    const areas = await listAreas(ctx, gemeente, { level: 'buurt', year: scope.year });
    const known = new Set(areas.features.map((f) => f.id));
    return scope.codes.flatMap((c, i) =>
      known.has(c) ? [] : [{ name: `${field}.codes.${i}`, reason: `buurt ${c} bestaat niet in de indeling ${scope.year} van ${gemeente}` }],
    );
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return [{ name: `${field}.year`, reason: err.message }];
    throw err;
  }
}

export async function ownerErrors(ctx: ServiceContext, ownerId: string | null | undefined, field = 'body.ownerId'): Promise<FieldError[]> {
  if (!ownerId) return [];
  const u = await accountSummary(ctx.db, ownerId);
  if (!u) return [{ name: field, reason: 'deze gebruiker bestaat niet' }];
  if (u.status !== 'active') return [{ name: field, reason: 'dit account is uitgeschakeld' }];
  if (u.role === 'partner' || u.role === 'viewer')
    return [{ name: field, reason: `een account met de rol ${u.role} kan geen eigenaar van een opgave zijn` }];
  return [];
}
