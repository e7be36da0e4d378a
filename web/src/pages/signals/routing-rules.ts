/** Routing rules shown to read (they are edited in Beheer → Routering). Pure. */

/** Minutes after midnight as "HH:MM"; null stays empty. */
export function minutesToTime(minutes: number | null): string {
  if (minutes === null) return '';
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
