/**
 * Who sees what of the register beyond `youthgroups:read`: references to PGA cases, and whether a
 * review is due.
 */
import type { Actor } from '../../core/context.ts';

/**
 * Whether the actor may see a group's references to PGA cases (ids only). Until the cases module
 * exists, that is the PGA case director (`caseworker`) and `admin`; step 11 replaces this by
 * per-case access (only the cases the actor may open). Everyone else never sees them, not even a count.
 */
export function maySeeCaseReferences(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && (actor.role === 'caseworker' || actor.role === 'admin');
}

/** A review is due on its date and after it (dates as YYYY-MM-DD compare as text). */
export function reviewDue(reviewDate: string | null, today: string): boolean {
  return reviewDate !== null && reviewDate <= today;
}

/** Today as YYYY-MM-DD (UTC). */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);
