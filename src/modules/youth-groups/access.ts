/**
 * Who sees what of the register beyond `youthgroups:read`: references to PGA cases, and whether a
 * review is due.
 */

/** A review is due on its date and after it (dates as YYYY-MM-DD compare as text). */
export function reviewDue(reviewDate: string | null, today: string): boolean {
  return reviewDate !== null && reviewDate <= today;
}

/** Today as YYYY-MM-DD (UTC). */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);
